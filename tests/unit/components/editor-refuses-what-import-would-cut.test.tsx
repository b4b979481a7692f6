// @vitest-environment happy-dom
/**
 * The library editor must not store what the importer would not take back as
 * it is: an empty quote, a quote or note over EXAMPLE_LIMITS. It keeps the
 * previous value and says why.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ExampleEditor, type ExampleEditorProps } from '../../../components/library/ExampleEditor';
import { EXAMPLE_LIMITS } from '../../../utils/model/limits';
import { makeExample } from '../helpers/examples';

afterEach(cleanup);

function renderEditor(over: Partial<ExampleEditorProps> = {}) {
  const onChange = vi.fn();
  const example = makeExample({ quote: 'Soft power matters.', note: 'first note' });
  render(
    <ExampleEditor
      example={example}
      onChange={onChange}
      onOpen={() => {}}
      onDelete={() => {}}
      onClose={() => {}}
      concepts={[{ id: 'soft-power', label: 'Soft power' }]}
      functions={[]}
      suggestTags={() => []}
      {...over}
    />,
  );
  const quote = screen.getByRole('textbox', { name: 'Quote' }) as HTMLTextAreaElement;
  const note = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
  return { onChange, quote, note };
}

describe('the example editor', () => {
  test('refuses to save an empty quote: keeps the previous one and says why', async () => {
    const { onChange, quote } = renderEditor();
    fireEvent.change(quote, { target: { value: '   \n' } });
    expect(onChange).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toMatch(/quote cannot be empty.*previous quote is kept/i);
    expect(quote.value).toBe('Soft power matters.');
  });

  test('saves an edited quote and clears the message', async () => {
    const { onChange, quote } = renderEditor();
    fireEvent.change(quote, { target: { value: '' } });
    await screen.findByRole('alert');
    fireEvent.change(quote, { target: { value: 'Soft power matters a lot.' } });
    expect(onChange).toHaveBeenCalledWith({ quote: 'Soft power matters a lot.' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('caps the quote and the note at the import limits (maxLength, and a refusal past it)', async () => {
    const { onChange, quote, note } = renderEditor();
    expect(quote.maxLength).toBe(EXAMPLE_LIMITS.quoteChars);
    expect(note.maxLength).toBe(EXAMPLE_LIMITS.noteChars);
    fireEvent.change(note, { target: { value: 'n'.repeat(EXAMPLE_LIMITS.noteChars + 1) } });
    expect(onChange).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toMatch(/note can have at most 100,000 characters/i);
    expect(note.value).toBe('first note');
    fireEvent.change(quote, { target: { value: 'q'.repeat(EXAMPLE_LIMITS.quoteChars + 1) } });
    expect(onChange).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toMatch(/quote can have at most 100,000 characters/i);
    // At the cap exactly is saved; an empty note is fine.
    fireEvent.change(note, { target: { value: 'n'.repeat(EXAMPLE_LIMITS.noteChars) } });
    fireEvent.change(note, { target: { value: '' } });
    expect(onChange.mock.calls).toEqual([[{ note: 'n'.repeat(EXAMPLE_LIMITS.noteChars) }], [{ note: '' }]]);
  });
});
