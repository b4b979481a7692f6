/**
 * The README is the first thing a researcher reads and the code they paste into R or pandas:
 * its advice must work on what DiploLens exports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportExamplesCsv } from '../../../utils/export/csv';
import { makeExample } from '../helpers/examples';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('describes DiploLens once at the top, not twice', () => {
    expect(readme.match(/browser extension for people who study and practise digital diplomacy/g)).toHaveLength(1);
    const beforeFirstSection = readme.slice(0, readme.indexOf('\n## '));
    expect(beforeFirstSection.match(/recognises official\s+sources/g)).toHaveLength(1);
  });

  it("reads Namibia's country code NA as text in every pandas and R snippet (the CSV writes it bare)", () => {
    const namibia = makeExample({ detection: { ...makeExample().detection, country: 'NA' } });
    const csv = exportExamplesCsv([namibia], { bom: false });
    // The cell is written as NA, unquoted: exactly what pandas' and R's defaults turn into a missing value.
    expect(csv.split('\r\n')[1]!.split(',')).toContain('NA');
    const pandas = readme.match(/pd\.read_csv\([^)]*\)/g) ?? [];
    const base = readme.match(/\bread\.csv\([^)]*\)/g) ?? [];
    const readr = readme.match(/readr::read_csv\([^)]*\)/g) ?? [];
    expect(pandas.length && base.length).toBeGreaterThan(0);
    for (const call of pandas) expect(call).toContain('keep_default_na=False');
    for (const call of base) expect(call).toContain('na.strings = character(0)');
    for (const call of readr) expect(call).toContain('na = character()');
  });
});
