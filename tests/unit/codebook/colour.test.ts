import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkColour,
  contrast,
  DARK_PAGE,
  describeColourCheck,
  hexToRgb,
  LIGHT_PAGE,
  MIN_FILL_CONTRAST,
  nextPaletteColour,
  normaliseHex,
  over,
  PALETTE,
  readableVariant,
} from '../../../utils/codebook/colour';
import { BUILTIN_COLOURS } from '../../../utils/codebook/builtin';

describe('colours of codes', () => {
  test('WCAG contrast: black on white is 21:1, equal colours 1:1', () => {
    expect(contrast(hexToRgb('#000'), hexToRgb('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(hexToRgb('#777777'), hexToRgb('#777777'))).toBe(1);
    expect(contrast(hexToRgb('#767676'), hexToRgb('#ffffff'))).toBeCloseTo(4.54, 2);
  });

  test.each([['#ABC', '#aabbcc'], ['#A1b2C3', '#a1b2c3'], [' #fff ', '#ffffff'], ['red', undefined], ['#abcd', undefined]])('normaliseHex(%j)', (a, b) => {
    expect(normaliseHex(a)).toBe(b);
  });

  test.each([...PALETTE, ...Object.values(BUILTIN_COLOURS)])('%s reads on light and dark pages', (hex) => {
    expect(checkColour(hex).ok).toBe(true);
  });

  test('every built-in category\'s fill as public/highlights.css paints it passes the check it sets', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../public/highlights.css'), 'utf8');
    const fills = [...css.matchAll(/::highlight\(diplolens-(\w+)\) \{ background-color: rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\); \}/g)];
    expect(fills.length).toBe(7);
    for (const [, , r, g, b, a] of fills)
      for (const page of [LIGHT_PAGE, DARK_PAGE]) {
        const bg = hexToRgb(page.background);
        expect(contrast(over([+r!, +g!, +b!], +a!, bg), bg)).toBeGreaterThanOrEqual(MIN_FILL_CONTRAST);
      }
  });

  test('yellow is faint on a light page, near-black on a dark one; each gets a readable variant of its hue', () => {
    const yellow = checkColour('#facc15');
    expect(yellow.light.ok).toBe(false);
    expect(yellow.dark.ok).toBe(true);
    expect(describeColourCheck(yellow)).toMatch(/hardly stands out from light pages \(1\.\d\d:1, needs 1\.3:1\)/);
    expect(checkColour('#111111').dark.ok).toBe(false);
    for (const c of ['#facc15', '#111111', '#7c3aed']) {
      const v = readableVariant(c)!;
      expect(checkColour(v).ok).toBe(true);
    }
  });

  test('new categories take palette colours not used yet', () => {
    expect(nextPaletteColour([])).toBe(PALETTE[0]);
    expect(nextPaletteColour([PALETTE[0]!, PALETTE[1]!.toUpperCase()])).toBe(PALETTE[2]);
  });
});
