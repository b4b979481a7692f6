/** Loads a saved-page fixture from tests/fixtures/sites as a parsed Document (needs a DOM environment). */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// path.join, not new URL(…, import.meta.url): under happy-dom the global URL is the DOM's.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/sites');

export function fixtureFiles(platform: string): string[] {
  try {
    return readdirSync(join(FIXTURES_DIR, platform)).filter((name) => name.endsWith('.html'));
  } catch {
    return [];
  }
}

export function loadFixture(platform: string, name: string): Document {
  const html = readFileSync(join(FIXTURES_DIR, platform, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
