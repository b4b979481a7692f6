import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { barPaint, chipPaint, codeColours, MIN_GRAPHIC_CONTRAST, solidOn, THEMES, tintUnder } from '../../../utils/library/code-colours';
import { contrast, hexToRgb, MIN_TEXT_CONTRAST, PALETTE } from '../../../utils/codebook/colour';
import { BUILTIN_COLOURS, builtinCodebook } from '../../../utils/codebook/builtin';
import { copyCodebook, type Codebook } from '../../../utils/codebook/model';

const ratio = (a: string, b: string) => contrast(hexToRgb(a), hexToRgb(b));

// Colours a researcher may well pick: the palette, the built-in ones, and hard cases (pale, dark, grey, pure).
const COLOURS = [...PALETTE, ...Object.values(BUILTIN_COLOURS), '#ffff00', '#fef3c7', '#000000', '#ffffff', '#1e293b', '#808080', '#00ff00', '#0000ff'];

describe('colours by code on the pages\' own themes', () => {
  test('the themes are those components/theme.css paints', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../components/theme.css'), 'utf8');
    const dark = css.indexOf('@media (prefers-color-scheme: dark)');
    const value = (name: string, from: number) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(css.slice(from))?.[1];
    expect({ bg: value('bg', 0), bgSoft: value('bg-soft', 0), fg: value('fg', 0) }).toEqual(THEMES.light);
    expect({ bg: value('bg', dark), bgSoft: value('bg-soft', dark), fg: value('fg', dark) }).toEqual(THEMES.dark);
  });

  test.each(COLOURS)('%s: a chip\'s text reads at 4.5:1 and its edge stands out at 3:1, light and dark', (hex) => {
    const paint = chipPaint(hex);
    for (const t of ['light', 'dark'] as const) {
      expect(ratio(THEMES[t].fg, paint[t].fill)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(ratio(paint[t].edge, THEMES[t].bg)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
    }
  });

  test.each(COLOURS)('%s: a bar stands out from the chart at 3:1, light and dark', (hex) => {
    const bars = barPaint(hex);
    expect(ratio(bars.light, THEMES.light.bgSoft)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
    expect(ratio(bars.dark, THEMES.dark.bgSoft)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
  });

  test('a colour that already stands out is kept as it is; one that does not is shaded, not replaced', () => {
    expect(solidOn('#1d4ed8', '#ffffff')).toBe('#1d4ed8');
    // Yellow on white: darkened to an olive of the same hue, never grey or black.
    const [r, g, b] = hexToRgb(solidOn('#ffff00', '#ffffff'));
    expect(r).toBe(g);
    expect(b).toBe(0);
    expect(r).toBeGreaterThan(60);
    // Navy on the dark theme: lightened.
    expect(ratio(solidOn('#1e293b', THEMES.dark.bg), THEMES.dark.bg)).toBeGreaterThanOrEqual(3);
  });

  test('a tint is a page highlight\'s strength (0.32) unless the text needs it fainter', () => {
    // Light blue under near-black text: the full tint reads.
    expect(tintUnder('#0284c7', '#ffffff', '#111827')).toBe('#aed8ed') // 0.32 of #0284c7 over white;
    // Near-black under near-black text on the dark theme: no tint keeps the text readable but the page itself.
    expect(ratio('#e6e9ee', tintUnder('#ffffff', THEMES.dark.bg, THEMES.dark.fg))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('which codebook colours an example', () => {
  const builtin = builtinCodebook();
  const mine = (version: string, colour: string): Codebook => ({
    ...copyCodebook(builtin, 'mine', 'Mine', 0),
    version,
    concepts: copyCodebook(builtin, 'mine', 'Mine', 0).concepts.map((c) => (c.id === 'soft-power' ? { ...c, colour } : c)),
  });
  const v1 = mine('1', '#111111');
  const v2 = mine('2', '#222222');
  const colours = codeColours([v1, v2], v2, builtin);
  const builtinSoftPower = codeColours([], builtin, builtin).of('soft-power');

  test.each([
    ['the version it was coded with', { codebookId: 'mine', codebookVersion: '1' }, '#111111'],
    ['the built-in codebook it was coded with', { codebookId: builtin.id, codebookVersion: builtin.version }, builtinSoftPower],
    ['the active codebook when its own version is unknown', { codebookId: 'gone', codebookVersion: '7' }, '#222222'],
    ['the active codebook for an example saved before codebooks', {}, '#222222'],
  ])('%s', (_, example, colour) => {
    expect(colours.ofExample(example, 'soft-power')).toBe(colour);
  });

  test('a concept the active codebook lacks takes the built-in one\'s colour; one nobody knows has none', () => {
    const only = { ...v2, concepts: v2.concepts.filter((c) => c.id !== 'digital-diplomacy') };
    const c = codeColours([], only, builtin);
    expect(c.of('digital-diplomacy')).toBe(codeColours([], builtin, builtin).of('digital-diplomacy'));
    expect(c.of('no-such-concept')).toBeUndefined();
  });

  test('the built-in concepts take their category\'s colour', () => {
    expect(builtinSoftPower).toMatch(/^#[0-9a-f]{6}$/);
    expect(Object.values(BUILTIN_COLOURS)).toContain(builtinSoftPower);
  });
});
