import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ADAPTERS } from '../../../utils/sites';
import { fixtureFiles } from './fixtures';

const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../utils/sites/');

describe('every adapter', () => {
  test.each(ADAPTERS.map((adapter) => [adapter.platform, adapter] as const))('%s has a fixture and at least 2 examples', (platform, adapter) => {
    expect(fixtureFiles(platform).length, `tests/fixtures/sites/${platform}/*.html`).toBeGreaterThan(0);
    expect(adapter.examples.length).toBeGreaterThanOrEqual(2);
    expect(adapter.postSelector.length).toBeGreaterThan(0);
  });

  test('platforms are unique and web is last', () => {
    const platforms = ADAPTERS.map((adapter) => adapter.platform);
    expect(new Set(platforms).size).toBe(platforms.length);
    expect(platforms.at(-1)).toBe('web');
  });
});

describe('adapter sources', () => {
  const files = readdirSync(SITES_DIR).filter((name) => name.endsWith('.ts'));

  // Layout reads are slow on long timelines; innerHTML would let page text become markup;
  // the global document would tie adapters to the top frame instead of the root they are given.
  test.each(files)('%s reads no layout, writes no markup, takes no global document', (name) => {
    const code = readFileSync(`${SITES_DIR}${name}`, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
    for (const banned of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'innerText', 'getBoundingClientRect', 'getComputedStyle', 'offsetWidth', 'offsetHeight', 'clientWidth', 'scrollHeight', 'document.', 'window.', ': any', 'as any']) {
      expect(code.includes(banned), `${name} uses ${banned}`).toBe(false);
    }
  });
});
