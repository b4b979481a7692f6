// @vitest-environment happy-dom
/**
 * Page chrome is no evidence: the site's header with its name, menus,
 * breadcrumbs, cookie notices and the footer are left out in page mode (not
 * highlighted, not counted), on the saved ministry pages; a header inside an
 * article, and the article itself, are content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { chromeUnder, insideChrome, isPageChrome } from '../../../utils/highlight/page-chrome';
import { pageSession } from './fakes';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function load(path: string) {
  const html = readFileSync(join(FIXTURES, path), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** Ranges painted, with whether each lies in an element matching `chrome`. */
async function paintedOn(path: string) {
  load(path);
  const s = pageSession({ extra: { skipChrome: true } });
  s.hl.scan([document.body]);
  await s.settle();
  await s.hl.complete();
  const ranges = [...s.registry.values()].flatMap((h) => [...h]);
  const counts = s.hl.counts();
  s.ac.abort();
  return { ranges, counts };
}

describe('page chrome on the saved ministry pages', () => {
  test.each([
    ['pages/mfa.uz/en/press/news/2025/digital-diplomacy-forum.html', 'header, nav, footer', ['digital-diplomacy', 'soft-power', 'consular-services']],
    ['pages/mfa.uz/ru/press/briefing.html', '#header, .breadcrumb, #cookie-notice, #footer', ['digital-diplomacy', 'soft-power', 'consular-services']],
    ['sites/web/ministry-news.html', 'header', []],
  ])('%s: nothing in its chrome is highlighted or counted; its article is', async (path, chromeSelector, inArticle) => {
    const { ranges, counts } = await paintedOn(path);
    const inChrome = ranges.filter((r) => r.startContainer.parentElement?.closest(chromeSelector));
    expect(inChrome).toEqual([]);
    for (const id of inArticle) expect(counts.get(id)).toBeGreaterThan(0);
    // The ministry's own name is in the chrome of every page: not a mention of it.
    const names = [...document.querySelectorAll(chromeSelector)].map((e) => e.textContent).join(' ');
    expect(names).toMatch(/Ministry of Foreign Affairs|Министерство иностранных дел/);
    expect(counts.get('foreign-ministry') ?? 0).toBe(path.includes('briefing') ? 1 : 0); // 'МИД' in the briefing's headline is content
  });

  test('the English press release counts consular services once (its article), not again for the menu', async () => {
    const { counts } = await paintedOn('pages/mfa.uz/en/press/news/2025/digital-diplomacy-forum.html');
    expect(counts.get('consular-services')).toBe(1);
  });
});

describe('what counts as chrome', () => {
  test.each([
    ['<header id="x"><p>Site</p></header><main><p>Text</p></main>', true],
    ['<main><article><header id="x"><h1>Headline</h1></header></article></main>', false],
    ['<section><footer id="x">Sources</footer></section>', false],
    ['<div id="x" class="site-header">Site</div>', true],
    ['<nav id="x"><a>Menu</a></nav>', true],
    ['<article><nav id="x"><a>Contents</a></nav></article>', true],
    ['<div id="x" class="cookie-banner">We use cookies</div>', true],
    ['<div id="x" class="cookie-wrapper"><main><p>All the page</p></main></div>', false],
    ['<div id="x" role="contentinfo">© Ministry</div>', true],
    ['<div id="x" class="card-header">A card</div>', false],
  ])('%s → %s', (html, chrome) => {
    document.body.innerHTML = html;
    expect(isPageChrome(document.getElementById('x')!)).toBe(chrome);
  });

  test('a body whose class names cookies is no banner; a node inside chrome is found from anywhere in it', () => {
    document.body.className = 'cookies-not-accepted';
    document.body.innerHTML = '<div id="footer"><p><b id="in">© Ministry</b></p></div><p id="out">Text</p>';
    expect(isPageChrome(document.body)).toBe(false);
    expect(insideChrome(document.getElementById('in')!.firstChild!)).toBe(true);
    expect(insideChrome(document.getElementById('out')!)).toBe(false);
    expect(chromeUnder(document.body).map((e) => e.id)).toEqual(['footer']);
    document.body.className = '';
  });
});
