/**
 * Colours by code on the page: one Highlight name per colour the codebook uses
 * ('diplolens-k0', 'diplolens-k1', …), so the highlighter, which groups ranges by the name
 * `categoryOf` gives a concept (utils/highlight/highlighter.ts), paints each concept in its
 * own colour without knowing about codebooks; and the style sheet for those names, painted
 * as public/highlights.css paints the built-in categories: a translucent fill in the
 * colour (no underline: see that file), the system's Mark colours in forced-colours mode.
 *
 * Few names, not one per concept: each Highlight is one entry in the page's registry, and
 * every change to the registry costs the browser a style pass (README, Highlighting).
 */
import { FILL_ALPHA, hexToRgb, normaliseHex } from './colour';
import type { CompiledCodebook } from './compile';

export const COLOUR_GROUP_PREFIX = 'k';

export interface HighlightStyle {
  /** The group (Highlight name without 'diplolens-') a concept is painted in. */
  groupOf(conceptId: string): string;
  /** Group → colour. */
  colours: ReadonlyMap<string, string>;
  /** The style sheet's text for every group. */
  css: string;
}

const FALLBACK = '#6b7280';

export interface HighlightStyleOptions {
  /** Begins every group's name (default 'k'): pages give each codebook version its own, so a stale sheet never colours another's names. */
  groupPrefix?: string;
  /**
   * One group per category and colour, not per colour alone: a page's hover card names the
   * category of a highlight from its group (two categories of one colour are two groups).
   */
  byCategory?: boolean;
}

export function highlightStyle(
  cb: Pick<CompiledCodebook, 'colourOf'> & Partial<Pick<CompiledCodebook, 'categoryOf'>> & { lexicon: { concepts: readonly { id: string }[] } },
  prefix = 'diplolens-',
  options: HighlightStyleOptions = {},
): HighlightStyle {
  const groupPrefix = options.groupPrefix ?? COLOUR_GROUP_PREFIX;
  const groupOfKey = new Map<string, string>();
  const colours = new Map<string, string>();
  const byConcept = new Map<string, string>();
  for (const c of cb.lexicon.concepts) {
    const colour = normaliseHex(cb.colourOf(c.id)) ?? FALLBACK;
    const key = options.byCategory ? `${cb.categoryOf?.(c.id) ?? ''}\u0000${colour}` : colour;
    let group = groupOfKey.get(key);
    if (!group) {
      groupOfKey.set(key, (group = `${groupPrefix}${groupOfKey.size}`));
      colours.set(group, colour);
    }
    byConcept.set(c.id, group);
  }
  const rules: string[] = [];
  for (const [group, colour] of colours) {
    const [r, g, b] = hexToRgb(colour);
    rules.push(
      `::highlight(${prefix}${group}) { background-color: rgb(${r} ${g} ${b} / ${FILL_ALPHA}); }`,
    );
  }
  if (colours.size)
    rules.push(
      `@media (forced-colors: active) { ${[...colours.keys()].map((g) => `::highlight(${prefix}${g})`).join(', ')} { background-color: Mark; color: MarkText; } }`,
    );
  // A concept the codebook lacks (an old hit) takes the first group's colour.
  return { groupOf: (id) => byConcept.get(id) ?? `${groupPrefix}0`, colours, css: rules.join('\n') };
}
