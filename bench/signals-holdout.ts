/**
 * Recall and precision of the signals-only path, measured honestly:
 *   npx tsx bench/signals-holdout.ts [--seed 13]
 * A random fifth of the generated registry's organisations (seeded, by organisation)
 * is hidden: their accounts are not looked up and their websites are left out of the
 * website registry. Each hidden organisation's accounts on X, Facebook, Instagram,
 * YouTube and Telegram get a synthesised profile page: the handle, the organisation's
 * name as the profile name and, where Wikidata has one, its website as the profile's
 * link; no badge (we cannot know which accounts have one; a third line shows X accounts
 * as if X labelled them all). The signals path
 * (utils/detect/signals.ts) judges them as the detector would with no registry entry.
 * Negatives: for the same organisations, look-alike profiles (parody, fan page, a
 * journalist linking to the body's site, a hotel of the same name), which must not be
 * counted as official.
 * Counted official = tier high or probable. Correct = kind (mfa/government) and country
 * as the hidden entry says; precision = correct / counted on the hidden bodies' own
 * profiles, and the look-alikes' false positives are reported beside it.
 */
import { countryName } from '../seeds/countries.ts';
import { GENERATED_ACCOUNTS, GENERATED_ORGS, GENERATED_SITES } from '../seeds/registry/generated/govdirectory.ts';
import { lookupHost, type HostRule } from '../utils/detect/registry-index.ts';
import { guessFromHandle } from '../utils/detect/social-handles.ts';
import { judgeSignals } from '../utils/detect/signals.ts';
import type { Detection, PageSignals, Platform } from '../utils/detect/types.ts';

const seedArg = process.argv.indexOf('--seed');
let seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : 13;
/** mulberry32: a small seeded generator, so the hidden fifth is the same on every run. */
function random(): number {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const PLATFORMS: Platform[] = ['x', 'facebook', 'instagram', 'youtube', 'telegram'];
const NAMES: Record<string, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram', youtube: 'YouTube', telegram: 'Telegram' };

const withAccounts = [...new Set(GENERATED_ACCOUNTS.filter((a) => PLATFORMS.includes(a[1] as Platform)).map((a) => a[0]))];
const hidden = new Set(withAccounts.filter(() => random() < 0.2));
const hiddenQids = new Set([...hidden].map((i) => GENERATED_ORGS[i]![0]));
const skip = (r: HostRule) => r.origin === 'wikidata' && !!r.wikidata && hiddenQids.has(r.wikidata.qid);
const lookup = (host: string, segs: readonly string[]) => lookupHost(host, segs, skip);
const website = new Map<number, string>();
for (const [org, host, path] of GENERATED_SITES) if (!website.has(org)) website.set(org, `https://${host}${path}/`);

function judge(platform: Platform, handle: string, signals: PageSignals): Detection | null {
  return judgeSignals({ platform, where: NAMES[platform]!, handle, guess: guessFromHandle(handle) }, { authorHandle: handle, ...signals }, lookup);
}
const counted = (d: Detection | null) => !!d && d.kind !== 'none' && (d.tier === 'high' || d.tier === 'probable');

interface Tally { n: number; counted: number; correct: number; wrongKind: number; wrongCountry: number; possible: number }
const tally = (): Tally => ({ n: 0, counted: 0, correct: 0, wrongKind: 0, wrongCountry: 0, possible: 0 });
const scenarios = { 'name + website link': tally(), 'name only': tally(), "name + link + X's government label (X accounts only)": tally() };
const byKind = { mfa: tally(), government: tally() };
let negatives = 0;
let falsePositives = 0;
const fpExamples: string[] = [];

for (const [org, platform, handle] of GENERATED_ACCOUNTS) {
  if (!hidden.has(org) || !PLATFORMS.includes(platform as Platform)) continue;
  const p = platform as Platform;
  const [, name, kind, , country] = GENERATED_ORGS[org]!;
  const site = website.get(org);
  // X's affiliation label names the country: "Finland government organization".
  const grey = `${countryName(country)} government organization`;
  for (const [label, signals] of [
    ['name + website link', { authorName: name, authorLinks: site ? [site] : [] }],
    ['name only', { authorName: name }],
    ...(p === 'x' ? ([["name + link + X's government label (X accounts only)", { authorName: name, authorLinks: site ? [site] : [], governmentLabel: grey, authorBadge: 'government' }]] as const) : []),
  ] as const) {
    const t = scenarios[label];
    const d = judge(p, handle, signals);
    t.n++;
    if (d?.tier === 'possible') t.possible++;
    if (!counted(d)) continue;
    t.counted++;
    if (d!.kind !== kind) t.wrongKind++;
    else if (d!.country !== country) t.wrongCountry++;
    else t.correct++;
    if (label === 'name + website link') {
      const k = byKind[kind];
      k.n++;
      k.counted++;
      if (d!.kind === kind && d!.country === country) k.correct++;
    }
  }
  // Look-alikes of the same body.
  for (const signals of [
    { authorName: `${name} (parody)`, authorBio: 'Parody account', authorLinks: site ? [site] : [] },
    { authorName: `Fans of ${name}`, authorBio: `Fan page of the ${name}` },
    { authorName: 'Jane Doe', authorBio: `Journalist. I write about the ${name}.`, authorLinks: site ? [site] : [] },
    { authorName: `${name} Hotel`, authorBio: 'Hotel and restaurant, book now' },
  ]) {
    negatives++;
    const d = judge(p, `${handle}_alike`, signals);
    if (counted(d)) {
      falsePositives++;
      if (fpExamples.length < 5) fpExamples.push(`${signals.authorName} → ${d!.kind}/${d!.country} (${d!.tier})`);
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`Hidden: ${hidden.size} of ${withAccounts.length} organisations with accounts (seed ${seedArg >= 0 ? process.argv[seedArg + 1] : 13}).\n`);
console.log('| synthesised profile | accounts | counted official (recall) | correct kind and country | precision | shown as possible |\n|---|---|---|---|---|---|');
for (const [label, t] of Object.entries(scenarios)) {
  console.log(`| ${label} | ${t.n} | ${t.counted} (${pct(t.counted, t.n)}) | ${t.correct} (${pct(t.correct, t.n)}) | ${pct(t.correct, t.counted)} | ${t.possible} |`);
}
const all = scenarios['name + website link'];
console.log(`\nOf the counted ones (name + link): wrong kind ${all.wrongKind}, wrong country ${all.wrongCountry}.`);
console.log(`Look-alike profiles: ${negatives}, counted official: ${falsePositives} (${pct(falsePositives, negatives)})${fpExamples.length ? `, e.g. ${fpExamples.join('; ')}` : ''}.`);
console.log(`Recall by kind (name + link, correct): mfa ${pct(byKind.mfa.correct, GENERATED_ACCOUNTS.filter((a) => hidden.has(a[0]) && PLATFORMS.includes(a[1] as Platform) && GENERATED_ORGS[a[0]]![2] === 'mfa').length)}, government ${pct(byKind.government.correct, GENERATED_ACCOUNTS.filter((a) => hidden.has(a[0]) && PLATFORMS.includes(a[1] as Platform) && GENERATED_ORGS[a[0]]![2] === 'government').length)}.`);
