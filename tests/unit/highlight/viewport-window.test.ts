// @vitest-environment happy-dom
/**
 * The bounded registry: only what is near the viewport is read and
 * registered; what leaves the window is taken out of the registry but kept;
 * far changes cost nothing but recording them; the counts stay exact whatever
 * is registered. On a laid-out page of 120 paragraphs (fake-layout.ts: 20 px
 * each, a 200 px viewport, so ten to a screen).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { GIANT_TEXT_CHARS, PIECE_CHARS } from '../../../utils/highlight/regions';
import { defaultLexicon, match } from '../../../utils/lexicon/index';
import { stacked, type StackedLayout } from './fake-layout';
import { textOf, type FakeRange, pageSession } from './fakes';

const VIEWPORT = 200;

afterEach(() => {
  document.body.innerHTML = '';
});

function laidOut(html: string) {
  document.body.innerHTML = html;
  const layout = stacked(() => document.body, VIEWPORT);
  const texts: string[] = [];
  /** Registry changes (add, delete) made outside a frame callback. */
  let outsideFrame = 0;
  let inFrame = false;
  const s = pageSession({
    extra: {
      layout,
      match: (t) => {
        texts.push(t);
        return match(t, defaultLexicon());
      },
      nextFrame: (cb) =>
        void setTimeout(() => {
          inFrame = true;
          try {
            cb();
          } finally {
            inFrame = false;
          }
        }, 0),
      createHighlight: () => {
        const h = new Set<FakeRange>();
        const add = h.add.bind(h);
        const del = h.delete.bind(h);
        h.add = (r) => (inFrame || outsideFrame++, add(r));
        h.delete = (r) => (inFrame || outsideFrame++, del(r));
        return h as never;
      },
    },
  });
  /** Registered ranges with the document position of their text. */
  const registered = () =>
    [...s.registry.values()].flatMap((h) => [...h]).map((r) => ({ r, text: textOf(r), band: layout.bandOf(r.startContainer as Text)! }));
  return { s, layout, texts, registered, outsideFrame: () => outsideFrame };
}

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p id="p${i}">Paragraph ${i} on soft power.</p>`).join('');

/** Whether a band (document coordinates) lies within the window around a viewport scrolled to `y`. */
const within = (band: { top: number; bottom: number }, y: number, screens: number) =>
  band.bottom >= y - screens * VIEWPORT && band.top <= y + VIEWPORT + screens * VIEWPORT;

describe('the window: what is registered', () => {
  test('after load: the paragraphs within a screen of the viewport, and far text is not even read', async () => {
    const { s, texts, registered } = laidOut(paragraphs(120));
    s.hl.scan([document.body]);
    await s.settle();
    const reg = registered();
    expect(reg.length).toBeGreaterThanOrEqual(10);
    expect(reg.length).toBeLessThanOrEqual(30);
    expect(reg.every((x) => x.text === 'soft power' && within(x.band, 0, 1))).toBe(true);
    expect(texts.join('')).not.toContain('Paragraph 100 ');
    expect(s.hl.counts().get('soft-power')).toBeLessThan(120);
    // The popup's counts cover the whole page, with no range registered for what nobody looks at.
    await s.hl.complete();
    expect(s.hl.counts().get('soft-power')).toBe(120);
    expect(registered().length).toBe(reg.length);
    s.ac.abort();
  });

  test('after a scroll: the window moves; what left it is taken out, not discarded, and comes back as the same range', async () => {
    const { s, layout, texts, registered } = laidOut(paragraphs(120));
    s.hl.scan([document.body]);
    await s.settle();
    const first = registered().find((x) => x.r.startContainer === document.getElementById('p0')!.firstChild)!.r;
    expect(first).toBeDefined();
    layout.scrollTo(1200);
    await s.settle();
    const middle = registered();
    expect(middle.length).toBeGreaterThanOrEqual(10);
    expect(middle.every((x) => within(x.band, 1200, 2))).toBe(true);
    expect(middle.some((x) => x.r === first)).toBe(false);
    layout.scrollTo(0);
    await s.settle();
    expect(registered().some((x) => x.r === first)).toBe(true);
    // Read once: coming back registers what was kept.
    expect(texts.filter((t) => t.includes('Paragraph 0 ')).length).toBe(1);
    s.ac.abort();
  });

  test('eviction and re-registration keep the counts exact, and at most the bound is registered at any time', async () => {
    const { s, layout, registered } = laidOut(paragraphs(120));
    s.hl.scan([document.body]);
    await s.settle();
    await s.hl.complete();
    const all = new Map(s.hl.counts());
    expect(all.get('soft-power')).toBe(120);
    for (let y = 0; y <= layout.height(); y += 300) {
      layout.scrollTo(y);
      await s.settle();
      expect(s.hl.counts()).toEqual(all);
      const reg = registered();
      expect(reg.length).toBeGreaterThan(0);
      // Within two screens around the viewport: 5 screens of 10 paragraphs at most.
      expect(reg.length).toBeLessThanOrEqual(50);
      expect(reg.every((x) => within(x.band, y, 2))).toBe(true);
    }
    s.ac.abort();
  });
});

describe('the window: changes of the page', () => {
  test('a far change is only recorded (nothing is read); the counts follow it once asked', async () => {
    const { s, texts, registered } = laidOut(paragraphs(120));
    s.hl.scan([document.body]);
    await s.settle();
    await s.hl.complete();
    const reads = texts.length;
    const before = registered().map((x) => x.r);
    document.getElementById('p100')!.textContent = 'Paragraph 100 on nation branding.';
    await s.settle();
    expect(texts.length).toBe(reads);
    expect(registered().map((x) => x.r)).toEqual(before);
    await s.hl.complete();
    expect(s.hl.counts().get('soft-power')).toBe(119);
    expect(s.hl.counts().get('nation-branding')).toBe(1);
    s.ac.abort();
  });

  test('a near change reads that block alone and registers its new hits', async () => {
    const { s, texts, registered } = laidOut(paragraphs(120));
    s.hl.scan([document.body]);
    await s.settle();
    const reads = texts.length;
    document.getElementById('p2')!.textContent = 'Paragraph 2 on nation branding.';
    await s.settle();
    expect(texts.slice(reads)).toEqual(['Paragraph 2 on nation branding.\u0000']);
    const reg = registered().map((x) => x.text);
    expect(reg).toContain('nation branding');
    expect(reg.filter((t) => t === 'soft power').length).toBe(registered().length - 1);
    s.ac.abort();
  });

  test('a block added far away is not read until it comes near; then it is registered', async () => {
    const { s, layout, texts, registered } = laidOut(paragraphs(120));
    s.hl.scan([document.body]);
    await s.settle();
    const p = document.createElement('p');
    p.textContent = 'Added far below, on nation branding.';
    document.body.append(p);
    await s.settle();
    expect(texts.join('')).not.toContain('Added far below');
    layout.scrollTo(layout.height() - VIEWPORT);
    await s.settle();
    expect(texts.join('')).toContain('Added far below');
    expect(registered().map((x) => x.text)).toContain('nation branding');
    s.ac.abort();
  });
});

describe('the window: the registry', () => {
  test('is changed only in frame callbacks, all of a frame\'s changes together', async () => {
    const { s, layout, outsideFrame } = laidOut(paragraphs(120));
    s.hl.scan([document.body]);
    await s.settle();
    for (const y of [600, 1800, 0]) {
      layout.scrollTo(y);
      document.getElementById('p1')!.textContent = `Paragraph 1 on public diplomacy ${y}.`;
      await s.settle();
    }
    expect(outsideFrame()).toBe(0);
    s.ac.abort();
  });
});

describe('a giant text node (a plain-text page)', () => {
  test('is read and registered only where it is on screen; its counts cover it all once asked', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Line ${i} on soft power.`).join('\n');
    expect(lines.length).toBeGreaterThan(GIANT_TEXT_CHARS);
    const { s, layout, texts, registered } = laidOut(`<pre id="t">${lines}</pre>`);
    s.hl.scan([document.body]);
    await s.settle();
    const read = texts.join('').length;
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(2 * PIECE_CHARS + 2);
    const reg = registered();
    expect(reg.length).toBeGreaterThan(0);
    expect(reg.every((x) => x.text === 'soft power')).toBe(true);
    // Registered hits lie within the window (the node is one band: its offsets say where).
    const node = document.getElementById('t')!.firstChild as Text;
    const band = layout.bandOf(node)!;
    const y = (offset: number) => band.top + (offset / node.data.length) * (band.bottom - band.top);
    expect(reg.every((x) => y(x.r.startOffset) <= 2 * VIEWPORT + 25)).toBe(true);
    expect(reg.length).toBeLessThan(100);
    // Further down, other pieces are read and registered, and the first ones taken out.
    layout.scrollTo(6000);
    await s.settle();
    const down = registered();
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((x) => Math.abs(y(x.r.startOffset) - 6100) <= 3 * VIEWPORT + 25)).toBe(true);
    await s.hl.complete();
    expect(s.hl.counts().get('soft-power')).toBe(2000);
    s.ac.abort();
  });
});
