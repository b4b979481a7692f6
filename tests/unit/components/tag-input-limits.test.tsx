// @vitest-environment happy-dom
/**
 * The tag field (popup and library editor) must not add tags the importer
 * would cut: at most EXAMPLE_LIMITS.tags per example, each at most
 * EXAMPLE_LIMITS.tagChars long. It says why instead of adding.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { TagInput } from '../../../components/TagInput';
import { EXAMPLE_LIMITS } from '../../../utils/model/limits';

afterEach(cleanup);

function Harness({ initial, spy }: { initial: string[]; spy: (tags: string[]) => void }) {
  const [tags, setTags] = useState(initial);
  return (
    <TagInput
      label="Tags"
      tags={tags}
      suggest={() => []}
      onChange={(t) => {
        spy(t);
        setTags(t);
      }}
    />
  );
}

function setup(initial: string[]) {
  const spy = vi.fn();
  render(<Harness initial={initial} spy={spy} />);
  const input = screen.getByRole('combobox') as HTMLInputElement;
  const type = (v: string) => {
    fireEvent.input(input, { target: { value: v } });
    fireEvent.keyDown(input, { key: 'Enter' });
  };
  return { spy, input, type };
}

describe('tag field limits', () => {
  test(`adds no more than EXAMPLE_LIMITS.tags (${EXAMPLE_LIMITS.tags}) tags, and says why`, async () => {
    const full = Array.from({ length: EXAMPLE_LIMITS.tags - 1 }, (_, i) => `t${i}`);
    const { spy, type } = setup(full);
    type('last');
    expect(spy).toHaveBeenLastCalledWith([...full, 'last']);
    type('one too many');
    expect(spy).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole('alert')).textContent).toMatch(/at most 100 tags/i);
    // Removing one makes room again, and the message goes.
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag t0' }));
    type('fits now');
    expect(spy).toHaveBeenLastCalledWith([...full.slice(1), 'last', 'fits now']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('refuses a tag longer than EXAMPLE_LIMITS.tagChars, keeping the typed text', async () => {
    const { spy, input, type } = setup([]);
    expect(input.maxLength).toBe(EXAMPLE_LIMITS.tagChars);
    const long = 'x'.repeat(EXAMPLE_LIMITS.tagChars + 1);
    type(long);
    expect(spy).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toMatch(/tag can have at most 10,000 characters/i);
    expect(input.value).toBe(long);
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    type('x'.repeat(EXAMPLE_LIMITS.tagChars));
    expect(spy).toHaveBeenCalledWith(['x'.repeat(EXAMPLE_LIMITS.tagChars)]);
  });

  test('a comma adds as before, within the limits', () => {
    const { spy, input } = setup(['a']);
    fireEvent.input(input, { target: { value: 'b,' } });
    expect(spy).toHaveBeenCalledWith(['a', 'b']);
  });
});
