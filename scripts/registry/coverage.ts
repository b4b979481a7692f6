/**
 * The generated registry's coverage as Markdown tables (for the README):
 *   npx tsx scripts/registry/coverage.ts
 * Accounts per platform and kind, organisations and websites per kind and
 * subkind, and per country.
 */
import { GENERATED_ACCOUNTS, GENERATED_ORGS, GENERATED_SITES, GENERATED_SOURCE } from '../../seeds/registry/generated/govdirectory.ts';
import { REGISTRY_PLATFORMS } from '../../seeds/registry/platforms.ts';
import { SOCIAL_ACCOUNTS } from '../../seeds/registry/social.ts';

const count = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
const kindOf = (org: number) => GENERATED_ORGS[org]![2];

console.log(`Generated from Wikidata via Govdirectory, retrieved ${GENERATED_SOURCE.retrieved}: ${GENERATED_ORGS.length} organisations, ${GENERATED_ACCOUNTS.length} accounts, ${GENERATED_SITES.length} websites; plus ${SOCIAL_ACCOUNTS.length} hand-written accounts.\n`);
console.log('| platform | accounts | of them mfa | government |\n|---|---|---|---|');
for (const p of REGISTRY_PLATFORMS) {
  const rows = GENERATED_ACCOUNTS.filter((a) => a[1] === p);
  const mfa = rows.filter((a) => kindOf(a[0]) === 'mfa').length;
  console.log(`| ${p} | ${rows.length} | ${mfa} | ${rows.length - mfa} |`);
}
console.log('\n| kind / subkind | organisations | with accounts | websites |\n|---|---|---|---|');
const withAccounts = new Set(GENERATED_ACCOUNTS.map((a) => a[0]));
const sitesBy = count(GENERATED_SITES.map((s) => `${GENERATED_ORGS[s[0]]![2]}/${GENERATED_ORGS[s[0]]![3]}`));
const orgsBy = count(GENERATED_ORGS.map((o) => `${o[2]}/${o[3]}`));
const accBy = count(GENERATED_ORGS.filter((_, i) => withAccounts.has(i)).map((o) => `${o[2]}/${o[3]}`));
for (const [k, n] of [...orgsBy].sort((a, b) => b[1] - a[1])) console.log(`| ${k} | ${n} | ${accBy.get(k) ?? 0} | ${sitesBy.get(k) ?? 0} |`);
console.log('\n| level | organisations |\n|---|---|');
for (const [k, n] of count(GENERATED_ORGS.map((o) => o[5]))) console.log(`| ${k} | ${n} |`);
const byCountry = count(GENERATED_ORGS.map((o) => o[4]));
const accCountry = count(GENERATED_ACCOUNTS.map((a) => GENERATED_ORGS[a[0]]![4]));
const mfaCountry = count(GENERATED_ORGS.filter((o) => o[2] === 'mfa').map((o) => o[4]));
console.log('\n| country | organisations | foreign service (ministry, embassies, missions) | accounts |\n|---|---|---|---|');
for (const [c, n] of [...byCountry].sort((a, b) => b[1] - a[1])) console.log(`| ${c} | ${n} | ${mfaCountry.get(c) ?? 0} | ${accCountry.get(c) ?? 0} |`);
