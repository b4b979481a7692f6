/**
 * REFI-QDA from the library (utils/export/refi.ts): which codebook the file carries when
 * examples were coded with different codebooks, and that a file failing its check is
 * refused instead of returned.
 */
import { describe, expect, test } from 'vitest';
import { builtinCodebook } from '../../../utils/codebook/builtin';
import { checkedQdc, checkedQdpx, chooseCodebook, RefiUnsound } from '../../../utils/export/refi';
import { unzipQdpx } from '../../../utils/codebook/refi/check';
import { parseXml, type XmlElement } from '../../../utils/codebook/formats/xml';
import { makeExample } from '../helpers/examples';
import { userCodebook } from '../codebook/helpers';
import { schemaErrors } from '../codebook/xsd';

const builtin = builtinCodebook();
const v3 = userCodebook([{ id: 'visa', label: 'Visa help' }, { id: 'image', label: 'Country image' }]);
const v4 = { ...userCodebook([{ id: 'visa', label: 'Visa and consular help' }]), version: '4' };
const other = userCodebook([{ id: 'trade', label: 'Trade' }], { id: '9a1e2f7c-0000-4000-8000-000000000001', name: 'Economy', version: '1' });
const coded = (cb: { id: string; version: string }, concepts: string[]) => makeExample({ codebookId: cb.id, codebookVersion: cb.version, concepts });

function all(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  if (el.name === name) out.push(el);
  for (const c of el.children) all(c, name, out);
  return out;
}

describe('the codebook a REFI-QDA export carries', () => {
  test('the codebook the examples were coded with, even when another is active', () => {
    const c = chooseCodebook([coded(v3, ['visa']), coded(v3, ['image'])], [v3, v4, other], other, builtin);
    expect(c.codebook).toBe(v3);
    expect(c.codedWith).toBe(2);
  });

  test('the one that coded most of them; the others’ concepts keep their own labels', () => {
    const c = chooseCodebook([coded(v4, ['visa']), coded(v4, []), coded(other, ['trade'])], [v3, v4, other], v3, builtin);
    expect(c.codebook).toBe(v4);
    expect(c.conceptLabel('trade')).toBe('Trade');
    expect(c.conceptLabel('visa')).toBe('Visa and consular help');
  });

  test('examples that name no codebook, or one since deleted, count as the active codebook', () => {
    const none = makeExample({ concepts: ['soft-power'] });
    delete (none as { codebookId?: string }).codebookId;
    const deleted = coded({ id: '0d0d0d0d-0000-4000-8000-00000000dead', version: '2' }, ['visa']);
    const c = chooseCodebook([none, deleted, coded(other, ['trade'])], [v3, other], v4, builtin);
    expect(c.codebook).toBe(v4);
    expect(c.codedWith).toBe(2);
    // The built-in codebook names the lexicon's concepts the active one lacks.
    expect(c.conceptLabel('soft-power')).toBe(builtin.concepts.find((x) => x.id === 'soft-power')!.label);
  });

  test('a version no longer stored: that codebook’s latest version; an earlier built-in lexicon: the built-in codebook', () => {
    const gone = coded({ id: v3.id, version: '1' }, ['visa']);
    // As schema v4 upgrades an example saved before codebooks: the built-in id, its lexicon version of the time.
    const before = coded({ id: builtin.id, version: 'lexicon-2025-01' }, ['soft-power']);
    expect(chooseCodebook([gone], [v3, v4, other], other, builtin).codebook).toBe(v4);
    expect(chooseCodebook([before, before, gone], [v3, v4], v4, builtin).codebook).toBe(builtin);
  });

  test('a tie goes to the active codebook; no examples: the active one', () => {
    expect(chooseCodebook([coded(v3, []), coded(other, [])], [v3, other], other, builtin).codebook).toBe(other);
    expect(chooseCodebook([], [v3], v4, builtin).codebook).toBe(v4);
    expect(chooseCodebook([], [], builtin, builtin).codebook).toBe(builtin);
  });
});

describe('checked files', () => {
  const rows = [
    coded(v3, ['visa', 'image']),
    { ...coded(v4, ['visa']), prefix: 'Ташкент 🇺🇿: ', quote: 'Визовая помощь 😀 гражданам', suffix: ' за рубежом.' },
  ];
  test('the project: valid against Project.xsd, every concept a code named from its codebook', () => {
    const choice = chooseCodebook(rows, [v3, v4], v4, builtin);
    const files = unzipQdpx(checkedQdpx(rows, choice, { now: new Date(Date.UTC(2026, 11, 7)), origin: 'DiploLens test' }));
    expect(schemaErrors('Project.xsd', files.project)).toEqual([]);
    const names = all(parseXml(files.project), 'Code').map((c) => c.attrs['name']);
    // One example each: the tie goes to v4, the active one; v3's 'image', which v4 lacks, is a code of its own with v3's label.
    expect(names).toEqual(expect.arrayContaining(['Visa and consular help', 'Country image']));
  });

  test('the codebook: valid against Codebook.xsd', () => {
    const xml = new TextDecoder().decode(checkedQdc(v3, { origin: 'DiploLens test' }));
    expect(schemaErrors('Codebook.xsd', xml)).toEqual([]);
    expect(xml).toContain('name="Visa help"');
  });

  test('a file that fails its check is refused with the problems, not returned', () => {
    const choice = chooseCodebook(rows, [v3, v4], v4, builtin);
    const check = () => ['line 9: selection 0–99 is not inside its source’s 10 code points'];
    expect(() => checkedQdpx(rows, choice, { now: new Date(), origin: 'x', check })).toThrow(RefiUnsound);
    try {
      checkedQdc(v3, { origin: 'x', check });
    } catch (e) {
      expect((e as RefiUnsound).problems).toEqual(check());
    }
    expect.assertions(2);
  });
});
