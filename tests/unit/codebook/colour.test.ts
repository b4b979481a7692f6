import { describe, expect, test } from 'vitest';
import { checkColour, contrast, describeColourCheck, hexToRgb, nextPaletteColour, normaliseHex, PALETTE, readableVariant } from '../../../utils/codebook/colour';
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

  test('yellow is faint on a light page, near-black on a dark one; each gets a readable variant of its hue', () => {
    const yellow = checkColour('#facc15');
    expect(yellow.light.ok).toBe(false);
    expect(yellow.dark.ok).toBe(true);
    expect(describeColourCheck(yellow)).toMatch(/underline is faint on light pages \(1\.\d:1, needs 3:1\)/);
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
