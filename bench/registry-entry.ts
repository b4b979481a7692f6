/** What bench/registry.ts bundles (as the extension's build would) and runs in fresh processes. */
import { GENERATED_ACCOUNTS, GENERATED_ORGS, GENERATED_SITES } from '../seeds/registry/generated/govdirectory.ts';
import { accountIndexSize, buildAccountIndex, lookupAccount } from '../utils/detect/account-registry.ts';
import { ensureIndex, lookupHost } from '../utils/detect/registry-index.ts';
import { detectSource } from '../utils/detect/index.ts';

export interface Sample {
  importMs: number;
  buildMs: number;
  accountLookupsPerSec: number;
  hostLookupsPerSec: number;
  detectPerSec: number;
  heapMb: number;
  accounts: number;
  sites: number;
  orgs: number;
}

/** Runs in a fresh process right after importing the bundle; t0 and heap0 were taken before the import. */
export function runChild(t0: number, heap0: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const gen = { GENERATED_ACCOUNTS, GENERATED_ORGS, GENERATED_SITES };
  const accountsMod = { buildAccountIndex, lookupAccount, accountIndexSize };
  const hosts = { ensureIndex, lookupHost };
  const t1 = performance.now();
  accountsMod.buildAccountIndex();
  hosts.ensureIndex();
  const t2 = performance.now();
  gc?.();
  const heap1 = process.memoryUsage().heapUsed;

  const acc = gen.GENERATED_ACCOUNTS;
  const probes: [string, string][] = [];
  for (let i = 0; i < 20000; i++) {
    const a = acc[(i * 7919) % acc.length]!;
    probes.push(i % 2 ? [a[1], a[2]] : [a[1], `${a[2]}_x${i}`]);
  }
  let n = 0;
  let hits = 0;
  const t3 = performance.now();
  while (performance.now() - t3 < 300) {
    for (const [p, h] of probes) if (accountsMod.lookupAccount(p as 'x', h)) hits++;
    n += probes.length;
  }
  const accountRate = n / ((performance.now() - t3) / 1000);

  const sites = gen.GENERATED_SITES;
  const hostProbes: [string, string[]][] = [];
  for (let i = 0; i < 20000; i++) {
    const s = sites[(i * 104729) % sites.length]!;
    hostProbes.push(i % 2 ? [`www.${s[1]}`, [...s[2].split('/').filter(Boolean), 'news']] : [`www.example-${i}.com`, ['news']]);
  }
  n = 0;
  const t4 = performance.now();
  while (performance.now() - t4 < 300) {
    for (const [h, segs] of hostProbes) if (hosts.lookupHost(h, segs)) hits++;
    n += hostProbes.length;
  }
  const hostRate = n / ((performance.now() - t4) / 1000);

  const urls = probes.slice(0, 2000).map(([p, h], i) => (p === 'x' ? `https://x.com/${h}/status/1` : i % 3 ? `https://www.${sites[i % sites.length]![1]}/a/b` : `https://example-${i}.org/`));
  n = 0;
  const t5 = performance.now();
  while (performance.now() - t5 < 300) {
    for (const u of urls) if (detectSource(u).kind !== 'none') hits++;
    n += urls.length;
  }
  const detectRate = n / ((performance.now() - t5) / 1000);
  const s: Sample = {
    importMs: t1 - t0,
    buildMs: t2 - t1,
    accountLookupsPerSec: accountRate,
    hostLookupsPerSec: hostRate,
    detectPerSec: detectRate,
    heapMb: (heap1 - heap0) / 1e6,
    accounts: accountsMod.accountIndexSize(),
    sites: sites.length,
    orgs: gen.GENERATED_ORGS.length,
  };
  if (hits < 0) console.error('unreachable');
  process.stdout.write(JSON.stringify(s));
}

