// @vitest-environment happy-dom
/**
 * The hover card reached from the keyboard: the 'show-definition' shortcut (the background sends
 * 'card.show') opens the card of the concept at the caret, or the next one, with the focus on it;
 * again moves on; Escape closes it and gives the focus back. Before, only a mouse could open it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mount } from './harness';
import { pickOccurrence } from '../../../utils/content/keyboard-card';

const PAGES = resolve(import.meta.dirname, '../../fixtures/pages');
const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.abort();
  current = null;
  document.getSelection()?.removeAllRanges();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

type Place = { ok: true; value: { index: number; total: number } };
const dialog = () => document.querySelector('diplolens-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;

describe('pickOccurrence', () => {
  document.body.innerHTML = '<p id="p">soft power and nation branding, then soft power again</p>';
  const text = document.getElementById('p')!.firstChild!;
  const at = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };
  const list = [at(0, 10), at(15, 30), at(37, 47)];
  const rangeOf = (r: Range) => r;
  test.each([
    ['the caret inside the second', { node: text, offset: 20 }, null, 1],
    ['the caret between the first and the second: the next', { node: text, offset: 12 }, null, 1],
    ['the caret at the very start of one', { node: text, offset: 37 }, null, 2],
    ['the caret after the last: the first again', { node: text, offset: 53 }, null, 0],
    ['after the card shown last: the next', null, 1, 2],
    ['after the last card: the first', null, 2, 0],
  ] as const)('%s', (_name, point, currentIndex, expected) => {
    expect(pickOccurrence(list, rangeOf, { point, current: currentIndex === null ? null : list[currentIndex] })).toBe(expected);
  });
  test('no occurrence: -1', () => {
    expect(pickOccurrence([], rangeOf, {})).toBe(-1);
  });
});

describe('in the page', () => {
  test('opens the card at the caret with the focus on it, moves on, and Escape gives the focus back', async () => {
    document.documentElement.innerHTML = readFileSync(resolve(PAGES, 'mfa.uz/en/press/news/2025/digital-diplomacy-forum.html'), 'utf8').replace(/^<!doctype html>/i, '');
    const before = document.createElement('button');
    before.textContent = 'a page button';
    document.body.prepend(before);
    before.focus();
    current = mount(PRESS);
    await current.settle();
    expect(dialog()).toBeNull();

    // The caret just before "soft power" in the page's text.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !/soft power/i.test(node.nodeValue ?? ''));
    expect(node).not.toBeNull();
    const offset = node!.nodeValue!.toLowerCase().indexOf('soft power');
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    const caret = document.createRange();
    caret.setStart(node!, offset);
    sel.addRange(caret);

    const first = await current.ask<Place>('card.show');
    expect(first.value.total).toBeGreaterThan(1);
    expect(dialog()?.getAttribute('aria-label')).toBe('DiploLens: Soft power');
    expect(dialog()?.textContent).toContain(`Occurrence ${first.value.index + 1} of ${first.value.total}`);
    expect(document.querySelector('diplolens-ui')!.shadowRoot!.activeElement).toBe(dialog());

    const second = await current.ask<Place>('card.show');
    expect(second.value.index).toBe((first.value.index + 1) % first.value.total);
    expect(dialog()?.textContent).toContain(`Occurrence ${second.value.index + 1} of ${first.value.total}`);

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  test('a page without highlighted concepts answers index -1 and opens nothing', async () => {
    document.body.innerHTML = '<p>Nothing to see.</p>';
    current = mount(PRESS);
    await current.settle();
    expect((await current.ask<Place>('card.show')).value).toEqual({ index: -1, total: 0 });
    expect(dialog()).toBeNull();
  });
});
