/**
 * Bundled into the page's main world by bench/highlight-cost.ts (never part of
 * the extension): every occurrence DiploLens counts on the page, found with the
 * product's own walk and matcher, with its place on the page, so that the
 * bench can tell which occurrences were on screen at each step of a scroll and
 * whether their range was registered then (coverage). Assumes a page that does
 * not move once loaded (the generated static pages).
 */
import { gatherText, TextBatch } from '../utils/highlight/text-runs';
import { PAGE_WALK } from '../utils/highlight/page-chrome';
import { defaultLexicon, match } from '../utils/lexicon/index';

interface Occurrence {
  key: string;
  top: number;
  bottom: number;
  seen: boolean;
  missed: boolean;
}

const occurrences: Occurrence[] = [];
const ids = new WeakMap<Node, number>();
let maxRegistered = 0;
let samples = 0;

const keyOf = (node: Node, offset: number) => `${ids.get(node) ?? -1}:${offset}`;

function reference(): number {
  const batch = new TextBatch();
  const walk = gatherText(document.body, false, batch, 1, Number.MAX_SAFE_INTEGER, PAGE_WALK);
  while (!walk.next().done) {
    // the whole page in one piece
  }
  const t = batch.take();
  t.nodes.forEach((n, i) => ids.has(n) || ids.set(n, i));
  const hits = match(t.text, defaultLexicon());
  const range = document.createRange();
  let i = 0;
  for (const hit of hits) {
    while (i + 1 < t.nodes.length && t.starts[i + 1]! <= hit.start) i++;
    let j = i;
    while (j + 1 < t.nodes.length && t.starts[j + 1]! < hit.end) j++;
    const so = hit.start - t.starts[i]! + (t.pieceOffsets?.get(i) ?? 0);
    const eo = hit.end - t.starts[j]! + (t.pieceOffsets?.get(j) ?? 0);
    range.setStart(t.nodes[i]!, so);
    range.setEnd(t.nodes[j]!, eo);
    const r = range.getBoundingClientRect();
    if (!r.width && !r.height) continue; // not rendered: never on screen
    occurrences.push({ key: keyOf(t.nodes[i]!, so), top: r.top + scrollY, bottom: r.bottom + scrollY, seen: false, missed: false });
  }
  occurrences.sort((a, b) => a.top - b.top);
  return occurrences.length;
}

/** Keys of the registered ranges, rebuilt only when the registry looks changed (its cost must not grow with it). */
let registered = new Set<string>();
let fingerprint = '';

function registeredKeys(): Set<string> {
  let fp = '';
  let n = 0;
  for (const [name, h] of CSS.highlights) {
    if (name === 'diplolens-current' || name === 'diplolens-found') continue;
    const first = (h as Iterable<AbstractRange>)[Symbol.iterator]().next().value as AbstractRange | undefined;
    fp += `${name}:${h.size}:${first ? keyOf(first.startContainer, first.startOffset) : ''};`;
    n += h.size;
  }
  maxRegistered = Math.max(maxRegistered, n);
  if (fp !== fingerprint || samples % 10 === 0) {
    fingerprint = fp;
    registered = new Set();
    for (const [name, h] of CSS.highlights) {
      if (name === 'diplolens-current' || name === 'diplolens-found') continue;
      for (const r of h as Iterable<AbstractRange>) registered.add(keyOf(r.startContainer, r.startOffset));
    }
  }
  return registered;
}

/** One step of a scroll: which occurrences are wholly on screen, and is each registered now? */
function sample(): void {
  samples++;
  const keys = registeredKeys();
  const top = scrollY;
  const bottom = top + innerHeight;
  let lo = 0;
  let hi = occurrences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occurrences[mid]!.top < top) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < occurrences.length && occurrences[k]!.top < bottom; k++) {
    const o = occurrences[k]!;
    if (o.bottom > bottom) continue;
    o.seen = true;
    if (!keys.has(o.key)) o.missed = true;
  }
}

function coverage() {
  const seen = occurrences.filter((o) => o.seen);
  return { occurrences: occurrences.length, seen: seen.length, covered: seen.filter((o) => !o.missed).length, maxRegistered, samples };
}

function reset(): void {
  for (const o of occurrences) o.seen = o.missed = false;
  maxRegistered = 0;
  samples = 0;
}

Object.assign(window, { __dlReference: reference, __dlSample: sample, __dlCoverage: coverage, __dlResetCoverage: reset });
