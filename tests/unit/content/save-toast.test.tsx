// @vitest-environment happy-dom
/**
 * The confirmation in the page after a save from the context menu or the shortcut: it says what
 * happened in a live region, in the interface language; Undo and 'Add tags or a note' ask the
 * background (only when the user's own click made them: a page script can click into an open
 * shadow root); it goes after 8 s unless pointed at or focused, Escape closes it and gives the
 * focus back; and the content script's teardown leaves nothing in the page.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createSaveToast, DISMISS_MS, parseTags, type SaveToastProps } from '../../../utils/content/save-toast';
import { renderSaveToast, SaveToast } from '../../../components/SaveToast';
import { contentTranslator } from '../../../utils/i18n/content/index';
import type { Locale } from '../../../utils/i18n/locales';
import { ok, type Result } from '../../../utils/messages/protocol';

afterEach(() => {
  cleanup();
  // Not documentElement.innerHTML: testing-library's `screen` holds on to this body.
  for (const el of document.querySelectorAll('diplolens-ui')) el.remove();
  document.body.replaceChildren();
});

/** Timers stepped by hand. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; cb: () => void }>();
  return {
    set: (cb: () => void, ms: number) => {
      due.set(next, { at: now + ms, cb });
      return next++;
    },
    clear: (id: number) => void due.delete(id),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        due.delete(id);
        t.cb();
      }
    },
  };
}

const trusted = () => ({ isTrusted: true, preventDefault() {} }) as unknown as Event;

function setup(locale: Locale = 'en', answer: (type: string, payload: unknown) => Result<{ done: boolean }> = () => ok({ done: true })) {
  const ac = new AbortController();
  const timers = fakeTimers();
  const sent: [string, unknown][] = [];
  let last: SaveToastProps | null = null;
  const toast = createSaveToast({
    doc: document,
    win: window,
    signal: ac.signal,
    css: '.toast{}',
    render: (p, m) => {
      last = p;
      renderSaveToast(p, m);
    },
    words: () => contentTranslator(locale),
    send: async (type, payload) => {
      sent.push([type, payload]);
      return answer(type, payload) as never;
    },
    timers,
  });
  const root = () => toast.host()?.shadowRoot ?? null;
  const status = () => root()?.querySelector('[role="status"]')?.textContent ?? null;
  const button = (name: string) => [...(root()?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) ?? null;
  return { ac, timers, sent, toast, root, status, button, props: () => last! };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the confirmation', () => {
  test('says the save in a live region (put in empty first, so it is read), with Add tags or a note, Undo and Close', () => {
    const s = setup();
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    expect(s.status()).toBe('');
    s.timers.advance(100);
    expect(s.status()).toBe('Saved to your DiploLens library.');
    expect(s.root()!.querySelector('[role="status"]')!.getAttribute('aria-live')).toBe('polite');
    expect(s.button('Add tags or a note')).toBeTruthy();
    expect(s.button('Undo')).toBeTruthy();
    expect(s.button('Close')).toBeTruthy();
    // The host is DiploLens's own element, last in the document (Tab from the page's last control reaches it).
    expect(document.documentElement.lastElementChild).toBe(s.toast.host());
    expect(s.toast.host()!.localName).toBe('diplolens-ui');
  });

  test.each([
    ['ru', 'Сохранено ещё раз: эта цитата с этой страницы уже была в библиотеке.', 'Отменить'],
    ['kk', 'Қайта сақталды: бұл беттегі осы дәйексөз кітапханаңызда бұрыннан бар еді.', 'Болдырмау'],
  ] as const)('a duplicate in %s: warned in the interface language', (locale, said, undo) => {
    const s = setup(locale);
    s.toast.show({ ok: true, id: 'e1', duplicate: true });
    s.timers.advance(100);
    expect(s.status()).toBe(said);
    expect(s.button(undo)).toBeTruthy();
    expect(s.root()!.querySelector('section')!.getAttribute('lang')).toBe(contentTranslator(locale).tag);
  });

  test('a failed save says why, without buttons to act on nothing', () => {
    const s = setup();
    s.toast.show({ ok: false, error: 'Nothing is selected on the page.', code: 'nothingSelected' });
    s.timers.advance(100);
    expect(s.status()).toBe('Nothing was saved: select the words to save first.');
    expect(s.button('Undo')).toBeNull();
    s.toast.show({ ok: false, error: 'the disk is full' });
    expect(s.status()).toBe('Not saved: the disk is full');
  });

  test('Undo asks the background for that example and says it was undone; a page script’s click does nothing', async () => {
    const s = setup();
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    s.timers.advance(100);
    s.button('Undo')!.click(); // untrusted, as a page script's would be
    await settle();
    expect(s.sent).toEqual([]);
    s.props().onUndo(trusted());
    await settle();
    expect(s.sent).toEqual([['saved.undo', { id: 'e1' }]]);
    expect(s.status()).toBe('Undone: the example is no longer in your library.');
    expect(s.button('Undo')).toBeNull();
  });

  test('Undo refused by the background (the grant is over) says so, and where to go instead', async () => {
    const s = setup('en', () => ok({ done: false }));
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    s.props().onUndo(trusted());
    await settle();
    expect(s.status()).toBe('This example can no longer be changed from the page: edit it in the library.');
  });

  test('Add tags or a note opens a form with the focus in it; its values go to that example', async () => {
    const s = setup();
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    s.timers.advance(100);
    s.props().onAddDetails(trusted());
    const form = s.root()!.querySelector('form')!;
    expect(form.getAttribute('aria-label')).toBe('Tags and note for the saved example');
    expect(s.root()!.activeElement).toBe(form.querySelector('input'));
    // The form stays while it is open, however long the typing takes.
    s.timers.advance(DISMISS_MS * 3);
    expect(s.toast.isOpen()).toBe(true);
    s.props().onSubmitDetails(trusted(), { tags: 'press release, forum,, ', note: 'Said at the opening.' });
    await settle();
    expect(s.sent).toEqual([['saved.details', { id: 'e1', tags: ['press release', 'forum'], note: 'Said at the opening.' }]]);
    expect(s.status()).toBe('Tags and note saved to the example.');
  });

  test('Cancel closes the form and puts the focus back on Add tags or a note; Undo is there again', () => {
    const s = setup();
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    s.props().onAddDetails(trusted());
    expect(s.button('Undo')).toBeNull();
    s.button('Cancel')!.click();
    expect(s.root()!.querySelector('form')).toBeNull();
    expect(s.root()!.activeElement).toBe(s.button('Add tags or a note'));
    expect(s.button('Undo')).toBeTruthy();
  });

  test('a failed details save keeps the form, with what was typed, and says why', async () => {
    const s = setup('en', () => ({ ok: false, error: 'a tag is too long' }));
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    s.props().onAddDetails(trusted());
    s.props().onSubmitDetails(trusted(), { tags: 'x', note: 'my note' });
    await settle();
    expect(s.root()!.querySelector('[role="alert"]')!.textContent).toBe('Could not save the tags and note: a tag is too long');
    expect(s.root()!.querySelector('textarea')!.value).toBe('my note');
  });

  test('goes after 8 s; not while pointed at or focused, and 8 s after the pointer leaves', () => {
    const s = setup();
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    s.timers.advance(DISMISS_MS - 1);
    expect(s.toast.isOpen()).toBe(true);
    s.toast.host()!.dispatchEvent(new Event('pointerenter'));
    s.timers.advance(DISMISS_MS * 2);
    expect(s.toast.isOpen()).toBe(true);
    s.toast.host()!.dispatchEvent(new Event('pointerleave'));
    s.timers.advance(DISMISS_MS - 1);
    expect(s.toast.isOpen()).toBe(true);
    s.timers.advance(1);
    expect(s.toast.isOpen()).toBe(false);
    expect(s.root()!.querySelector('section')).toBeNull();
  });

  test('Escape closes it and the focus goes back to where the user was', () => {
    const s = setup();
    const before = document.createElement('button');
    before.textContent = 'a page button';
    document.body.append(before);
    before.focus();
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    s.timers.advance(100);
    const undo = s.button('Undo')!;
    undo.focus();
    s.toast.host()!.dispatchEvent(new FocusEvent('focusin', { relatedTarget: before }));
    s.timers.advance(DISMISS_MS * 2);
    expect(s.toast.isOpen()).toBe(true);
    undo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(s.toast.isOpen()).toBe(false);
    expect(document.activeElement).toBe(before);
    // Escape in the page closes it too.
    s.toast.show({ ok: true, id: 'e2', duplicate: false });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(s.toast.isOpen()).toBe(false);
  });

  test('teardown (the content script invalidated) removes the host and hears no more Escape', () => {
    const s = setup();
    s.toast.show({ ok: true, id: 'e1', duplicate: false });
    const host = s.toast.host()!;
    s.ac.abort();
    expect(host.isConnected).toBe(false);
    expect(document.querySelector('diplolens-ui')).toBeNull();
    s.toast.show({ ok: true, id: 'e2', duplicate: false });
    expect(document.querySelector('diplolens-ui')).toBeNull();
    s.timers.advance(DISMISS_MS * 2);
  });
});

describe('the view', () => {
  const base = (over: Partial<SaveToastProps> = {}): SaveToastProps => ({
    t: contentTranslator('en'),
    message: 'Saved to your DiploLens library.',
    tone: 'ok',
    actions: true,
    busy: false,
    form: null,
    onAddDetails: () => {},
    onUndo: () => {},
    onSubmitDetails: () => {},
    onCancelDetails: () => {},
    onClose: () => {},
    ...over,
  });

  test('the form reads its fields on submit; tags and note are labelled', () => {
    const got: { tags: string; note: string }[] = [];
    render(<SaveToast {...base({ form: { tags: '', note: '' }, onSubmitDetails: (_e, v) => got.push(v) })} />);
    fireEvent.input(screen.getByLabelText('Tags (separated by commas)'), { target: { value: 'a, b' } });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: '<b>not html</b>' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Tags and note for the saved example' }));
    expect(got).toEqual([{ tags: 'a, b', note: '<b>not html</b>' }]);
  });

  test('text is text: an error with markup is shown as written', () => {
    const { container } = render(<SaveToast {...base({ message: 'Not saved: <img src=x onerror=alert(1)>', actions: false })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Not saved: <img src=x onerror=alert(1)>');
  });
});

test.each([
  ['a, b , ,c', ['a', 'b', 'c']],
  ['', []],
  ['one tag with spaces', ['one tag with spaces']],
])('parseTags(%j)', (text, tags) => {
  expect(parseTags(text)).toEqual(tags);
});
