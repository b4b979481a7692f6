/**
 * mark.js packed as an extension, so it is measured as DiploLens is: a content
 * script in the isolated world at document_idle. It marks every lexicon term in
 * its fastest use, `markRegExp` with one combined RegExp (all ~770 terms), once.
 * It wraps each hit in a <mark> element (which DiploLens never does) and does
 * not follow later changes of the page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TERMS } from './pages.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function markJsPattern(): string {
  const terms = [...new Set(Object.values(TERMS).flat())].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`;
}

/** Writes the extension to a temporary folder and returns it. */
export function markJsExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dl-bench-markjs-'));
  const require = createRequire(import.meta.url);
  writeFileSync(join(dir, 'mark.min.js'), readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8'));
  writeFileSync(
    join(dir, 'run.js'),
    `new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(markJsPattern())}, 'giu'), { acrossElements: false });\n`,
  );
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'mark.js baseline',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*'], js: ['mark.min.js', 'run.js'], run_at: 'document_idle' }],
    }),
  );
  return dir;
}
