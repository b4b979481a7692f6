/**
 * `npm test`: every test DiploLens has, from a fresh clone.
 *   1. installs Chromium when it is missing (scripts/ensure-browser.ts)
 *   2. builds the extension for Chrome (MV3) and Firefox, and the store zips
 *   3. type-checks
 *   4. unit tests (Vitest: happy-dom, fake-indexeddb, WXT's fake browser)
 *   5. end-to-end tests in real Chromium with the built extension
 *   6. web-ext lint of the Firefox build (zero errors)
 * Prints one closing line `N passed, N failed` over all of them and exits
 * non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChromium } from './ensure-browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
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

// `wxt zip` builds, then packs: .output/chrome-mv3 and .output/firefox-mv2 plus
// the store zips (the Firefox one with the sources zip addons.mozilla.org asks for).
check('build + zip for Chrome (MV3)', 'npx', ['wxt', 'zip']);
check('build + zip for Firefox (with sources zip)', 'npx', ['wxt', 'zip', '-b', 'firefox']);
check('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);
vitest('unit tests', null, 'unit.json');
vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.ts', 'e2e.json');
check('web-ext lint of the Firefox build', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv2',
  '--self-hosted',
  '--warnings-as-errors=false',
]);

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
