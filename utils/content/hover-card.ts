/**
 * Mounts the hover card in a shadow root on a `<diplolens-ui>` host, created
 * on first use (pages that are never hovered get no element at all). The host
 * is the only element DiploLens ever adds to a page, and it is removed on stop.
 */
import { OWN_UI_TAG } from '../dom/text-nodes';
import type { ContentTranslator } from '../i18n/content/index';

/** What the card shows and does (components/HoverCard.tsx draws it). */
export interface HoverCardProps {
  label: string;
  category: string;
  /** A user codebook's colour for the concept ('#rrggbb'); the built-in categories' come from the card's sheet. */
  colour?: string;
  categoryLabel: string;
  term: string;
  /** The words on the page that matched (may be an inflected form of `term`). */
  matched: string;
  lang: string;
  definition: string;
  refs: string[];
  added?: string;
  saveState: 'idle' | 'saving' | 'saved' | 'error';
  saveMessage?: string;
  /** 'Occurrence 3 of 12', when the card was opened from the keyboard. */
  position?: string;
  /** Called with the click, so the caller can tell the user's click from a page script's. */
  onSave(event: Event): void;
  onClose(): void;
  /** The interface language's words; English when not given. */
  t?: ContentTranslator;
}

/**
 * Draws the card's props into `mount` (null empties it), synchronously. Passed in
 * by the entry point (components/HoverCard.tsx), so this DOM edge imports no view.
 */
export type RenderCard = (props: HoverCardProps | null, mount: Element) => void;

export interface CardAnchor {
  left: number;
  top: number;
  bottom: number;
}

export function createHoverCardHost(doc: Document, css: string, render: RenderCard) {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let visible = false;

  function ensure(): HTMLElement {
    if (mount && host?.isConnected) return mount;
    host = doc.createElement(OWN_UI_TAG);
    // Out of the page's layout; the card itself is position: fixed.
    host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.documentElement.append(host);
    return mount;
  }

  return {
    show(props: HoverCardProps, anchor: CardAnchor, viewport: { width: number; height: number }) {
      const m = ensure();
      render(props, m);
      const card = m.firstElementChild as HTMLElement | null;
      if (!card) return;
      // The card as rendered (its size follows the definition's length); 340 × 260 where nothing is laid out.
      const box = card.getBoundingClientRect();
      const width = Math.min(box.width || 340, viewport.width - 16);
      const height = box.height || 260;
      const left = Math.max(8, Math.min(anchor.left, viewport.width - width - 8));
      // Below the word when there is room, otherwise above it.
      const below = anchor.bottom + 8;
      const above = anchor.top - 8;
      card.style.left = `${left}px`;
      if (below + height < viewport.height || above < height) {
        card.style.top = `${below}px`;
        card.style.bottom = '';
      } else {
        card.style.top = '';
        card.style.bottom = `${viewport.height - above}px`;
      }
      visible = true;
    },
    update(props: HoverCardProps) {
      if (mount && visible) render(props, mount);
    },
    hide() {
      if (mount) render(null, mount);
      visible = false;
    },
    isVisible: () => visible,
    /** Moves the focus onto the card (opened from the keyboard), so a screen reader reads it and Tab reaches its buttons. */
    focus() {
      const dialog = mount?.firstElementChild as HTMLElement | null;
      dialog?.focus({ preventScroll: true });
    },
    contains(node: Node | null): boolean {
      return !!node && !!host && (node === host || host.contains(node));
    },
    destroy() {
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      mount = null;
      visible = false;
    },
  };
}

export type HoverCardHost = ReturnType<typeof createHoverCardHost>;
