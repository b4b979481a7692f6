/**
 * The concept card: opened by hovering a highlighted concept (a hit test on the
 * next frame after the pointer moves) or from the keyboard (keyboard-card.ts),
 * closed by Escape, a click elsewhere or a navigation, with 'Save as example'.
 * Its listeners and its host in the page go when `signal` aborts.
 */
import type { HighlightEntry, Highlighter } from '../highlight/highlighter';
import { documentOrder } from '../highlight/regions';
import type { ContentTranslator } from '../i18n/content/index';
import type { CategoryId } from '../lexicon/types';
import type { ExampleDraft } from '../model/example';
import type { ContentLexicon, SendToBackground } from './deps';
import { guard } from './guard';
import { createHoverCardHost, type HoverCardHost, type RenderCard } from './hover-card';
import { createKeyboardCard } from './keyboard-card';
import { liveRange } from './occurrences';

const CATEGORY_WORDS = {
  forms: 'category.forms',
  goals: 'category.goals',
  channels: 'category.channels',
  functions: 'category.functions',
  risks: 'category.risks',
  capacity: 'category.capacity',
  engagement: 'category.engagement',
} as const satisfies Record<CategoryId, string>;

export interface ConceptCardDeps {
  doc: Document;
  win: Window;
  /** Ends the card's listeners. */
  signal: AbortSignal;
  nextFrame(cb: () => void): void;
  cardCss: string;
  renderCard: RenderCard;
  lexicon: Pick<ContentLexicon, 'concept' | 'categoryLabel' | 'paperLabel' | 'colourOf'>;
  /** The content script's words in the interface language. */
  words(): ContentTranslator;
  /** The running session's highlighter, or null (then nothing opens). */
  highlighter(): Highlighter | null;
  /** The draft 'Save as example' sends (page-quote.ts). */
  draftFor(entry: HighlightEntry): Promise<ExampleDraft | null>;
  send: SendToBackground;
}

export function createConceptCard(deps: ConceptCardDeps) {
  const { doc, win, signal } = deps;
  let card: HoverCardHost | null = null;
  let hovered: HighlightEntry | null = null;
  let saveState: 'idle' | 'saving' | 'saved' | 'error' = 'idle';
  let saveMessage = '';
  let pointer: { x: number; y: number } | null = null;
  let hitTestQueued = false;
  /** 'Occurrence 3 of 12' on a card the keyboard opened, nothing on a hovered one. */
  let cardPosition: { index: number; total: number } | null = null;
  const rangeOf = (entry: HighlightEntry) => liveRange(doc, entry);

  function hide() {
    const wasOpen = !!card?.isVisible();
    hovered = null;
    card?.hide();
    if (wasOpen) keyboardCard.closed();
  }

  function cardProps(entry: HighlightEntry) {
    const lex = deps.lexicon;
    const t = deps.words();
    const concept = lex.concept(entry.hit.conceptId);
    const r = rangeOf(entry);
    return {
      label: concept?.label ?? entry.hit.conceptId,
      category: entry.category,
      colour: lex.colourOf?.(entry.hit.conceptId),
      categoryLabel: (entry.category as CategoryId) in CATEGORY_WORDS ? t.t(CATEGORY_WORDS[entry.category as CategoryId]) : lex.categoryLabel(entry.category),
      term: entry.hit.term,
      matched: r?.toString() ?? entry.hit.term,
      lang: entry.hit.lang,
      definition: concept?.definition ?? '',
      refs: (concept?.refs ?? []).map((id) => lex.paperLabel(id)),
      added: concept?.added?.source,
      saveState,
      saveMessage,
      position: cardPosition ? t.t('card.position', { index: cardPosition.index + 1, count: cardPosition.total }) : undefined,
      t,
      // Only the user's own click saves: a page script could click the button in the open shadow root.
      onSave: (event: Event) => {
        if (event.isTrusted) void save(entry);
      },
      onClose: hide,
    };
  }

  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = doc as Document & {
      caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?(x: number, y: number): Range | null;
    };
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }

  function hitTest() {
    hitTestQueued = false;
    const hl = deps.highlighter();
    if (!hl || !pointer) return;
    const caret = caretAt(pointer.x, pointer.y);
    const entry = caret ? hl.entriesAt(caret.node, caret.offset)[0] : undefined;
    if (!entry) return; // leaving a highlight keeps the card until Escape, a click elsewhere, or another hover
    if (entry === hovered) return;
    const r = rangeOf(entry);
    const rect = r?.getBoundingClientRect();
    if (!rect || (rect.width === 0 && rect.height === 0)) return;
    // The caret can land beside a word at line ends: require the pointer on the word.
    if (pointer.x < rect.left - 2 || pointer.x > rect.right + 2 || pointer.y < rect.top - 2 || pointer.y > rect.bottom + 2) return;
    keyboardCard.reset();
    show(entry, rect, null);
  }

  function show(entry: HighlightEntry, rect: DOMRect, position: { index: number; total: number } | null) {
    hovered = entry;
    saveState = 'idle';
    saveMessage = '';
    cardPosition = position;
    card ??= createHoverCardHost(doc, deps.cardCss, deps.renderCard);
    card.show(cardProps(entry), { left: rect.left, top: rect.top, bottom: rect.bottom }, {
      width: win.innerWidth,
      height: win.innerHeight,
    });
  }

  // The card from the keyboard (keyboard-card.ts): the occurrence at the caret, or the next one.
  const keyboardCard = createKeyboardCard<HighlightEntry>({
    doc,
    rangeOf,
    occurrences: () =>
      deps.highlighter()?.entries().sort((a, b) =>
        a.range.startContainer === b.range.startContainer
          ? a.range.startOffset - b.range.startOffset
          : documentOrder(a.range.startContainer, b.range.startContainer),
      ) ?? [],
    show(entry, position) {
      const r = rangeOf(entry);
      if (!r) return;
      let rect = r.getBoundingClientRect();
      // Out of view: brought to the middle at once (a smooth scroll would leave the card where the words were).
      if (rect.top < 0 || rect.bottom > win.innerHeight) {
        r.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
        rect = r.getBoundingClientRect();
        win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior: 'instant' });
        rect = r.getBoundingClientRect();
      }
      deps.highlighter()?.setCurrent(entry);
      show(entry, rect, position);
    },
    focusCard: () => card?.focus(),
    isShowing: (entry) => hovered === entry && !!card?.isVisible(),
  });

  async function save(entry: HighlightEntry) {
    const draft = await deps.draftFor(entry);
    if (!draft) return;
    saveState = 'saving';
    card?.update(cardProps(entry));
    const res = await deps.send('example.save', { draft });
    saveState = res.ok ? 'saved' : 'error';
    saveMessage = res.ok ? deps.words().t('card.inLibrary') : deps.words().t('card.notSaved', { error: res.error });
    if (hovered === entry) card?.update(cardProps(entry));
  }

  const onPointerMove = (e: PointerEvent) => {
    // Pointer events a page script dispatches are not the user pointing at anything.
    if (!deps.highlighter() || e.pointerType === 'touch' || !e.isTrusted) return;
    if (card?.contains(e.target as Node)) return;
    pointer = { x: e.clientX, y: e.clientY };
    if (!hitTestQueued) {
      hitTestQueued = true;
      deps.nextFrame(guard(hitTest));
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card?.isVisible()) hide();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (card?.isVisible() && !card.contains(e.target as Node)) hide();
  };
  const opts = { passive: true, signal } as AddEventListenerOptions;
  doc.addEventListener('pointermove', guard(onPointerMove), opts);
  doc.addEventListener('pointerdown', guard(onPointerDown), opts);
  doc.addEventListener('keydown', guard(onKeyDown), { signal });
  signal.addEventListener('abort', () => destroy(), { once: true });

  /** Takes the card's host out of the page (a new one is made if it is shown again). */
  function destroy() {
    card?.destroy();
    card = null;
  }

  return {
    hide,
    /** The keyboard's card: 'card.show' opens the next occurrence's. */
    open: () => keyboardCard.open(),
    /** Forgets the keyboard's place (a navigation). */
    reset: () => keyboardCard.reset(),
    destroy,
  };
}

export type ConceptCard = ReturnType<typeof createConceptCard>;
