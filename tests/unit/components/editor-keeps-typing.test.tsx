// @vitest-environment happy-dom
/**
 * Text typed in the library editor is saved when the field loses focus, and
 * also when the tab is hidden or closed with the cursor still in it: no
 * 'change' event comes then, and the note would be lost.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ExampleEditor } from '../../../components/library/ExampleEditor';
import { makeExample } from '../helpers/examples';

afterEach(cleanup);

function renderEditor() {
  const onChange = vi.fn();
  const utils = render(
    <ExampleEditor
      example={makeExample({ quote: 'Soft power matters.', note: '' })}
      onChange={onChange}
      onOpen={() => {}}
      onDelete={() => {}}
      onClose={() => {}}
      concepts={[]}
      functions={[]}
      suggestTags={() => []}
    />,
  );
  const note = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
  const quote = screen.getByRole('textbox', { name: 'Quote' }) as HTMLTextAreaElement;
  return { onChange, note, quote, utils };
}

const setVisibility = (state: 'hidden' | 'visible') => {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('the example editor keeps what is being typed', () => {
  test('the tab hidden while typing a note saves it', () => {
    const { onChange, note } = renderEditor();
    fireEvent.input(note, { target: { value: 'Compare with the 2019 strategy.' } });
    expect(onChange).not.toHaveBeenCalled();
    setVisibility('hidden');
    expect(onChange).toHaveBeenCalledWith({ note: 'Compare with the 2019 strategy.' });
    setVisibility('visible');
  });

  test('closing the tab while typing saves it and asks the browser to confirm', () => {
    const { onChange, note } = renderEditor();
    fireEvent.input(note, { target: { value: 'Unfinished thought' } });
    const ev = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(ev);
    expect(onChange).toHaveBeenCalledWith({ note: 'Unfinished thought' });
    expect(ev.defaultPrevented).toBe(true);
  });

  test('nothing typed, nothing asked; a field saved on leaving it is not saved twice', () => {
    const { onChange, note } = renderEditor();
    const quiet = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);
    fireEvent.input(note, { target: { value: 'Done.' } });
    fireEvent.change(note, { target: { value: 'Done.' } });
    setVisibility('hidden');
    expect(onChange).toHaveBeenCalledTimes(1);
    setVisibility('visible');
  });

  test('a quote emptied mid-edit is not saved when the tab is hidden (the user is not done)', () => {
    const { onChange, quote } = renderEditor();
    fireEvent.input(quote, { target: { value: '' } });
    setVisibility('hidden');
    expect(onChange).not.toHaveBeenCalled();
    setVisibility('visible');
  });

  test('closing the editor while typing saves the text', async () => {
    const { onChange, note, utils } = renderEditor();
    fireEvent.input(note, { target: { value: 'Last words' } });
    utils.unmount();
    // Preact runs an unmounted component's effect cleanups after the render.
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ note: 'Last words' }));
  });
});
