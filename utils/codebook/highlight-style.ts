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

export function highlightStyle(cb: Pick<CompiledCodebook, 'colourOf'> & { lexicon: { concepts: readonly { id: string }[] } }, prefix = 'diplolens-'): HighlightStyle {
  const groupOfColour = new Map<string, string>();
  const byConcept = new Map<string, string>();
  for (const c of cb.lexicon.concepts) {
    const colour = normaliseHex(cb.colourOf(c.id)) ?? FALLBACK;
    let group = groupOfColour.get(colour);
    if (!group) groupOfColour.set(colour, (group = `${COLOUR_GROUP_PREFIX}${groupOfColour.size}`));
    byConcept.set(c.id, group);
  }
  const colours = new Map([...groupOfColour].map(([colour, group]) => [group, colour]));
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
  return { groupOf: (id) => byConcept.get(id) ?? `${COLOUR_GROUP_PREFIX}0`, colours, css: rules.join('\n') };
}
