import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../utils/library/apply-changes';
import { createChangeChannel, type ExampleChanges } from '../../../utils/db/changes';

type Row = { id: string; n: number };
const r = (id: string, n: number): Row => ({ id, n });
const byN = (a: Row, b: Row) => a.n - b.n;
const ids = (rows: Row[]) => rows.map((x) => `${x.id}${x.n}`).join(' ');

describe('applyChanges', () => {
  const rows = [r('a', 1), r('b', 3), r('c', 5)];
  test.each([
    ['nothing', [], 'a1 b3 c5'],
    ['an edit stays where it stands, even if its sort key moved', [['b', r('b', 9)]], 'a1 b9 c5'],
    ['a delete', [['b', null]], 'a1 c5'],
    ['a new row goes to its place in the order', [['d', r('d', 4)]], 'a1 b3 d4 c5'],
    ['new rows, a delete and an edit together', [['z', r('z', 0)], ['c', null], ['a', r('a', 2)], ['y', r('y', 7)]], 'z0 a2 b3 y7'],
    ['deleting what is not there', [['q', null]], 'a1 b3 c5'],
  ] as [string, [string, Row | null][], string][])('%s', (_name, changes, expected) => {
    expect(ids(applyChanges(rows, new Map(changes), byN))).toBe(expected);
  });

  test('a row handed twice (an undo clicked twice) is listed once', () => {
    const twice = applyChanges(applyChanges(rows, new Map([['d', r('d', 4)]]), byN), new Map([['d', r('d', 4)]]), byN);
    expect(ids(twice)).toBe('a1 b3 d4 c5');
    expect(ids(applyChanges([...rows, r('a', 1)], new Map([['x', null]]), byN))).toBe('a1 b3 c5');
  });
});

describe('the change channel', () => {
  test('other pages hear the ids; the page that wrote does not hear itself; bad messages change nothing', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const writer = createChangeChannel(name);
    const reader = createChangeChannel(name);
    const heardByReader: ExampleChanges[] = [];
    const heardByWriter: ExampleChanges[] = [];
    const stopReader = reader.listen((c) => heardByReader.push(c));
    writer.listen((c) => heardByWriter.push(c));
    writer.announce({ changed: ['a'], deleted: [] });
    writer.announce({ changed: [], deleted: [] });
    const raw = new BroadcastChannel(name);
    raw.postMessage({ changed: 'a', deleted: [1, 'b'] });
    raw.postMessage(null);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(heardByReader).toEqual([{ changed: ['a'], deleted: [] }, { changed: [], deleted: ['b'] }]);
    expect(heardByWriter).toEqual([{ changed: [], deleted: ['b'] }]);
    stopReader();
    writer.announce({ changed: ['c'], deleted: [] });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(heardByReader).toHaveLength(2);
    for (const c of [writer, reader]) c.close();
    raw.close();
  });

  test('without BroadcastChannel (an old browser) it does nothing, and says nothing', () => {
    const c = createChangeChannel('x', null);
    expect(() => c.announce({ changed: ['a'], deleted: [] })).not.toThrow();
    expect(typeof c.listen(() => undefined)).toBe('function');
  });
});
