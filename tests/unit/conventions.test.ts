/**
 * Conventions that keep the structure honest (after refined-github's features test):
 * the pure core never touches the DOM, and every schema version with an upgrade
 * function has an upgrade test.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...filesUnder(rel));
    else if (/\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

const PURE = [
  ...filesUnder('utils/detect'),
  ...filesUnder('utils/lexicon'),
  ...filesUnder('utils/export'),
  ...filesUnder('utils/library'),
  ...filesUnder('utils/codebook'),
  'utils/anchor.ts',
  'utils/sentence.ts',
  'utils/badge.ts',
  ...filesUnder('utils/model'),
  'utils/content/highlight-policy.ts',
];

describe('conventions', () => {
  test.each(PURE)('%s is pure: no document, window or DOM globals', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|navigator|localStorage)\s*[.[]/);
  });

  test('every schema version with an upgrade function has an upgrade test', () => {
    const schema = readFileSync(join(ROOT, 'utils/db/schema.ts'), 'utf8');
    const upgrades = [...schema.matchAll(/this\.version\((\d+)\)[\s\S]*?(?=this\.version\(|\n {2}\})/g)]
      .filter((m) => m[0].includes('.upgrade('))
      .map((m) => Number(m[1]));
    expect(upgrades.length).toBeGreaterThan(0);
    const tests = filesUnder('tests/unit/db').map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    for (const v of upgrades) expect(tests, `an upgrade test for schema v${v - 1} → v${v}`).toContain(`v${v - 1} → v${v}`);
  });

  // Page text is untrusted: no code of ours turns a string into markup. (web-ext lint warns about
  // innerHTML in the built content script and pages: that is Preact's own dangerouslySetInnerHTML
  // path, which only runs when a component passes that prop, and none does.)
  test.each([...filesUnder('components'), ...filesUnder('utils'), ...filesUnder('entrypoints')])(
    '%s turns no string into markup',
    (file) => {
      const code = readFileSync(join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|srcdoc|createContextualFragment|DOMParser)\b|document\.write/);
    },
  );
});
