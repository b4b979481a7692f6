/**
 * Screenshots for the README (docs/*.png), light and dark, from the built
 * extension in headless Chromium with a few dozen generated examples:
 *   npm run build && npx tsx scripts/docs-screenshots.ts
 */
import { join, resolve } from 'node:path';
import { highlightCentre, launch, putExamples, selectText } from '../tests/e2e/harness.ts';
import { makeRows } from '../bench/library-rows.ts';

const DOCS = resolve(import.meta.dirname, '../docs');
const PRESS = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';
const h = await launch();

// Seed the library with generated examples, as the benchmark does.
const seed = await h.openExtensionPage('library.html');
const rows = makeRows(60).map((r, i) => ({ ...r, id: `doc-${i}`, createdAt: Date.UTC(2025, i % 12, 1 + (i % 27)), functionId: i % 3 ? 'official-positions' : '' }));
await putExamples(seed, rows);
await seed.close();

for (const scheme of ['light', 'dark'] as const) {
  const suffix = scheme === 'dark' ? '-dark' : '';
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(PRESS);
  if (scheme === 'dark') await page.addStyleTag({ content: 'body{background:#15181d;color:#e3e6ea} a{color:#8ab4ff}' });
  await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, hl) => n + hl.size, 0) > 8);
  const box = await highlightCentre(page, 'soft power');
  await page.mouse.move(box!.x, box!.y);
  await page.locator('diplolens-ui').getByRole('dialog').waitFor();
  await page.screenshot({ path: join(DOCS, `hover-card${suffix}.png`) });
  await page.keyboard.press('Escape');
  await selectText(page, 'Digital diplomacy has become an everyday instrument');
  const tabId = await h.tabIdOf(page);
  const popup = await h.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('region', { name: 'Concepts on this page' }).waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: join(DOCS, `popup${suffix}.png`) });

  const lib = await h.context.newPage();
  await lib.emulateMedia({ colorScheme: scheme });
  await lib.setViewportSize({ width: 1280, height: 800 });
  await lib.goto(`chrome-extension://${h.extensionId}/library.html`);
  await lib.getByText(`of ${rows.length} examples`).waitFor();
  await lib.locator('.quote-button').nth(2).click();
  await lib.waitForTimeout(800);
  await lib.screenshot({ path: join(DOCS, `library${suffix}.png`) });
  await Promise.all([page.close(), popup.close(), lib.close()]);
}
await h.close();
console.log(`Screenshots in ${DOCS}`);
