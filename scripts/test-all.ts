/**
 * `npm test`: every test DiploLens has, from a fresh clone.
 *   1. installs Chromium when it is missing (scripts/ensure-browser.ts)
 *   2. builds the extension for Chrome (MV3) and Firefox, and the store zips
 *   3. type-checks
 *   4. unit tests (Vitest: happy-dom, fake-indexeddb, WXT's fake browser)
 *   5. end-to-end tests in real Chromium with the built extension
 *   6. end-to-end tests in real Firefox (firefox-esr over WebDriver BiDi) with the
 *      built Firefox add-on, then a check that they left no browser or profile behind
 *   7. web-ext lint of the Firefox build (zero errors)
 * Prints one closing line `N passed, N failed` over all of them and exits
 * non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium, ensureFirefox } from './ensure-browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const started = Date.now();
// Names this run's Firefox profiles (tests/e2e-firefox/firefox.ts), so the check after the
// Firefox tests finds only what this run left, not another checkout's run on the machine.
process.env.DIPLOLENS_FF_RUN = `${process.pid}x${started.toString(36)}`;
const OUT = join(ROOT, 'test-results');
mkdirSync(OUT, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** A step that is one check (a build, the type-check, the lint). */
function check(label: string, cmd: string, args: string[]): void {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

/** A Vitest suite: counts come from its JSON report. */
function vitest(label: string, config: string | null, report: string): void {
  const file = join(OUT, report);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
  if (config) args.push('--config', config);
  const ok = run(label, 'npx', args);
  if (!existsSync(file)) {
    failed++;
    failures.push(`${label} (no report: the runner did not start)`);
    return;
  }
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    numFailedTestSuites: number;
  };
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numFailedTests) failures.push(`${label}: ${json.numFailedTests} failed`);
  // A suite that fails to load counts as a failure even when no test ran.
  if (!ok && json.numFailedTests === 0) {
    failed += Math.max(1, json.numFailedTestSuites);
    failures.push(`${label}: a test file failed to load`);
  }
  if (json.numTotalTests === 0) {
    failed++;
    failures.push(`${label}: no test ran`);
  }
}

try {
  ensureChromium();
} catch (error) {
  console.error(String(error));
  failed++;
  failures.push('Chromium missing');
}
const firefox = ensureFirefox();
if (!firefox) {
  console.error('firefox-esr is not installed (/usr/bin/firefox-esr, or FIREFOX_PATH): the Firefox end-to-end tests cannot run.');
  failed++;
  failures.push('firefox-esr missing');
}

/** After the Firefox tests: no firefox-esr of this run still running, no profile of it left in the temp dir. */
function firefoxLeftNothing(): void {
  const prefix = `diplolens-ff-${process.env.DIPLOLENS_FF_RUN}-`;
  console.log(`\n━━ Firefox left nothing behind (profiles ${join(tmpdir(), prefix)}*)`);
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const procs = ps.stdout.split('\n').filter((l) => l.includes(prefix));
  const dirs = readdirSync(tmpdir()).filter((n) => n.startsWith(prefix));
  if (procs.length || dirs.length || ps.status !== 0) {
    console.log(`Left behind: ${[...procs, ...dirs].join('; ') || 'ps failed'}`);
    failed++;
    failures.push('Firefox left processes or profiles behind');
  } else passed++;
}

// `wxt zip` builds, then packs: .output/chrome-mv3 and .output/firefox-mv2 plus
// the store zips (the Firefox one with the sources zip addons.mozilla.org asks for).
check('build + zip for Chrome (MV3)', 'npx', ['wxt', 'zip']);
check('build + zip for Firefox (with sources zip)', 'npx', ['wxt', 'zip', '-b', 'firefox']);
check('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);
vitest('unit tests', null, 'unit.json');
vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.ts', 'e2e.json');
if (firefox) {
  vitest('end-to-end tests (Firefox)', 'vitest.e2e-firefox.config.ts', 'e2e-firefox.json');
  firefoxLeftNothing();
}
check('web-ext lint of the Firefox build', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv2',
  '--self-hosted',
  '--warnings-as-errors=false',
]);

console.log('');
const took = Math.round((Date.now() - started) / 1000);
console.log(`Took ${Math.floor(took / 60)} min ${took % 60} s.`);
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
