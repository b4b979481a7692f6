/**
 * Tags as a vocabulary: the list of tags with how many examples carry each, and changes
 * across the whole collection (rename, merge several into one, delete), planned here as
 * per-example patches so the database applies them in one transaction and Undo puts back
 * exactly what was there. Pure: examples in, patches out.
 */
import { cleanTag, tagKey } from '../model/draft';

export { cleanTag, tagKey };

export interface Tagged {
  id: string;
  tags: readonly string[];
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Every tag with its count, most used first, then alphabetically (letter case aside). */
export function tagCounts(rows: Iterable<Tagged>): TagCount[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const t of new Set(r.tags)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base' }) || (a.tag < b.tag ? -1 : 1));
}

/** Tags that differ only in letter case or spaces (tagKey, the one the save path dedupes by): candidates to merge, the most used spelling first. */
export function similarTags(counts: readonly TagCount[]): TagCount[][] {
  const groups = new Map<string, TagCount[]>();
  for (const c of counts) {
    const key = tagKey(c.tag);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

export type TagChange =
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'merge'; from: readonly string[]; to: string }
  | { kind: 'delete'; tag: string };

export interface TagPatch {
  id: string;
  before: string[];
  after: string[];
}

/** Why a change cannot be made, as a code the page says in its language (tags.problem.<code>). */
export type TagProblem = 'empty' | 'tooLong' | 'control' | 'same' | 'noneChosen';

export type TagPlan = { ok: true; to?: string; patches: TagPatch[] } | { ok: false; problem: TagProblem; error: string };

/** Why a new tag name cannot be used, or undefined. */
export function checkTagName(name: string, maxChars: number): { problem: TagProblem; error: string } | undefined {
  // Control characters first: the save path would fold a line break into a space, but a name typed here is shown back as typed.
  if (/[\u0000-\u001f\u007f]/.test(name.trim())) return { problem: 'control', error: 'A tag cannot contain a line break or a control character.' };
  const clean = cleanTag(name);
  if (!clean) return { problem: 'empty', error: 'A tag cannot be empty.' };
  if (clean.length > maxChars) return { problem: 'tooLong', error: `A tag can have at most ${maxChars.toLocaleString('en')} characters.` };
  return undefined;
}

/**
 * The patches that make a change: only the examples it changes, each tag list keeping
 * its order, the new tag where the first old one was, never twice. The new name is
 * cleaned as the save path cleans tags (NFC, spaces folded: cleanTag), and it replaces
 * any spelling of itself the example had ('Press' renamed onto 'press' leaves one tag,
 * spelled as chosen), as a save would have kept only one.
 */
export function planTagChange(rows: Iterable<Tagged>, change: TagChange, opts: { maxTagChars: number }): TagPlan {
  const from = new Set(change.kind === 'rename' ? [change.from] : change.kind === 'merge' ? change.from : [change.tag]);
  let to: string | undefined;
  if (change.kind !== 'delete') {
    const bad = checkTagName(change.to, opts.maxTagChars);
    if (bad) return { ok: false, ...bad };
    to = cleanTag(change.to);
    if (change.kind === 'rename' && to === change.from) return { ok: false, problem: 'same', error: "The new name is the tag's name already." };
  }
  if (change.kind === 'merge' && change.from.length < 1) return { ok: false, problem: 'noneChosen', error: 'Choose the tags to merge.' };
  const toKey = to === undefined ? undefined : tagKey(to);
  const patches: TagPatch[] = [];
  for (const r of rows) {
    if (!r.tags.some((t) => from.has(t))) continue;
    const after: string[] = [];
    for (const t of r.tags) {
      const next = from.has(t) || (toKey !== undefined && tagKey(t) === toKey) ? to : t;
      if (next !== undefined && !after.includes(next)) after.push(next);
    }
    // Merging 'a' and 'b' into 'a' leaves an example that had only 'a' as it was: no write, no new modified time.
    if (after.length !== r.tags.length || after.some((t, i) => t !== r.tags[i])) patches.push({ id: r.id, before: [...r.tags], after });
  }
  return { ok: true, ...(to !== undefined && { to }), patches };
}

/** The patches that undo `patches` (each example gets back the tags it had). */
export const undoPatches = (patches: readonly TagPatch[]): TagPatch[] => patches.map((p) => ({ id: p.id, before: p.after, after: p.before }));

/**
 * Whether a patch still applies: the example's tags are what the plan saw. An example
 * edited since (in another tab, say) is left as it is, so Undo never overwrites newer work.
 */
export const stillApplies = (current: readonly string[], patch: TagPatch): boolean =>
  current.length === patch.before.length && current.every((t, i) => t === patch.before[i]);
