import { describe, expect, test } from 'vitest';
import { checkTagName, planTagChange, similarTags, stillApplies, tagCounts, undoPatches } from '../../../utils/library/tag-vocabulary';

const rows = [
  { id: 'a', tags: ['press', 'forum', 'Press'] },
  { id: 'b', tags: ['forum'] },
  { id: 'c', tags: ['visa', 'press '] },
  { id: 'd', tags: [] },
  { id: 'e', tags: ['форум', 'forum', 'forum'] },
];
const opts = { maxTagChars: 100 };

describe('the tag vocabulary', () => {
  test('counts: each example once per tag, most used first', () => {
    expect(tagCounts(rows)).toEqual([
      { tag: 'forum', count: 3 },
      { tag: 'Press', count: 1 },
      { tag: 'press', count: 1 },
      { tag: 'press ', count: 1 },
      { tag: 'visa', count: 1 },
      { tag: 'форум', count: 1 },
    ]);
  });

  test('spellings that differ in case or spaces are offered for merging', () => {
    expect(similarTags(tagCounts(rows)).map((g) => g.map((c) => c.tag))).toEqual([['Press', 'press', 'press ']]);
  });

  test('rename: only the examples that have the tag change, order kept', () => {
    const plan = planTagChange(rows, { kind: 'rename', from: 'forum', to: 'conference' }, opts);
    expect(plan).toEqual({
      ok: true,
      to: 'conference',
      patches: [
        { id: 'a', before: ['press', 'forum', 'Press'], after: ['press', 'conference', 'Press'] },
        { id: 'b', before: ['forum'], after: ['conference'] },
        { id: 'e', before: ['форум', 'forum', 'forum'], after: ['форум', 'conference'] },
      ],
    });
  });

  test('rename onto a tag the example has already: kept once', () => {
    const plan = planTagChange(rows, { kind: 'rename', from: 'Press', to: 'press' }, opts);
    expect(plan.ok && plan.patches).toEqual([{ id: 'a', before: ['press', 'forum', 'Press'], after: ['press', 'forum'] }]);
  });

  test('merge several spellings into one, where the first of them was', () => {
    const plan = planTagChange(rows, { kind: 'merge', from: ['press', 'Press', 'press '], to: 'Press releases' }, opts);
    expect(plan.ok && plan.patches.map((p) => [p.id, p.after])).toEqual([
      ['a', ['Press releases', 'forum']],
      ['c', ['visa', 'Press releases']],
    ]);
  });

  test('delete, and undo gives back exactly what was there', () => {
    const plan = planTagChange(rows, { kind: 'delete', tag: 'forum' }, opts);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.patches.map((p) => p.after)).toEqual([['press', 'Press'], [], ['форум']]);
    const undo = undoPatches(plan.patches);
    expect(undo.map((p) => p.after)).toEqual([['press', 'forum', 'Press'], ['forum'], ['форум', 'forum', 'forum']]);
    expect(stillApplies(['press', 'Press'], undo[0]!)).toBe(true);
    expect(stillApplies(['press', 'Press', 'new'], undo[0]!)).toBe(false);
  });

  test.each([
    [{ kind: 'rename', from: 'forum', to: '  ' }, 'empty', 'A tag cannot be empty.'],
    [{ kind: 'rename', from: 'forum', to: 'forum' }, 'same', "The new name is the tag's name already."],
    [{ kind: 'rename', from: 'forum', to: ' forum  ' }, 'same', "The new name is the tag's name already."],
    [{ kind: 'rename', from: 'forum', to: 'x'.repeat(101) }, 'tooLong', 'A tag can have at most 100 characters.'],
    [{ kind: 'rename', from: 'forum', to: 'a\nb' }, 'control', 'A tag cannot contain a line break or a control character.'],
    [{ kind: 'merge', from: [], to: 'x' }, 'noneChosen', 'Choose the tags to merge.'],
  ] as const)('%j is refused', (change, problem, error) => {
    expect(planTagChange(rows, change, opts)).toEqual({ ok: false, problem, error });
  });

  test('a tag name with a line break is refused', () => {
    expect(checkTagName('a\nb', 10)?.error).toMatch(/line break/);
  });

  test('the new name is cleaned as a save cleans tags: NFC, spaces folded and trimmed', () => {
    // 'e' + combining acute (NFD) must become the one-character é a save would store.
    const plan = planTagChange(rows, { kind: 'rename', from: 'visa', to: '  Visa\u00a0 cafe\u0301  policy ' }, opts);
    expect(plan.ok && plan.to).toBe('Visa café policy');
    expect(plan.ok && plan.patches).toEqual([{ id: 'c', before: ['visa', 'press '], after: ['Visa café policy', 'press '] }]);
  });

  test('a rename changes only the letter case: allowed, and the other spelling on the same example is folded in', () => {
    const plan = planTagChange(rows, { kind: 'rename', from: 'press', to: 'Press' }, opts);
    expect(plan.ok && plan.patches).toEqual([{ id: 'a', before: ['press', 'forum', 'Press'], after: ['Press', 'forum'] }]);
  });

  test('renaming onto another spelling of a tag the example has leaves one tag, spelled as chosen', () => {
    const plan = planTagChange(rows, { kind: 'rename', from: 'visa', to: 'PRESS' }, opts);
    expect(plan.ok && plan.patches).toEqual([{ id: 'c', before: ['visa', 'press '], after: ['PRESS'] }]);
  });

  test('an example the change leaves as it was is not patched (no write, no new modified time)', () => {
    const plan = planTagChange(rows, { kind: 'merge', from: ['forum', 'visa'], to: 'forum' }, opts);
    expect(plan.ok && plan.patches.map((p) => [p.id, p.after])).toEqual([
      ['c', ['forum', 'press ']],
      ['e', ['форум', 'forum']],
    ]);
  });

  test('1,000 examples: one plan, every one patched', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: `x${i}`, tags: ['old', `t${i % 7}`] }));
    const plan = planTagChange(many, { kind: 'rename', from: 'old', to: 'new' }, opts);
    expect(plan.ok && plan.patches.length).toBe(1000);
    expect(plan.ok && plan.patches.every((p) => p.after[0] === 'new')).toBe(true);
  });
});
