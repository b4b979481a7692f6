// @vitest-environment happy-dom
/**
 * Whose page this is (utils/content/page-detection.ts): what the background is
 * asked to judge, its answer kept as the page's, an answer for an address that
 * has moved on thrown away, and a prerendered page asking again once shown.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createPageDetection } from '../../../utils/content/page-detection';
import type { DetectItem, Result } from '../../../utils/messages/protocol';
import type { Detection } from '../../../utils/detect/types';
import { fakeAdapter, OFFICIAL } from './fakes';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
  delete (document as { prerendering?: boolean }).prerendering;
});

function setup(url: string, answer: () => Promise<Result<Detection>> = async () => ({ ok: true, value: OFFICIAL })) {
  const ac = new AbortController();
  const asked: DetectItem[] = [];
  const page = createPageDetection({
    doc: document,
    signal: ac.signal,
    url,
    adapterFor: (u) => fakeAdapter(u.hostname === 'x.com' ? 'x' : 'web'),
    send: (async (_type: string, item: DetectItem) => {
      asked.push(item);
      return answer();
    }) as never,
  });
  return { ac, asked, page };
}

describe('page detection', () => {
  test('a web page is judged by its address and markup; a social page by its owner too', async () => {
    document.title = 'Ministry of Foreign Affairs';
    const web = setup('http://mfa.uz/en/');
    expect(web.page.item()).toEqual({ url: 'http://mfa.uz/en/', signals: expect.objectContaining({ title: 'Ministry of Foreign Affairs' }) });
    expect(web.page.item().signals.authorHandle).toBeUndefined();
    const social = setup('http://x.com/mfa_uz');
    expect(social.page.owner()).toBe('mfa_uz');
    expect(social.page.item().signals.authorHandle).toBe('mfa_uz');
  });

  test('the answer becomes the page’s; without one nothing is official', async () => {
    const { page } = setup('http://x.com/mfa_uz');
    expect(page.detection.kind).toBe('none');
    expect(await page.judge()).toBe(true);
    expect(page.detection).toEqual(OFFICIAL);
    const failing = setup('http://x.com/mfa_uz', async () => ({ ok: false, error: 'no background' }));
    expect(await failing.page.judge()).toBe(true);
    expect(failing.page.detection).toMatchObject({ kind: 'none', platform: 'x' });
  });

  test('an answer that comes after the address moved on is not the page’s', async () => {
    let release: (r: Result<Detection>) => void = () => {};
    const { page } = setup('http://x.com/a', () => new Promise((r) => (release = r)));
    const judged = page.judge();
    page.moveTo('http://x.com/b');
    release({ ok: true, value: OFFICIAL });
    expect(await judged).toBe(false);
    expect(page.detection.kind).toBe('none');
    expect(page.url).toBe('http://x.com/b');
    page.reread();
    expect(page.owner()).toBe('b');
  });

  test('a prerendered page asks again once shown, and not after teardown', async () => {
    (document as { prerendering?: boolean }).prerendering = true;
    const first = setup('http://mfa.uz/en/');
    await first.page.judge();
    expect(first.asked).toHaveLength(1);
    document.dispatchEvent(new Event('prerenderingchange'));
    expect(first.asked).toHaveLength(2);
    const second = setup('http://mfa.uz/en/');
    await second.page.judge();
    second.ac.abort();
    document.dispatchEvent(new Event('prerenderingchange'));
    expect(second.asked).toHaveLength(1);
    expect(await second.page.judge()).toBe(false);
  });
});
