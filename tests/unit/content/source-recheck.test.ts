// @vitest-environment happy-dom
/**
 * 'source.recheck': the user corrected a judgement in the popup or settings; the open page
 * has itself and its posts' authors judged again, and highlights follow, without a reload.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { MFA, NONE, mount } from './harness';
import type { Detection } from '../../../utils/detect/types';

let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.abort();
  current = null;
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const post = (handle: string, text: string) =>
  `<article data-testid="tweet"><div data-testid="User-Name"><a href="/${handle}">${handle}</a></div><div data-testid="tweetText">${text}</div></article>`;

describe('source.recheck', () => {
  test('a page marked official: judged again, highlighted, and its status says so', async () => {
    document.body.innerHTML = '<main><p>Soft power and digital diplomacy at the embassy.</p></main>';
    let marked = false;
    current = mount('https://example-embassy.org/en', { detect: () => (marked ? { ...MFA, markedBy: 'user' } : NONE) });
    await current.settle();
    expect(current.allPainted()).toEqual([]);
    marked = true;
    expect(await current.ask('source.recheck')).toEqual({ ok: true, value: null });
    await current.settle();
    expect(current.judged.map((d) => d.kind)).toEqual(['none', 'mfa']);
    expect(current.allPainted().map((t) => t.toLowerCase()).sort()).toEqual(['digital diplomacy', 'embassy', 'soft power']);
    const status = await current.ask<{ ok: true; value: { detection: Detection; source: { url: string } } }>('status.get');
    expect(status.value.detection).toMatchObject({ kind: 'mfa', markedBy: 'user' });
    expect(status.value.source.url).toBe('https://example-embassy.org/en');
  });

  test("on a timeline, an author marked 'not official' is judged again and their posts lose their highlights", async () => {
    document.body.innerHTML = `<main>${post('MFA_Uzbekistan', 'Soft power.')}${post('UzEmbRuritania', 'Soft power.')}</main>`;
    const notOfficial = new Set<string>();
    current = mount('https://x.com/home', {
      detect: (_u, s) => (s.authorHandle && !notOfficial.has(s.authorHandle) ? { ...MFA, platform: 'x' } : { ...NONE, platform: 'x' }),
    });
    await current.settle();
    expect(current.allPainted()).toEqual(['Soft power', 'Soft power']);
    notOfficial.add('UzEmbRuritania');
    await current.ask('source.recheck');
    await current.settle();
    expect(current.allPainted()).toEqual(['Soft power']);
    const [first] = [...current.registry.values()].flatMap((s) => [...s]);
    expect(first!.startContainer.parentElement!.closest('article')!.textContent).toContain('MFA_Uzbekistan');
  });
});
