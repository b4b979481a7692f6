// @vitest-environment happy-dom
/**
 * The concept card (utils/content/concept-card.ts) over a real highlighter
 * with fake plumbing: the keyboard opens the card of the first occurrence and
 * moves on, Escape closes it, nothing opens without a session, and on abort
 * its host leaves the page and its listeners are gone.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createConceptCard } from '../../../utils/content/concept-card';
import { contentTranslator } from '../../../utils/i18n/content/index';
import { defaultLexicon } from '../../../utils/lexicon/index';
import type { Highlighter } from '../../../utils/highlight/highlighter';
import { renderHoverCard } from '../../../components/HoverCard';
import { pageSession } from '../highlight/fakes';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const dialog = () => document.querySelector('diplolens-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;

function setup(highlighter: () => Highlighter | null) {
  const ac = new AbortController();
  const sent: string[] = [];
  const card = createConceptCard({
    doc: document,
    win: window,
    signal: ac.signal,
    nextFrame: (cb) => void setTimeout(cb, 0),
    cardCss: '',
    renderCard: renderHoverCard,
    lexicon: { concept: (id) => defaultLexicon().byId.get(id), categoryLabel: (c) => c, paperLabel: (id) => id },
    words: () => contentTranslator('en'),
    highlighter,
    draftFor: async () => null,
    send: (async (type: string) => (sent.push(type), { ok: true, value: { id: 'x' } })) as never,
  });
  return { ac, card, sent };
}

async function highlighted(html: string) {
  document.body.innerHTML = html;
  const s = pageSession({ observe: false });
  s.hl.scan([document.body]);
  await s.settle();
  return s;
}

describe('the concept card', () => {
  test('the keyboard opens the first occurrence’s card, moves on, and Escape closes it', async () => {
    const s = await highlighted('<p>On soft power and nation branding.</p>');
    const { card } = setup(() => s.hl);
    const first = card.open();
    expect(first.total).toBe(2);
    expect(dialog()?.getAttribute('aria-label')).toBe('DiploLens: Soft power');
    expect(card.open().index).toBe((first.index + 1) % 2);
    expect(dialog()?.getAttribute('aria-label')).toBe('DiploLens: Nation branding');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
    s.ac.abort();
  });

  test('without a session nothing opens', () => {
    const { card } = setup(() => null);
    expect(card.open()).toEqual({ index: -1, total: 0 });
    expect(dialog()).toBeNull();
  });

  test('teardown: the card’s host leaves the page, and its listeners are gone', async () => {
    const s = await highlighted('<p>On soft power.</p>');
    const { ac, card } = setup(() => s.hl);
    card.open();
    expect(document.querySelector('diplolens-ui')).not.toBeNull();
    ac.abort();
    expect(document.querySelector('diplolens-ui')).toBeNull();
    // A card shown again after teardown (it should not be) is not closed by the gone listener.
    card.open();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).not.toBeNull();
    card.destroy();
    s.ac.abort();
  });
});
