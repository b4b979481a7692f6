/**
 * Makes the compact Govdirectory snapshot (seeds/registry/govdirectory/*.tsv)
 * from local git mirrors of govdirectory/website (the SPARQL queries) and
 * govdirectory/website-cache (their cached Wikidata results). Run by hand when
 * the snapshot is to be refreshed, then `npm run registry:build`:
 *
 *   npx tsx scripts/registry/make-snapshot.ts --website <git dir> --cache <git dir> [--out seeds/registry/govdirectory]
 *
 * How the cache is keyed (read from the mirror, 2026): a result lives at
 * cache/sparql/<sha256(query path under queries/)>/<sha256(query text)>.json, and
 * for the per-organisation queries the query text is the template with `{{.}}`
 * replaced by the QID. The cache can lag the queries, so for every query every
 * historical version is tried, newest first, and the newest cached one is used.
 *
 * Keeps only what the converter reads: each organisation's QID, country (P17),
 * type (P31) and its label, English label, official website (P856), and its
 * account rows on the platforms DiploLens knows. Organisations with neither an
 * account nor a website are left out (they give the registry nothing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNT_PROPERTIES } from './properties.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

interface Binding { [v: string]: { value: string } | undefined }
interface SparqlResult { results: { bindings: Binding[] } }

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (!v) {
    console.error(`make-snapshot: ${name} <dir> is required`);
    process.exit(2);
  }
  return v;
}

const website = arg('--website');
const cache = arg('--cache');
const out = arg('--out', 'seeds/registry/govdirectory');

const git = (dir: string, ...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** Reads many blobs at once (`git cat-file --batch`); missing ones are absent from the map. */
function readBlobs(dir: string, specs: string[]): Map<string, string> {
  const res = spawnSync('git', ['--git-dir', dir, 'cat-file', '--batch'], { input: specs.join('\n') + '\n', maxBuffer: 1 << 30 });
  if (res.status !== 0) throw new Error(`git cat-file failed: ${res.stderr.toString()}`);
  const buf = res.stdout;
  const found = new Map<string, string>();
  let pos = 0;
  for (const spec of specs) {
    const nl = buf.indexOf(10, pos);
    const header = buf.subarray(pos, nl).toString();
    pos = nl + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    found.set(spec, buf.subarray(pos, pos + size).toString('utf8'));
    pos += size + 1;
  }
  return found;
}

const cacheHead = git(cache, 'log', '-1', '--format=%H %cs').trim();
const websiteHead = git(website, 'log', '-1', '--format=%H %cs').trim();
const cached = new Set(git(cache, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n'));

/** Every version of a query file, newest first. */
function versions(path: string): { commit: string; text: string }[] {
  const commits = git(website, 'log', '--all', '--format=%H', '--', path).split('\n').filter(Boolean);
  const blobs = readBlobs(website, commits.map((c) => `${c}:${path}`));
  return commits.flatMap((c) => {
    const text = blobs.get(`${c}:${path}`);
    return text === undefined ? [] : [{ commit: c, text }];
  });
}

function cachePath(query: string, text: string): string {
  return `cache/sparql/${sha(query)}/${sha(text)}.json`;
}

// 1. Organisations: every generator query's newest cached result.
const generators = [...new Set(git(website, 'log', '--all', '--format=', '--name-only', '--', 'queries/generators').split('\n').filter((p) => p.endsWith('.rq')))].sort();
interface Org { qid: string; country: string; type: string; typeLabel: string; name: string; website: string }
const orgs = new Map<string, Org>();
const used: string[] = [];
for (const path of generators) {
  const name = path.slice('queries/'.length);
  const hit = versions(path).find((v) => cached.has(cachePath(name, v.text)));
  if (!hit) {
    console.error(`no cached result for ${path} (query newer than the cache)`);
    continue;
  }
  used.push(`${name}@${hit.commit.slice(0, 10)}`);
  const json = readBlobs(cache, [`HEAD:${cachePath(name, hit.text)}`]).values().next().value as string;
  for (const b of (JSON.parse(json) as SparqlResult).results.bindings) {
    const qid = b.qid?.value;
    if (!qid || orgs.has(qid)) continue;
    const entity = (v: string | undefined) => (v ?? '').replace('http://www.wikidata.org/entity/', '');
    orgs.set(qid, { qid, country: entity(b.country?.value), type: entity(b.type?.value), typeLabel: b.typeLabel?.value ?? '', name: b.orgLabel?.value ?? qid, website: '' });
  }
}

// 2. Per-organisation queries: the newest template version with cached results.
function perOrg(query: string): { results: Map<string, SparqlResult>; version: string } {
  const name = query;
  const sample = [...orgs.keys()].slice(0, 50);
  for (const v of versions(`queries/${query}`)) {
    const hits = sample.filter((q) => cached.has(cachePath(name, v.text.replaceAll('{{.}}', q)))).length;
    if (hits < sample.length / 2) continue;
    const specs = new Map([...orgs.keys()].map((q) => [`HEAD:${cachePath(name, v.text.replaceAll('{{.}}', q))}`, q]));
    const blobs = readBlobs(cache, [...specs.keys()]);
    const results = new Map<string, SparqlResult>();
    for (const [spec, json] of blobs) results.set(specs.get(spec)!, JSON.parse(json) as SparqlResult);
    return { results, version: `${query}@${v.commit.slice(0, 10)}` };
  }
  throw new Error(`no cached results for ${query}`);
}

const accounts = perOrg('account-data.rq');
const optional = perOrg('organization-optional.rq');
used.push(accounts.version, optional.version);

const accountRows: string[] = [];
for (const [qid, res] of accounts.results) {
  for (const b of res.results.bindings) {
    const property = b.property?.value.replace('http://www.wikidata.org/entity/', '') ?? '';
    const value = b.account?.value ?? '';
    if (property in ACCOUNT_PROPERTIES && value && !/[\t\n]/.test(value)) accountRows.push(`${qid}\t${property}\t${value}`);
  }
}
for (const [qid, res] of optional.results) {
  const site = res.results.bindings[0]?.website?.value;
  const org = orgs.get(qid);
  if (org && site && !/[\t\n]/.test(site)) org.website = site;
}

const withAccounts = new Set(accountRows.map((r) => r.slice(0, r.indexOf('\t'))));
const kept = [...orgs.values()].filter((o) => o.website || withAccounts.has(o.qid)).sort((a, b) => Number(a.qid.slice(1)) - Number(b.qid.slice(1)));
const clean = (s: string) => s.replace(/[\t\n\r]+/g, ' ').trim();
const orgLines = ['qid\tcountry\ttype\ttype_label\tname\twebsite', ...kept.map((o) => [o.qid, o.country, o.type, clean(o.typeLabel), clean(o.name), o.website].join('\t'))];
accountRows.sort((a, b) => Number(a.split('\t')[0]!.slice(1)) - Number(b.split('\t')[0]!.slice(1)) || a.localeCompare(b));

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'orgs.tsv'), orgLines.join('\n') + '\n');
writeFileSync(join(out, 'accounts.tsv'), ['qid\tproperty\taccount', ...accountRows].join('\n') + '\n');
const cacheDate = cacheHead.split(' ')[1]!;
writeFileSync(
  join(out, 'source.json'),
  JSON.stringify(
    {
      source: 'Wikidata, through the Govdirectory project (github.com/govdirectory/website-cache, queries in github.com/govdirectory/website)',
      licence: 'CC0 1.0 (Wikidata data)',
      retrieved: cacheDate,
      cacheCommit: cacheHead.split(' ')[0],
      websiteCommit: websiteHead.split(' ')[0],
      queries: used,
      organisations: { inCache: orgs.size, kept: kept.length },
      accountRows: accountRows.length,
    },
    null,
    2,
  ) + '\n',
);
console.log(`${orgs.size} organisations in the cache, ${kept.length} kept; ${accountRows.length} account rows; retrieved ${cacheDate}`);
