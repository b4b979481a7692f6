/**
 * `npm start`: builds DiploLens and opens Chromium with the extension loaded on
 * a demo page (a saved foreign-ministry press release, served locally under its
 * real hostname). With no display (a server, CI) it runs headless instead and
 * saves screenshots of the page, the popup and the library to screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChromium } from './ensure-browser.ts';
import { launch, selectText } from '../tests/e2e/harness.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO = 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum';

ensureChromium();
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const h = await launch({ headless });
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
  const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: join(dir, 'popup.png') });
  const library = await h.openExtensionPage('library.html');
  await library.waitForTimeout(800);
  await library.screenshot({ path: join(dir, 'library.png') });
  console.log(`\nNo display found, so DiploLens ran in headless Chromium on ${DEMO}.`);
  console.log(`Screenshots: ${dir}/demo-page.png, popup.png, library.png`);
  console.log('On a desktop, run `npm start` to get a real browser window.');
}
await h.close();
