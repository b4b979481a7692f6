/**
 * Finds cue phrases ("Ministry of Foreign Affairs", "Посольство", "大使馆" …) and
 * country names in short page texts. Phrases are indexed once into Maps keyed by
 * their folded form; a text is matched by looking up its word n-grams (and, for
 * Chinese/Japanese/Korean runs, character n-grams), never by scanning the lists.
 */
import { COUNTRIES } from '../../seeds/countries.ts';
import { COUNTRY_NAMES, CUES, type CueCategory } from '../../seeds/registry/cues.ts';
import { fold, foldKeepCase, hasCjk, isAcronym, phraseKey, tokens } from './normalize.ts';

interface CueEntry {
  phrase: string;
  category: CueCategory;
  lang: string;
}
interface NameEntry {
  code: string;
  acronym: boolean;
}

const MAX_WORDS = 8;
const cueIndex = new Map<string, CueEntry>();
const nameIndex = new Map<string, NameEntry>();

let indexed = false;

/** Builds the cue and country-name indexes on first use, not at module load (see registry-index.ts). */
function ensureIndexes(): void {
  if (indexed) return;
  indexed = true;
  for (const [phrase, category, lang] of CUES) cueIndex.set(phraseKey(phrase), { phrase, category, lang });
  for (const [code, [name]] of Object.entries(COUNTRIES)) nameIndex.set(phraseKey(name), { code, acronym: false });
  for (const [name, code] of COUNTRY_NAMES) {
    const key = phraseKey(name);
    if (!nameIndex.has(key)) nameIndex.set(key, { code, acronym: isAcronym(name) });
  }
}

/** Which text a cue was read from. */
export type CueField = 'title' | 'siteName' | 'headerText' | 'authorName' | 'authorBio' | 'governmentLabel';

export interface CueHit {
  phrase: string;
  category: CueCategory;
  lang: string;
  field: CueField;
  /** The cue starts or ends a short segment of the text, i.e. it names the page/site rather than mentions it. */
  defining: boolean;
  /** First country named in the same segment, if any. */
  country: string | null;
  segment: string;
}

const SEPARATORS = /\s+[|–—:·•»«-]\s+|\s*[|•·»«]\s*|:\s+|\n/;
const MAX_SEGMENT_WORDS = 14;

interface Span {
  start: number;
  end: number;
}

/** Longest-first n-gram matches over tokens, left to right, non-overlapping. */
function scan<T>(lower: string[], raw: string[], index: Map<string, T>, accept: (v: T, rawPhrase: string[]) => boolean): (Span & { value: T })[] {
  const out: (Span & { value: T })[] = [];
  let i = 0;
  while (i < lower.length) {
    let matched = false;
    for (let n = Math.min(MAX_WORDS, lower.length - i); n >= 1; n--) {
      const v = index.get(lower.slice(i, i + n).join(' '));
      if (v !== undefined && accept(v, raw.slice(i, i + n))) {
        out.push({ start: i, end: i + n, value: v });
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return out;
}

/** Character n-grams of CJK tokens, looked up in an index. */
function scanCjk<T>(text: string, index: Map<string, T>): { pos: number; len: number; value: T }[] {
  const out: { pos: number; len: number; value: T }[] = [];
  const chars = [...fold(text)];
  let i = 0;
  while (i < chars.length) {
    let hit = false;
    for (let n = Math.min(12, chars.length - i); n >= 2; n--) {
      const v = index.get(chars.slice(i, i + n).join(''));
      if (v !== undefined) {
        out.push({ pos: i, len: n, value: v });
        i += n;
        hit = true;
        break;
      }
    }
    if (!hit) i++;
  }
  return out;
}

function acceptName(v: NameEntry, raw: string[]): boolean {
  return !v.acronym || raw.every((t) => t === t.toUpperCase());
}

/** The first country named in a text, or null. */
export function firstCountry(text: string): string | null {
  ensureIndexes();
  const raw = tokens(foldKeepCase(text));
  const lower = raw.map((t) => t.toLowerCase());
  const hits = scan(lower, raw, nameIndex, acceptName);
  const first = hits[0]?.value.code ?? null;
  if (hasCjk(text)) {
    const cjk = scanCjk(text, nameIndex)[0]?.value.code;
    if (cjk && !first) return cjk;
  }
  return first;
}

/** Cue phrases in one field's text, most specific first. */
export function findCues(text: string | undefined, field: CueField): CueHit[] {
  ensureIndexes();
  if (!text) return [];
  const clipped = text.slice(0, 400);
  const hits: CueHit[] = [];
  for (const segment of clipped.split(SEPARATORS)) {
    const seg = segment.trim();
    if (!seg) continue;
    const raw = tokens(foldKeepCase(seg));
    const lower = raw.map((t) => t.toLowerCase());
    const short = lower.length <= MAX_SEGMENT_WORDS;
    const country = firstCountry(seg);
    for (const m of scan(lower, raw, cueIndex, () => true)) {
      hits.push({
        phrase: m.value.phrase,
        category: m.value.category,
        lang: m.value.lang,
        field,
        defining: short && (m.start === 0 || m.end === lower.length || m.end >= lower.length - 1 || m.start <= 1),
        country,
        segment: seg,
      });
    }
    if (hasCjk(seg)) {
      const chars = [...fold(seg)].length;
      for (const m of scanCjk(seg, cueIndex)) {
        hits.push({
          phrase: m.value.phrase,
          category: m.value.category,
          lang: m.value.lang,
          field,
          defining: chars <= 40 && (m.pos + m.len === chars || m.pos === 0),
          country,
          segment: seg,
        });
      }
    }
  }
  return hits.sort((a, b) => RANK[a.category] - RANK[b.category]);
}

const RANK: Record<CueCategory, number> = {
  mfa: 0,
  mission: 1,
  consulate: 2,
  embassy: 3,
  'head-of-state': 4,
  parliament: 5,
  government: 6,
};

/** Country code for a single handle token ("uzbekistan", "kz", "rus"); used by social heuristics. */
export function countryOfName(name: string): string | null {
  ensureIndexes();
  return nameIndex.get(phraseKey(name))?.code ?? null;
}
