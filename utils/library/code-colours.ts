/**
 * Colours by code in the extension's own pages (the library's rows and charts, the popup's
 * concept list): each concept in the colour of the codebook an example was coded with
 * (its id and version, as saved), else the active codebook's, else the built-in one's.
 *
 * A codebook colour is made for highlights on web pages (utils/codebook/colour.ts); here it
 * is painted on the pages' own light and dark themes (components/theme.css), so each use
 * is checked against them, as WCAG 2.2 asks:
 *   - a chip is a tint of the colour under the page's text, at most as strong as a page
 *     highlight (FILL_ALPHA), weaker where the text would fall under 4.5:1 (§1.4.3);
 *   - a chip's edge and a chart's bar are the colour itself, darkened (light theme) or
 *     lightened (dark theme) until it is 3:1 against what it sits on (§1.4.11).
 * Pure: codebooks in, colours out.
 */
import { contrast, FILL_ALPHA, hexToRgb, MIN_TEXT_CONTRAST, normaliseHex, over, rgbToHex, type Rgb } from '../codebook/colour';
import { conceptColour, type Codebook } from '../codebook/model';

/** The pages' themes as components/theme.css paints them (a test reads the file to keep these true). */
export const THEMES = {
  light: { bg: '#ffffff', bgSoft: '#f4f6f9', fg: '#111827' },
  dark: { bg: '#111418', bgSoft: '#1b2027', fg: '#e6e9ee' },
} as const;

export type ThemeName = keyof typeof THEMES;

/** Non-text contrast (WCAG 2.2 §1.4.11): a bar or an edge against what it sits on. */
export const MIN_GRAPHIC_CONTRAST = 3;

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/**
 * The colour, mixed towards black on a light background or white on a dark one in small
 * steps, until it is `min`:1 against `bg`: the nearest shade of the same hue that can be seen.
 */
export function solidOn(hex: string, bg: string, min = MIN_GRAPHIC_CONTRAST): string {
  const c = hexToRgb(hex);
  const b = hexToRgb(bg);
  const towards = contrast(b, BLACK) > contrast(b, WHITE) ? BLACK : WHITE;
  for (let k = 0; k <= 1.0001; k += 0.02) {
    const cand = over(towards, k, c);
    if (contrast(cand, b) >= min) return rgbToHex(cand);
  }
  return rgbToHex(towards);
}

/** The strongest tint of the colour (at most FILL_ALPHA) over `bg` under which `fg` reads at 4.5:1. */
export function tintUnder(hex: string, bg: string, fg: string): string {
  const c = hexToRgb(hex);
  const b = hexToRgb(bg);
  const f = hexToRgb(fg);
  for (let a = FILL_ALPHA; a > 0; a -= 0.02) {
    const cand = over(c, a, b);
    if (contrast(f, cand) >= MIN_TEXT_CONTRAST) return rgbToHex(cand);
  }
  return rgbToHex(b);
}

export interface ChipPaint {
  /** Background and edge on the light theme, and on the dark one. */
  light: { fill: string; edge: string };
  dark: { fill: string; edge: string };
}

/** How a chip of this colour is painted on both themes (rows, the popup's concepts). */
export function chipPaint(hex: string): ChipPaint {
  const paint = (t: ThemeName) => ({ fill: tintUnder(hex, THEMES[t].bg, THEMES[t].fg), edge: solidOn(hex, THEMES[t].bg) });
  return { light: paint('light'), dark: paint('dark') };
}

const styles = new Map<string, Record<string, string>>();
/**
 * A chip's colours on both themes as CSS custom properties, for a `chip--coded` chip
 * (components/theme.css picks the pair for the theme shown): computed once per colour, as
 * the library's rows scroll by the thousand.
 */
export function chipStyle(hex: string): Record<string, string> {
  let style = styles.get(hex);
  if (!style) {
    const p = chipPaint(hex);
    style = { '--code-fill-light': p.light.fill, '--code-edge-light': p.light.edge, '--code-fill-dark': p.dark.fill, '--code-edge-dark': p.dark.edge };
    styles.set(hex, style);
  }
  return style;
}

/** A bar's colour on both themes (charts sit on the soft background). */
export function barPaint(hex: string): { light: string; dark: string } {
  return { light: solidOn(hex, THEMES.light.bgSoft), dark: solidOn(hex, THEMES.dark.bgSoft) };
}

export interface CodeColours {
  /** A concept's colour as the example was coded (its codebook version), else the active codebook's, else the built-in one's. */
  ofExample(example: { codebookId?: string; codebookVersion?: string }, conceptId: string): string | undefined;
  /** A concept's colour in the active codebook, else the built-in one's (charts count across examples; the popup shows the page now). */
  of(conceptId: string): string | undefined;
}

const colourMap = (cb: Codebook): Map<string, string> =>
  new Map(cb.concepts.flatMap((c) => {
    const hex = normaliseHex(conceptColour(cb, c));
    return hex ? [[c.id, hex] as [string, string]] : [];
  }));

/**
 * Lookups over the codebooks known to the page: every stored version (`versions`), the
 * active one and the built-in one. A version's map is built the first time it is asked for.
 */
export function codeColours(versions: readonly Codebook[], active: Codebook, builtin: Codebook): CodeColours {
  const byVersion = new Map<string, Codebook>();
  for (const cb of [builtin, ...versions, active]) byVersion.set(`${cb.id}@${cb.version}`, cb);
  const maps = new Map<string, Map<string, string>>();
  const mapOf = (key: string): Map<string, string> | undefined => {
    let m = maps.get(key);
    if (!m) {
      const cb = byVersion.get(key);
      if (!cb) return undefined;
      maps.set(key, (m = colourMap(cb)));
    }
    return m;
  };
  const activeKey = `${active.id}@${active.version}`;
  const builtinKey = `${builtin.id}@${builtin.version}`;
  const of = (id: string) => mapOf(activeKey)?.get(id) ?? mapOf(builtinKey)?.get(id);
  return {
    of,
    ofExample(example, id) {
      const own = example.codebookId && example.codebookVersion ? mapOf(`${example.codebookId}@${example.codebookVersion}`)?.get(id) : undefined;
      return own ?? of(id);
    },
  };
}
