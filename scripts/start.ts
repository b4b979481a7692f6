/**
 * `npm start`: builds DiploLens and opens Chromium with the extension loaded on
 * a demo page (a saved foreign-ministry press release, served locally under its
 * real hostname), its library seeded with 60 generated examples so there is something to
 * search, filter and chart. With no display (a server, CI) it runs headless instead and saves
 * screenshots of the page, the whole popup and the library, light and dark, to screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChromium } from './ensure-browser.ts';
import { launch, putExamples, selectText } from '../tests/e2e/harness.ts';
import { makeRows } from '../bench/library-rows.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';

ensureChromium();
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const h = await launch({ headless });
// A library to look at: generated examples (bench/library-rows.ts), as the README's screenshots use.
const seed = await h.openExtensionPage('library.html');
await putExamples(seed, makeRows(60).map((r, i) => ({ ...r, id: `demo-${i}`, createdAt: Date.UTC(2025, i % 12, 1 + (i % 27)) })));
await seed.close();
const page = await h.open(DEMO);

if (!headless) {
  console.log(`\nDiploLens is running in Chromium on ${DEMO} (a local copy).`);
  console.log('Click the DiploLens icon in the toolbar (pin it from the puzzle menu). Close the browser or press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    h.context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
} else {
  const dir = join(ROOT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  // Let highlighting settle (it works in idle-time chunks).
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(dir, 'demo-page.png') });
  await selectText(page, 'Digital diplomacy has become an everyday instrument');
  const tabId = await h.tabIdOf(page);
  const shots: string[] = ['demo-page.png'];
  for (const scheme of ['light', 'dark'] as const) {
    const suffix = scheme === 'dark' ? '-dark' : '';
    // The popup at Chrome's popup width, captured whole (down to and past its Save button).
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('button[type=submit]').waitFor();
    await popup.waitForTimeout(800);
    await popup.screenshot({ path: join(dir, `popup${suffix}.png`), fullPage: true });
    const library = await h.context.newPage();
    await library.emulateMedia({ colorScheme: scheme });
    await library.setViewportSize({ width: 1280, height: 800 });
    await library.goto(`chrome-extension://${h.extensionId}/library.html`);
    await library.locator('.table__body .row').first().waitFor();
    await library.waitForTimeout(800);
    await library.screenshot({ path: join(dir, `library${suffix}.png`) });
    shots.push(`popup${suffix}.png`, `library${suffix}.png`);
    await Promise.all([popup.close(), library.close()]);
  }
  console.log(`\nNo display found, so DiploLens ran in headless Chromium on ${DEMO}.`);
  console.log(`Screenshots in ${dir}: ${shots.join(', ')}`);
  console.log('On a desktop, run `npm start` to get a real browser window.');
}
await h.close();
