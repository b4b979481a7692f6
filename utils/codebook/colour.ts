/**
 * Colours of codes: parsing, and whether a highlight in a colour can be seen on light and
 * on dark pages. A highlight is a translucent fill under the text, nothing else
 * (public/highlights.css: an underline or shadow made Chromium repaint every highlighted
 * text node whenever a page changed), so two things are checked on each kind of page:
 *   - the fill against the page: at least as distinct as the faintest of the built-in
 *     categories' fills in public/highlights.css (1.31:1 for 'risks' on a dark page), so a
 *     researcher's colour is never harder to spot than DiploLens's own;
 *   - the page's text over the fill: at least 4.5:1 (WCAG 2.2 §1.4.3, relative luminance
 *     and contrast ratio as WCAG defines them).
 */

/** The alpha of a highlight's fill (as public/highlights.css paints most categories). */
export const FILL_ALPHA = 0.32;

/** Typical pages: white with near-black text, and a dark theme with light text. */
export const LIGHT_PAGE = { background: '#ffffff', text: '#1f2328' } as const;
export const DARK_PAGE = { background: '#121212', text: '#e6e6e6' } as const;

/** The faintest built-in fill against its page, rounded down (see above). */
export const MIN_FILL_CONTRAST = 1.3;
export const MIN_TEXT_CONTRAST = 4.5;

export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export const isHexColour = (s: string): boolean => HEX.test(s);

/** '#RGB' or '#RRGGBB' → '#rrggbb'; undefined when not a hex colour. */
export function normaliseHex(s: string): string | undefined {
  const t = s.trim();
  if (!HEX.test(t)) return undefined;
  const h = t.slice(1).toLowerCase();
  return h.length === 3 ? `#${h[0]}${h[0]}${h[1]}${h[1]}${h[2]}${h[2]}` : `#${h}`;
}

export function hexToRgb(hex: string): Rgb {
  const h = normaliseHex(hex);
  if (!h) throw new Error(`not a colour: ${hex}`);
  return [Number.parseInt(h.slice(1, 3), 16), Number.parseInt(h.slice(3, 5), 16), Number.parseInt(h.slice(5, 7), 16)];
}

export function rgbToHex([r, g, b]: Rgb): string {
  const x = (v: number) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0');
  return `#${x(r)}${x(g)}${x(b)}`;
}

/** WCAG 2.2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `fg` at `alpha` painted over `bg`. */
export function over(fg: Rgb, alpha: number, bg: Rgb): Rgb {
  return [fg[0] * alpha + bg[0] * (1 - alpha), fg[1] * alpha + bg[1] * (1 - alpha), fg[2] * alpha + bg[2] * (1 - alpha)];
}

export interface PageContrast {
  /** The fill against the page. */
  fill: number;
  /** The page's text over the fill. */
  text: number;
  ok: boolean;
}

export interface ColourCheck {
  light: PageContrast;
  dark: PageContrast;
  ok: boolean;
}

function onPage(colour: Rgb, page: { background: string; text: string }): PageContrast {
  const bg = hexToRgb(page.background);
  const filled = over(colour, FILL_ALPHA, bg);
  const fill = contrast(filled, bg);
  const text = contrast(hexToRgb(page.text), filled);
  return { fill, text, ok: fill >= MIN_FILL_CONTRAST && text >= MIN_TEXT_CONTRAST };
}

/** How a highlight in this colour reads on a light and on a dark page. */
export function checkColour(hex: string): ColourCheck {
  const c = hexToRgb(hex);
  const light = onPage(c, LIGHT_PAGE);
  const dark = onPage(c, DARK_PAGE);
  return { light, dark, ok: light.ok && dark.ok };
}

/** One sentence for the editor: what is wrong with a colour, or '' when nothing is. */
export function describeColourCheck(check: ColourCheck): string {
  const parts: string[] = [];
  const say = (where: string, p: PageContrast) => {
    if (p.fill < MIN_FILL_CONTRAST) parts.push(`it hardly stands out from ${where} pages (${p.fill.toFixed(2)}:1, needs ${MIN_FILL_CONTRAST}:1)`);
    if (p.text < MIN_TEXT_CONTRAST) parts.push(`text over it is hard to read on ${where} pages (${p.text.toFixed(1)}:1, needs ${MIN_TEXT_CONTRAST}:1)`);
  };
  say('light', check.light);
  say('dark', check.dark);
  return parts.length ? `This colour is hard to see: ${parts.join('; ')}.` : '';
}

function rgbToHsl([r, g, b]: Rgb): [number, number, number] {
  const R = r / 255;
  const G = g / 255;
  const B = b / 255;
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb([h, s, l]: [number, number, number]): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [hue(h + 1 / 3) * 255, hue(h) * 255, hue(h - 1 / 3) * 255];
}

/**
 * The colour of the same hue and saturation, nearest in lightness, that reads on both
 * kinds of page; undefined when none does (very pale or very dark greys may have none).
 */
export function readableVariant(hex: string): string | undefined {
  if (checkColour(hex).ok) return normaliseHex(hex);
  const [h, s, l] = rgbToHsl(hexToRgb(hex));
  for (let step = 1; step <= 100; step++) {
    for (const sign of [-1, 1]) {
      const l2 = l + (sign * step) / 200;
      if (l2 < 0 || l2 > 1) continue;
      const cand = rgbToHex(hslToRgb([h, s, l2]));
      if (checkColour(cand).ok) return cand;
    }
  }
  return undefined;
}

/**
 * Colours for new categories and concepts, each readable on light and dark pages
 * (tests/unit/codebook/colour.test.ts checks every one): Tailwind's 600 shades, moved
 * in lightness by `readableVariant` where one kind of page needed it.
 */
export const PALETTE: readonly string[] = [
  '#874aee', '#c86d06', '#0284c7', '#059669', '#dc2626', '#5b920c', '#db2777', '#645ce8',
  '#0d9488', '#e8570c', '#993feb', '#2a66eb', '#ae7703', '#e11d48', '#149845', '#c026d3',
];

/** A palette colour not yet in `used`, or the least used one. */
export function nextPaletteColour(used: readonly string[]): string {
  const count = new Map(PALETTE.map((c) => [c, 0]));
  for (const u of used) {
    const n = normaliseHex(u);
    if (n && count.has(n)) count.set(n, count.get(n)! + 1);
  }
  let best = PALETTE[0]!;
  for (const c of PALETTE) if (count.get(c)! < count.get(best)!) best = c;
  return best;
}
