/**
 * The confirmation in the page after a save from the context menu or the keyboard shortcut
 * ('save.done'): the toolbar badge's tick is invisible when the icon is not pinned. A small box
 * at the window's bottom corner, in its own shadow root on a `<diplolens-ui>` host (like the hover
 * card, so the page's styles cannot reach it and the highlighter never reads it), says what
 * happened (a live region) and offers 'Add tags or a note' (a small form saved into that example)
 * and 'Undo' (takes that example out again). It goes away after DISMISS_MS unless the pointer or
 * the focus is in it (or its form is open); Escape closes it, and the focus goes back to where the
 * user was. The background allows the two requests only for the example it saved into this tab
 * (utils/background/save-grants.ts); and only the user's own clicks make them (event.isTrusted),
 * since a page script can click buttons in an open shadow root.
 *
 * Created on the first save (a page never saved from gets no element); everything is undone
 * when `signal` aborts (the content script's invalidation).
 */
import { OWN_UI_TAG } from '../dom/text-nodes';
import type { ContentTranslator } from '../i18n/content/index';
import type { Req, Res, Result, SaveNotice, ToBackground } from '../messages/protocol';

/** How long the confirmation stays when nobody is looking at it. */
export const DISMISS_MS = 8000;
/** After Undo or saving the form: long enough to read the one sentence left. */
export const AFTER_ACTION_MS = 4000;

/** What the box shows (components/SaveToast.tsx draws it). */
export interface SaveToastProps {
  t: ContentTranslator;
  /** The sentence said in the live region; '' while the region is first put in the page. */
  message: string;
  tone: 'ok' | 'warn' | 'error';
  /** 'Add tags or a note' and 'Undo' are offered. */
  actions: boolean;
  /** A request is on its way: the buttons wait. */
  busy: boolean;
  /** The tags-and-note form, when open, with what was typed last. */
  form: { tags: string; note: string; error?: string } | null;
  onAddDetails(event: Event): void;
  onUndo(event: Event): void;
  onSubmitDetails(event: Event, values: { tags: string; note: string }): void;
  onCancelDetails(): void;
  onClose(): void;
}

/** Draws the props into `mount` (null empties it), synchronously. Passed in by the entry point, so this edge imports no view. */
export type RenderToast = (props: SaveToastProps | null, mount: Element) => void;

export interface SaveToastDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  css: string;
  render: RenderToast;
  /** The interface language's words, read at each render (the setting may change meanwhile). */
  words(): ContentTranslator;
  send<K extends 'saved.undo' | 'saved.details'>(type: K, payload: Req<ToBackground, K>): Promise<Result<Res<ToBackground, K>>>;
  /** setTimeout and clearTimeout, unless a test steps time by hand. */
  timers?: { set(cb: () => void, ms: number): number; clear(id: number): void };
}

/** Tags as typed in the form: separated by commas, blanks dropped (the background cleans and checks them again). */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

type State =
  | { kind: 'saved'; id: string; duplicate: boolean }
  | { kind: 'form'; id: string; duplicate: boolean; error?: string }
  | { kind: 'said'; message: string; tone: SaveToastProps['tone'] };

export function createSaveToast(deps: SaveToastDeps) {
  const { doc, signal } = deps;
  const timers = deps.timers ?? {
    set: (cb: () => void, ms: number) => deps.win.setTimeout(cb, ms),
    clear: (id: number) => deps.win.clearTimeout(id),
  };
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let state: State | null = null;
  let busy = false;
  /** What the form held last, so reopening it (or a failed save) keeps the typing. */
  let typed = { tags: '', note: '' };
  let hovered = false;
  let focused = false;
  /** The page's element that had the focus before it came into the box. */
  let returnFocus: Element | null = null;
  let timer: number | undefined;
  /** The first render of a new host shows an empty live region, then the message (a region put in with its text is often not read). */
  let announceTimer: number | undefined;

  const inBox = (node: unknown): boolean => !!host && node instanceof Node && (node === host || host.contains(node) || host.shadowRoot!.contains(node));

  function ensure(): { mount: HTMLElement; fresh: boolean } {
    if (mount && host?.isConnected) return { mount, fresh: false };
    host = doc.createElement(OWN_UI_TAG);
    host.setAttribute('style', 'all: initial; position: fixed; bottom: 0; right: 0; z-index: 2147483647;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = deps.css;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    host.addEventListener('pointerenter', () => {
      hovered = true;
      schedule();
    });
    host.addEventListener('pointerleave', () => {
      hovered = false;
      schedule();
    });
    host.addEventListener('focusin', (e) => {
      if (!focused && !inBox(e.relatedTarget)) returnFocus = e.relatedTarget instanceof Element ? e.relatedTarget : null;
      focused = true;
      schedule();
    });
    host.addEventListener('focusout', (e) => {
      if (inBox(e.relatedTarget)) return;
      focused = false;
      schedule();
    });
    host.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
    });
    // The host goes last in the document: Tab from the page's last control reaches the box.
    doc.documentElement.append(host);
    return { mount, fresh: true };
  }

  function props(): SaveToastProps | null {
    if (!state) return null;
    const t = deps.words();
    const base = {
      t,
      busy,
      onAddDetails: (e: Event) => {
        if (!e.isTrusted || !state || state.kind !== 'saved') return;
        state = { kind: 'form', id: state.id, duplicate: state.duplicate };
        draw();
        focusIn('input');
      },
      onUndo: (e: Event) => {
        if (e.isTrusted) void undo();
      },
      onSubmitDetails: (e: Event, values: { tags: string; note: string }) => {
        e.preventDefault();
        typed = values;
        if (e.isTrusted) void saveDetails(values);
      },
      onCancelDetails: () => {
        if (state?.kind !== 'form') return;
        state = { kind: 'saved', id: state.id, duplicate: state.duplicate };
        draw();
        focusIn('.toast__add');
      },
      onClose: () => close(),
    };
    if (state.kind === 'said') return { ...base, message: state.message, tone: state.tone, actions: false, form: null };
    const message = state.duplicate ? t.t('toast.duplicate') : t.t('toast.saved');
    const tone = state.duplicate ? ('warn' as const) : ('ok' as const);
    if (state.kind === 'form') return { ...base, message, tone, actions: true, form: { ...typed, error: state.error } };
    return { ...base, message, tone, actions: true, form: null };
  }

  function draw(announce = true) {
    if (!mount) return;
    const p = props();
    deps.render(p && !announce ? { ...p, message: '' } : p, mount);
  }

  function focusIn(selector: string) {
    const el = mount?.querySelector<HTMLElement>(selector);
    el?.focus({ preventScroll: true });
  }

  /** Auto-dismiss: counting only while nobody is looking at the box and no form is open. */
  function schedule(ms = DISMISS_MS) {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
    if (!state || hovered || focused || state.kind === 'form') return;
    timer = timers.set(() => close(), ms);
  }

  /** The focus leaves the box for where it was (or nowhere), so closing it never strands a keyboard user. */
  function giveFocusBack() {
    if (!focused) return;
    const back = returnFocus as (Element & { focus?(o?: FocusOptions): void }) | null;
    returnFocus = null;
    focused = false;
    if (back?.isConnected && !inBox(back)) back.focus?.({ preventScroll: true });
    else (doc.activeElement as HTMLElement | null)?.blur?.();
  }

  function say(message: string, tone: SaveToastProps['tone'], ms = AFTER_ACTION_MS) {
    giveFocusBack();
    state = { kind: 'said', message, tone };
    draw();
    schedule(ms);
  }

  async function undo() {
    if (busy || !state || state.kind === 'said') return;
    const { id } = state;
    busy = true;
    draw();
    const r = await deps.send('saved.undo', { id });
    busy = false;
    // A new save may have replaced the box meanwhile: this answer is no longer its to say.
    const now = state as State | null;
    if (signal.aborted || !now || now.kind === 'said' || now.id !== id) return;
    const t = deps.words();
    if (!r.ok) say(t.t('toast.undoFailed', { error: r.error }), 'error', DISMISS_MS);
    else if (r.value.done) say(t.t('toast.undone'), 'ok');
    else say(t.t('toast.expired'), 'error', DISMISS_MS);
  }

  async function saveDetails(values: { tags: string; note: string }) {
    if (busy || state?.kind !== 'form') return;
    const { id, duplicate } = state;
    busy = true;
    draw();
    const r = await deps.send('saved.details', { id, tags: parseTags(values.tags), note: values.note });
    busy = false;
    const now = state as State | null;
    if (signal.aborted || now?.kind !== 'form' || now.id !== id) return;
    const t = deps.words();
    if (!r.ok) {
      // The form stays, with what was typed, and says why.
      state = { kind: 'form', id, duplicate, error: t.t('toast.detailsFailed', { error: r.error }) };
      draw();
      return;
    }
    say(r.value.done ? t.t('toast.detailsSaved') : t.t('toast.expired'), r.value.done ? 'ok' : 'error', r.value.done ? AFTER_ACTION_MS : DISMISS_MS);
  }

  function close() {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
    giveFocusBack();
    state = null;
    hovered = false;
    draw();
  }

  // Escape anywhere in the page closes it, but not a form being filled in, nor the hover card's Escape.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !state || state.kind === 'form') return;
    const target = e.target as Element | null;
    if (target && target !== host && target.localName === OWN_UI_TAG) return;
    close();
  };
  doc.addEventListener('keydown', onKeyDown, { signal });

  signal.addEventListener(
    'abort',
    () => {
      if (timer !== undefined) timers.clear(timer);
      if (announceTimer !== undefined) timers.clear(announceTimer);
      if (mount) deps.render(null, mount);
      host?.remove();
      host = null;
      mount = null;
      state = null;
    },
    { once: true },
  );

  return {
    /** Shows what a save came to; a new save replaces what the box said before. */
    show(notice: SaveNotice): void {
      if (signal.aborted) return;
      const t = deps.words();
      busy = false;
      typed = { tags: '', note: '' };
      if (notice.ok) state = { kind: 'saved', id: notice.id, duplicate: notice.duplicate };
      else
        state = {
          kind: 'said',
          message: notice.code === 'nothingSelected' ? t.t('toast.nothingSelected') : t.t('toast.failed', { error: notice.error }),
          tone: 'error',
        };
      const { fresh } = ensure();
      if (announceTimer !== undefined) timers.clear(announceTimer);
      announceTimer = undefined;
      if (fresh) {
        draw(false);
        announceTimer = timers.set(() => {
          announceTimer = undefined;
          draw();
        }, 100);
      } else draw();
      schedule();
    },
    /** True while the box is shown. */
    isOpen: () => !!state,
    /** The host element (tests; null before the first save and after teardown). */
    host: () => host,
  };
}

export type SaveToast = ReturnType<typeof createSaveToast>;
