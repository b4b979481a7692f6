/**
 * Writes tests/fixtures/urls/snapshot-social.tsv: account URLs drawn from the
 * Govdirectory snapshot (seeded sample, every platform), written as each Wikidata
 * property's formatter URL gives them, labelled with the kind and country the
 * converter gives their body; and negatives: the accounts of bodies the converter
 * drops as not government (state companies, funds, universities). Same columns
 * as labelled.tsv. Run by hand after `npm run registry:build`:
 *   npx tsx scripts/registry/make-social-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED_ORGS } from '../../seeds/registry/generated/govdirectory.ts';
import type { RegistryPlatform } from '../../seeds/registry/platforms.ts';
import { ORG_TYPES } from './org-types.ts';
import { ACCOUNT_PROPERTIES } from './properties.ts';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const FORMAT: Record<RegistryPlatform, (v: string) => string> = {
  x: (v) => `https://x.com/${v}`,
  facebook: (v) => `https://www.facebook.com/${v}`,
  instagram: (v) => `https://www.instagram.com/${v}/`,
  youtube: (v) => `https://www.youtube.com/channel/${v}`,
  telegram: (v) => `https://t.me/${v}`,
  threads: (v) => `https://www.threads.net/@${v}`,
  rutube: (v) => `https://rutube.ru/channel/${v}/`,
  whatsapp: (v) => `https://whatsapp.com/channel/${v}`,
  github: (v) => `https://github.com/${v}`,
  linkedin: (v) => `https://www.linkedin.com/company/${v}`,
  tiktok: (v) => `https://www.tiktok.com/@${v}`,
  bluesky: (v) => `https://bsky.app/profile/${v}`,
  vk: (v) => `https://vk.com/${v}`,
  ok: (v) => `https://ok.ru/${v}`,
};

let seed = 20260102;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const orgs = new Map(GENERATED_ORGS.map((o) => [o[0], o]));
const types = new Map(readFileSync(root('seeds/registry/govdirectory/orgs.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')).map((f) => [f[0]!, f]));
const rows = readFileSync(root('seeds/registry/govdirectory/accounts.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t') as [string, string, string]);
const byPlatform = new Map<RegistryPlatform, [string, string, string][]>();
for (const r of rows) {
  const p = ACCOUNT_PROPERTIES[r[1]];
  if (p && orgs.has(r[0])) byPlatform.set(p, [...(byPlatform.get(p) ?? []), r]);
}
const out = ['url\ttitle\tkind\tsubkind\tcountry\tnote'];
for (const [platform, list] of byPlatform) {
  // Up to 60 per platform, every row of the small ones.
  const picked = list.length <= 60 ? list : list.filter(() => random() < 60 / list.length);
  for (const [qid, property, value] of picked) {
    const o = orgs.get(qid)!;
    if (/[\t\s]/.test(value) || /bot$/i.test(value)) continue;
    out.push([FORMAT[platform](value), '', o[2], o[3], o[4], `${platform} ${qid} ${property}`].join('\t'));
  }
}
for (const [qid, property, value] of rows) {
  const t = types.get(qid);
  const p = ACCOUNT_PROPERTIES[property];
  if (!t || !p || ORG_TYPES[t[2]!] !== 'drop' || /\s/.test(value)) continue;
  out.push([FORMAT[p](value), '', 'none', 'none', '', `negative: ${t[3]} ${qid} (${t[4]})`].join('\t'));
}
writeFileSync(root('tests/fixtures/urls/snapshot-social.tsv'), out.join('\n') + '\n');
console.log(`${out.length - 1} rows`);
