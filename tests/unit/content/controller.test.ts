// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MFA as MFA_DETECTION, NONE as NONE_DETECTION, manualClock, mount } from './harness';

const PAGES = resolve(import.meta.dirname, '../../fixtures/pages');
function load(path: string) {
  const html = readFileSync(resolve(PAGES, path), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, ''); // fixture markup written by us
}

let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.abort();
  current = null;
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('content script on an official page', () => {
  test('highlights lexicon hits, one Highlight per category, none in script or textarea', async () => {
    load('mfa.uz/en/press/news/2025/digital-diplomacy-forum.html');
    current = mount('http://mfa.uz/en/press/news/2025/digital-diplomacy-forum');
    await current.settle();
    const painted = current.painted();
    expect(Object.keys(painted).every((n) => n.startsWith('diplolens-'))).toBe(true);
    const all = current.allPainted().map((t) => t.toLowerCase());
    expect(all).toContain('digital diplomacy');
    expect(all).toContain('soft power');
    expect(all).toContain('цифровая дипломатия');
    // The textarea holds 'public diplomacy in a textarea'; the script 'digital diplomacy soft power …'.
    const textarea = document.querySelector('textarea')!.firstChild!;
    const script = document.querySelector('script:not([type])')!.firstChild!;
    for (const set of current.registry.values()) {
      for (const r of set) {
        expect(r.startContainer).not.toBe(textarea);
        expect(r.startContainer).not.toBe(script);
      }
    }
  });

  test('has the background judge it for the badge and answers status with counts per concept', async () => {
    load('mfa.uz/en/press/news/2025/digital-diplomacy-forum.html');
    current = mount('http://mfa.uz/en/press/news/2025/digital-diplomacy-forum');
    await current.settle();
    expect(current.sent[0]).toEqual(['page.detect', expect.objectContaining({ url: 'http://mfa.uz/en/press/news/2025/digital-diplomacy-forum' })]);
    expect(current.judged).toEqual([expect.objectContaining({ kind: 'mfa', country: 'UZ' })]);
    const r = await current.ask<{ ok: true; value: { highlighting: boolean; concepts: { conceptId: string; count: number; category: string }[] } }>(
      'status.get',
    );
    expect(r.value.highlighting).toBe(true);
    const dd = r.value.concepts.find((c) => c.conceptId === 'digital-diplomacy');
    expect(dd?.count).toBeGreaterThanOrEqual(3);
    expect(dd?.category).toBe('forms');
  });

  test('text added after load is highlighted; removed text releases its ranges', async () => {
    load('mfa.uz/en/press/news/2025/digital-diplomacy-forum.html');
    current = mount('http://mfa.uz/en/press/news/2025/digital-diplomacy-forum');
    await current.settle();
    const p = document.createElement('p');
    p.textContent = 'Nation branding through twiplomacy is new.';
    document.querySelector('article')!.append(p);
    await current.settle();
    expect(current.allPainted().map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['nation branding', 'twiplomacy']));
    p.remove();
    await current.settle();
    expect(current.allPainted().map((t) => t.toLowerCase())).not.toContain('twiplomacy');
  });

  test('an edited paragraph is matched again', async () => {
    document.body.innerHTML = '<p id="p">Nothing here.</p>';
    current = mount('http://mfa.uz/en/');
    await current.settle();
    expect(current.allPainted()).toEqual([]);
    document.getElementById('p')!.firstChild!.textContent = 'Now about soft power.';
    await current.settle();
    expect(current.allPainted()).toEqual(['soft power']);
  });

  test('invalidation removes every highlight and stops listening and observing', async () => {
    load('mfa.uz/en/press/news/2025/digital-diplomacy-forum.html');
    current = mount('http://mfa.uz/en/press/news/2025/digital-diplomacy-forum');
    await current.settle();
    expect(current.allPainted().length).toBeGreaterThan(0);
    current.abort();
    expect(current.registry.size).toBe(0);
    expect(current.listeners.size).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'soft power after teardown';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 20));
    expect(current.registry.size).toBe(0);
  });
});

describe('content script on a page that is not official', () => {
  test('detects and does nothing else: no matching, no walk, no highlights', async () => {
    load('www.reuters.com/world/asia/central-asia-tech.html');
    current = mount('http://www.reuters.com/world/asia/central-asia-tech');
    await current.settle();
    expect(current.sent.map(([t]) => t)).toEqual(['page.detect']);
    expect(current.matcher).not.toHaveBeenCalled();
    expect(current.registry.size).toBe(0);
  });

  test('the popup switch turns highlights on for the page', async () => {
    load('www.reuters.com/world/asia/central-asia-tech.html');
    current = mount('http://www.reuters.com/world/asia/central-asia-tech');
    await current.settle();
    const r = await current.ask<{ ok: true; value: { highlighting: boolean } }>('highlights.set', { on: true });
    expect(r.value.highlighting).toBe(true);
    await current.settle();
    expect(current.allPainted().map((t) => t.toLowerCase())).toContain('soft power');
  });

  test('a per-site switch and the global switch turn it on; a site switched off stays off', async () => {
    load('www.reuters.com/world/asia/central-asia-tech.html');
    current = mount('http://www.reuters.com/world/asia/central-asia-tech', { settings: { sites: { 'reuters.com': 'on' } } });
    await current.settle();
    expect(current.allPainted().length).toBeGreaterThan(0);
    current.changeSettings({ sites: { 'reuters.com': 'off' }, highlightEverywhere: true });
    await current.settle();
    expect(current.registry.size).toBe(0);
  });
});

describe('without the CSS Custom Highlight API', () => {
  test('nothing is painted and status says why', async () => {
    load('mfa.uz/en/press/news/2025/digital-diplomacy-forum.html');
    current = mount('http://mfa.uz/en/press/news/2025/digital-diplomacy-forum', { highlightApi: false });
    await current.settle();
    const r = await current.ask<{ ok: true; value: { highlighting: boolean; highlightReason: string } }>('status.get');
    expect(r.value.highlighting).toBe(false);
    expect(r.value.highlightReason).toMatch(/Custom Highlight API/);
  });
});

describe('single-page apps', () => {
  test('a new address without a page load is judged again, and the badge follows', async () => {
    document.body.innerHTML = '<main><p>Home timeline</p></main>';
    current = mount('https://news.example.org/home', {
      detect: (u) => (new URL(u).pathname.startsWith('/MFA_Uzbekistan') ? { ...MFA_DETECTION, platform: 'web' } : NONE_DETECTION),
    });
    await current.settle();
    expect(current.sent.at(-1)).toEqual(['page.detect', expect.objectContaining({ url: 'https://news.example.org/home' })]);
    expect(current.judged.at(-1)).toEqual(expect.objectContaining({ kind: 'none' }));
    current.navigate('https://news.example.org/MFA_Uzbekistan/status/1');
    await new Promise((r) => setTimeout(r, 600));
    expect(current.sent.at(-1)).toEqual(['page.detect', expect.objectContaining({ url: 'https://news.example.org/MFA_Uzbekistan/status/1' })]);
    expect(current.judged.at(-1)).toEqual(expect.objectContaining({ kind: 'mfa', country: 'UZ' }));
  });
});

describe('posts on social platforms', () => {
  const post = (handle: string, text: string) =>
    `<article data-testid="tweet"><div data-testid="User-Name"><a href="/${handle}">${handle}</a></div><div data-testid="tweetText">${text}</div></article>`;

  test('each author is judged once, in one batch, however many posts they write; only official posts are painted', async () => {
    document.body.innerHTML = `<main>${Array.from({ length: 40 }, (_, i) => post(i % 2 ? 'MFA_Uzbekistan' : 'jane_reporter', 'Soft power and digital diplomacy.')).join('')}</main>`;
    current = mount('https://x.com/home', {
      detect: (_u, signals) => (signals.authorHandle === 'MFA_Uzbekistan' ? { ...MFA_DETECTION, platform: 'x' } : { ...NONE_DETECTION, platform: 'x' }),
    });
    await current.settle();
    // One request for the page, one for the two authors.
    expect(current.detectCalls).toEqual([1, 2]);
    // 20 official posts each say 'soft power'; the 20 by the journalist are left alone.
    expect(current.allPainted().filter((t) => t.toLowerCase() === 'soft power')).toHaveLength(20);
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', post('MFA_Uzbekistan', 'Nation branding.') + post('jane_reporter', 'Nation branding.'));
    await current.settle();
    expect(current.detectCalls).toEqual([1, 2]);
    expect(current.allPainted().filter((t) => t.toLowerCase() === 'nation branding')).toHaveLength(1);
  });
});

describe('posts that change after they were judged', () => {
  const post = (handle: string, text: string) =>
    `<article data-testid="tweet"><div data-testid="User-Name"><a href="/${handle}">${handle}</a></div><div data-testid="tweetText">${text}</div></article>`;
  const judge = (_u: string, signals: { authorHandle?: string }) =>
    signals.authorHandle === 'MFA_Uzbekistan' ? { ...MFA_DETECTION, platform: 'x' as const } : { ...NONE_DETECTION, platform: 'x' as const };

  test('a block added inside an official post (a "show more") is highlighted; one in another post is not', async () => {
    document.body.innerHTML = `<main>${post('MFA_Uzbekistan', 'Soft power.')}${post('jane_reporter', 'Soft power.')}</main>`;
    current = mount('https://x.com/home', { detect: judge });
    await current.settle();
    expect(current.allPainted()).toEqual(['Soft power']);
    const [official, other] = document.querySelectorAll('[data-testid="tweetText"]');
    official!.insertAdjacentHTML('beforeend', '<div>Also nation branding.</div>');
    other!.insertAdjacentHTML('beforeend', '<div>Also nation branding.</div>');
    await current.settle();
    expect(current.allPainted().sort()).toEqual(['Soft power', 'nation branding']);
  });

  test('posts appended inside non-block elements (custom-element tiles) are judged and highlighted', async () => {
    document.body.innerHTML = `<main><x-feed>${post('MFA_Uzbekistan', 'Soft power.')}</x-feed></main>`;
    current = mount('https://x.com/home', { detect: judge });
    await current.settle();
    const tile = document.createElement('x-tile');
    tile.innerHTML = post('MFA_Uzbekistan', 'Nation branding today.');
    document.querySelector('x-feed')!.append(tile);
    await current.settle();
    expect(current.allPainted().sort()).toEqual(['Nation branding', 'Soft power']);
  });
});

describe('the hover card', () => {
  test('a page script cannot open it: synthetic pointer events are not the user pointing', async () => {
    document.body.innerHTML = '<p id="p">Soft power matters.</p>';
    current = mount('https://mfa.uz/en/press/1');
    await current.settle();
    const t = document.getElementById('p')!.firstChild!;
    const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range };
    doc.caretRangeFromPoint = () => {
      const r = document.createRange();
      r.setStart(t, 2);
      return r;
    };
    // The word under the pointer, as a browser would lay it out (happy-dom lays out nothing).
    const rect = vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: 100, height: 20 }));
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5, pointerType: 'mouse', bubbles: true }));
    await current.settle();
    expect(document.querySelector('diplolens-ui')).toBeNull();
    rect.mockRestore();
    Reflect.deleteProperty(document, 'caretRangeFromPoint');
  });
});

describe('in-page links', () => {
  test('following an anchor on the same page keeps the user’s highlight choice and the highlights', async () => {
    document.body.innerHTML = '<p>Soft power matters.</p><h2 id="part2">Part 2</h2>';
    current = mount('https://www.reuters.com/world/story');
    await current.settle();
    await current.ask('highlights.set', { on: true });
    await current.settle();
    expect(current.allPainted()).toEqual(['Soft power']);
    const reports = () => current!.sent.filter(([type]) => type === 'page.detect').length;
    const before = reports();
    current.navigate('https://www.reuters.com/world/story#part2');
    await new Promise((r) => setTimeout(r, 600));
    await current.settle();
    // Asked again at once (a browser may have counted the jump as a new load); the page keeps its state.
    expect(reports()).toBe(before + 1);
    expect(await current.ask('status.get')).toMatchObject({ ok: true, value: { highlighting: true } });
    expect(current.allPainted()).toEqual(['Soft power']);
  });

  test.each([
    ['an anchor naming an element', 'https://a.org/p', 'https://a.org/p#part2', true],
    ['back to the top (no fragment)', 'https://a.org/p#part2', 'https://a.org/p', true],
    ['a named anchor', 'https://a.org/p', 'https://a.org/p#old', true],
    ['an encoded id', 'https://a.org/p', 'https://a.org/p#%C3%BCber', true],
    ['a hash route of an app', 'https://a.org/app', 'https://a.org/app#/feed', false],
    ['leaving a hash route for the app’s home', 'https://a.org/app/#/news/12', 'https://a.org/app/', false],
    ['Telegram web: another channel', 'https://web.telegram.org/k/#@mfauz', 'https://web.telegram.org/k/#@other', false],
    ['another path', 'https://a.org/p', 'https://a.org/q#part2', false],
  ])('%s', async (_name, from, to, anchor) => {
    document.body.innerHTML = '<h2 id="part2">Part 2</h2><a name="old"></a><h3 id="über">Über</h3>';
    const { isInPageAnchor } = await import('../../../utils/content/navigation');
    expect(isInPageAnchor(from, to, document)).toBe(anchor);
  });
});

describe('quotes from posts whose author cannot be read', () => {
  test('a selection in such a post (a comment under the ministry’s post) is not credited to the page’s owner', async () => {
    // The ministry's own Facebook page: the page is official; a comment by someone else sits under its post.
    document.body.innerHTML = `<div role="feed"><div role="article"><h2><a href="https://www.facebook.com/MFAUzbekistan">MFA of Uzbekistan</a></h2>
      <div data-ad-comet-preview="message">Soft power matters.</div>
      <ul><li><div role="article" aria-label="Comment"><div id="t">Nation branding is propaganda.</div></div></li></ul></div></div>`;
    current = mount('https://www.facebook.com/MFAUzbekistan', {
      detect: (_u, s) => (s.authorHandle === 'MFAUzbekistan' ? { ...MFA_DETECTION, platform: 'facebook' } : { ...NONE_DETECTION, platform: 'facebook' }),
    });
    await current.settle();
    const t = document.getElementById('t')!.firstChild!;
    const range = document.createRange();
    range.setStart(t, 0);
    range.setEnd(t, 15);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const status = await current.ask<{ ok: true; value: { detection: { kind: string }; quote: { quote: string; detection?: { kind: string; reasons: string[] } } } }>('status.get');
    expect(status.value.detection.kind).toBe('mfa');
    expect(status.value.quote.quote).toBe('Nation branding');
    expect(status.value.quote.detection).toMatchObject({ kind: 'none', reasons: [expect.stringMatching(/author could not be read/)] });
    getSelection()!.removeAllRanges();
  });
});

describe('a page Chrome prerenders', () => {
  test('reports its detection again once it is shown, when the background takes it from the tab’s top frame', async () => {
    document.body.innerHTML = '<p>Soft power.</p>';
    Object.defineProperty(document, 'prerendering', { value: true, configurable: true });
    current = mount('https://mfa.uz/en/press/1');
    await current.settle();
    const reports = () => current!.sent.filter(([type]) => type === 'page.detect').length;
    expect(reports()).toBe(1);
    Object.defineProperty(document, 'prerendering', { value: false, configurable: true });
    document.dispatchEvent(new Event('prerenderingchange'));
    expect(reports()).toBe(2);
    expect(current.sent.at(-1)).toEqual(['page.detect', expect.objectContaining({ url: 'https://mfa.uz/en/press/1' })]);
    expect(current.judged.at(-1)).toEqual(expect.objectContaining({ kind: 'mfa' }));
    Reflect.deleteProperty(document, 'prerendering');
  });
});

describe('what is not the page’s own text', () => {
  test('on Facebook, comments under the ministry’s post are not highlighted as the ministry’s', async () => {
    document.body.innerHTML = `<div role="feed"><div role="article"><h2><a href="https://www.facebook.com/MFAUzbekistan">MFA of Uzbekistan</a></h2>
      <div data-ad-comet-preview="message">Soft power matters.</div>
      <ul><li><div role="article" aria-label="Comment by Jane"><a href="https://www.facebook.com/jane.doe">Jane</a><div>Nation branding is propaganda.</div></div></li></ul>
    </div></div>`;
    current = mount('https://www.facebook.com/', {
      detect: (_u, s) => (s.authorHandle === 'MFAUzbekistan' ? { ...MFA_DETECTION, platform: 'facebook' } : { ...NONE_DETECTION, platform: 'facebook' }),
    });
    await current.settle();
    expect(current.allPainted()).toContain('Soft power');
    expect(current.allPainted()).not.toContain('Nation branding');
  });

  test('text inside an open shadow root is followed when it changes', async () => {
    document.body.innerHTML = '<main><x-widget></x-widget></main>';
    const shadow = document.querySelector('x-widget')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Soft power matters.</p>';
    current = mount('https://mfa.uz/en/press/1');
    await current.settle();
    expect(current.allPainted()).toEqual(['Soft power']);
    shadow.querySelector('p')!.textContent = 'Nation branding matters.';
    await current.settle();
    expect(current.allPainted()).toEqual(['Nation branding']);
  });

  const shadowSheetRequests = () => current!.sent.filter(([type]) => type === 'highlights.shadowSheet');

  test('in Firefox, a page with open shadow roots asks once for the highlight sheet that colours them; one without never asks', async () => {
    document.body.innerHTML = '<main><x-widget></x-widget><x-widget></x-widget><p>Digital diplomacy.</p></main>';
    for (const host of document.querySelectorAll('x-widget')) host.attachShadow({ mode: 'open' }).innerHTML = '<p>Soft power matters.</p>';
    current = mount('https://mfa.uz/en/press/1', { shadowSheet: true });
    await current.settle();
    expect(current.allPainted().sort()).toEqual(['Digital diplomacy', 'Soft power', 'Soft power']);
    // A later shadow root (a component rendered after load) needs no second sheet: the first reaches every tree.
    const late = document.createElement('x-widget');
    document.querySelector('main')!.append(late);
    late.attachShadow({ mode: 'open' }).innerHTML = '<p>Nation branding.</p>';
    await current.settle();
    expect(shadowSheetRequests()).toEqual([['highlights.shadowSheet', null]]);
    current.abort();

    document.body.innerHTML = '<main><p>Digital diplomacy.</p></main>';
    current = mount('https://mfa.uz/en/press/2', { shadowSheet: true });
    await current.settle();
    expect(current.allPainted()).toEqual(['Digital diplomacy']);
    expect(shadowSheetRequests()).toEqual([]);
  });

  test('in Chromium (no shadowSheet), shadow roots are painted from the manifest sheet and nothing is asked', async () => {
    document.body.innerHTML = '<main><x-widget></x-widget></main>';
    document.querySelector('x-widget')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Soft power matters.</p>';
    current = mount('https://mfa.uz/en/press/1');
    await current.settle();
    expect(current.allPainted()).toEqual(['Soft power']);
    expect(shadowSheetRequests()).toEqual([]);
  });
});

describe('authors of posts that arrive together', () => {
  test('thirty posts of one new account, arriving in as many mutations, are judged with one request', async () => {
    const post = (handle: string, text: string) =>
      `<article data-testid="tweet"><div data-testid="User-Name"><a href="/${handle}">${handle}</a></div><div data-testid="tweetText">${text}</div></article>`;
    document.body.innerHTML = '<main></main>';
    current = mount('https://x.com/home', {
      detect: (_u, s) => (s.authorHandle === 'MFA_Uzbekistan' ? { ...MFA_DETECTION, platform: 'x' } : { ...NONE_DETECTION, platform: 'x' }),
    });
    await current.settle();
    const main = document.querySelector('main')!;
    // One mutation record per post: each is its own added node.
    for (let i = 0; i < 30; i++) main.insertAdjacentHTML('beforeend', post('MFA_Uzbekistan', 'Soft power.'));
    await current.settle();
    expect(current.detectCalls).toEqual([1, 1]);
    expect(current.allPainted()).toHaveLength(30);
  });
});

describe('a channel’s own grid', () => {
  test('video tiles that name no author are the channel’s: highlighted on the ministry’s channel page', async () => {
    document.body.innerHTML = `<ytd-rich-grid-renderer><div id="contents">
      <ytd-rich-item-renderer><div id="details"><h3><a id="video-title">Digital diplomacy explained</a></h3></div></ytd-rich-item-renderer>
    </div></ytd-rich-grid-renderer>`;
    current = mount('https://www.youtube.com/@MFAUzbekistan/videos', {
      detect: (_u, s) => (s.authorHandle?.toLowerCase() === 'mfauzbekistan' ? { ...MFA_DETECTION, platform: 'youtube' } : { ...NONE_DETECTION, platform: 'youtube' }),
    });
    await current.settle();
    expect(current.allPainted()).toEqual(['Digital diplomacy']);
  });
});

describe('a page that keeps rebuilding itself', () => {
  test('bursts too large to sort are rescanned at once the first time, then spaced out, not every frame', async () => {
    document.body.innerHTML = '<main><p>Soft power.</p><div id="live"></div></main>';
    // The back-off's clock moves only by hand: 'a frame apart' is 16 ms whatever the machine's load.
    const clock = manualClock();
    current = mount('https://mfa.uz/en/press/1', { clock });
    await current.settle();
    const before = current.matcher.mock.calls.length;
    const live = document.getElementById('live')!;
    // Five bursts of 1,200 records, a frame apart.
    for (let burst = 0; burst < 5; burst++) {
      for (let i = 0; i < 1200; i++) live.appendChild(document.createElement('span'));
      // Real time for the observer's frame to deliver the burst; 16 ms on the back-off's clock.
      await new Promise((r) => setTimeout(r, 20));
      clock.advance(16);
    }
    await current.settle();
    // The first rescan at once; the four that follow join one later rescan, waiting on its timer.
    const rescansSoFar = current.matcher.mock.calls.length - before;
    expect(rescansSoFar).toBe(1);
    expect(clock.pending()).toBe(1);
    clock.advance(300);
    await current.settle();
    expect(current.matcher.mock.calls.length - before).toBe(2);
    expect(clock.pending()).toBe(0);
    expect(current.allPainted()).toEqual(['Soft power']);
  });
});

describe('a feed that grows (infinite scroll)', () => {
  test('each new batch reads only the new posts, not every post of the feed again', async () => {
    const { youtubeAdapter } = await import('../../../utils/sites/youtube');
    const tile = (i: number) =>
      `<ytd-rich-item-renderer><div id="details"><h3><a id="video-title" href="/watch?v=${i}">Video ${i}</a></h3><ytd-channel-name><a href="/@someone">Someone</a></ytd-channel-name></div></ytd-rich-item-renderer>`;
    document.body.innerHTML = '<ytd-rich-grid-renderer><div id="contents"></div></ytd-rich-grid-renderer>';
    current = mount('https://www.youtube.com/', { detect: () => ({ ...NONE_DETECTION, platform: 'youtube' }) });
    await current.settle();
    const read = vi.spyOn(youtubeAdapter, 'findPosts');
    const grid = document.getElementById('contents')!;
    for (let batch = 0; batch < 10; batch++) {
      for (let i = 0; i < 20; i++) grid.insertAdjacentHTML('beforeend', tile(batch * 20 + i));
      await current.settle();
    }
    const postsRead = read.mock.results.reduce((n, r) => n + (r.value as unknown[]).length, 0);
    // 200 tiles: each read once (the old way read 1,100 or more).
    expect(postsRead).toBeLessThanOrEqual(220);
    read.mockRestore();
  });

  test('a post whose container is a custom element keeps the text directly in it', async () => {
    document.body.innerHTML = `<div id="grid"><ytd-rich-item-renderer><a id="video-title" href="/watch?v=1">Digital diplomacy explained</a></ytd-rich-item-renderer></div>`;
    current = mount('https://www.youtube.com/@MFAUzbekistan/videos', {
      detect: (_u, s) => (s.authorHandle?.toLowerCase() === 'mfauzbekistan' ? { ...MFA_DETECTION, platform: 'youtube' } : { ...NONE_DETECTION, platform: 'youtube' }),
    });
    await current.settle();
    expect(current.allPainted()).toEqual(['Digital diplomacy']);
  });
});

describe('post headers', () => {
  test.each([
    [
      'X',
      'https://x.com/home',
      `<article data-testid="tweet"><div data-testid="User-Name"><a href="/MFA_Uzbekistan">MFA of Uzbekistan</a></div><div data-testid="tweetText">Soft power matters.</div></article>`,
      'MFA_Uzbekistan',
    ],
    [
      'Telegram',
      'https://t.me/s/mfauz',
      `<div class="tgme_widget_message" data-post="mfauz/1"><div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/mfauz"><span>MFA of Uzbekistan</span></a></div><div class="tgme_widget_message_text">Soft power matters.</div></div>`,
      'mfauz',
    ],
  ])('on %s the author’s name in a post is not counted as a mention of the ministry', async (_p, url, html, handle) => {
    document.body.innerHTML = `<main>${html}</main>`;
    current = mount(url, {
      detect: (_u, s) => (s.authorHandle?.toLowerCase() === handle.toLowerCase() ? { ...MFA_DETECTION } : { ...NONE_DETECTION }),
    });
    await current.settle();
    expect(current.allPainted()).toEqual(['Soft power']);
  });
});
