/**
 * The pages bench/highlight-cost.ts loads, each written once and served under
 * every host (the host decides which extension runs on it, not the page):
 *
 *   static-<size>  a ministry page of realistic structure (bench/pages.ts), with a
 *                  small clock near the top that the bench changes for (e)
 *   text-<size>    one <pre> holding a single text node (a plain-text report)
 *   rewrite        the 1 MB page plus a live line rewritten every 5 ms; the page
 *                  counts its own timer ticks (window.__ticks)
 *   feed           an X-like timeline that appends a post every 50 ms, half of them
 *                  by the ministry's account, and keeps its end in view as a chat or
 *                  a followed feed does; each post carries the time it was added
 */
import { generate, reseed, sentence, TERMS } from './pages.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A clock near the top of the content: its changes are the bench's "unrelated DOM change" (e). */
const CLOCK = '<p id="bench-clock">Updated 10:00:00</p>';

export function staticPage(bytes: number): string {
  reseed();
  return generate(bytes).replace('<main>', `<main>${CLOCK}`);
}

export function textNodePage(bytes: number): string {
  reseed();
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line = `${sentence()} ${sentence()}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Annual report (plain text) | Ministry of Foreign Affairs</title>
<style>body{font:14px/1.45 monospace;margin:16px}pre{white-space:pre-wrap}</style></head><body>
${CLOCK}<pre id="bench-text">${escape(lines.join('\n'))}</pre></body></html>`;
}

/** Every 5 ms a line near the top is rewritten (a live ticker); the page counts its ticks. */
export function rewritePage(bytes: number): string {
  const live = `<p id="bench-live">Live: starting</p>
<script>
  window.__ticks = 0;
  const live = document.getElementById('bench-live');
  const words = ${JSON.stringify(['soft power', 'public diplomacy', 'consular services', 'nation branding'])};
  setInterval(() => {
    window.__ticks++;
    live.textContent = 'Live: talks on ' + words[window.__ticks % words.length] + ', update ' + window.__ticks;
  }, 5);
</script>`;
  return staticPage(bytes).replace(CLOCK, `${CLOCK}${live}`);
}

/** The X markup the X adapter reads (utils/sites/x.ts), as in tests/fixtures/pages/x.com/home.html. */
export function feedPage(): string {
  reseed(7);
  const en = TERMS.en!;
  const texts = Array.from({ length: 64 }, (_, i) => `${sentence()} Today on ${en[(i * 7) % en.length]}.`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title>
<style>body{font:15px/1.4 system-ui,sans-serif;max-width:600px;margin:0 auto;padding:12px} article{border-bottom:1px solid #eee;padding:8px 0}</style>
</head><body><main role="main"><div aria-label="Timeline: Your Home Timeline" id="timeline"></div></main>
<script>
  const texts = ${JSON.stringify(texts)};
  const authors = [['MFA_Uzbekistan', 'MFA of Uzbekistan'], ['jane_reporter', 'Jane Reporter']];
  let n = 0;
  window.__posts = [];
  function add() {
    n++;
    const [handle, name] = authors[n % 2];
    const a = document.createElement('article');
    a.setAttribute('data-testid', 'tweet');
    a.setAttribute('role', 'article');
    a.id = 'post-' + n;
    const user = document.createElement('div');
    user.setAttribute('data-testid', 'User-Name');
    const link = document.createElement('a');
    link.href = '/' + handle;
    link.textContent = name;
    const at = document.createElement('a');
    at.href = '/' + handle;
    at.textContent = '@' + handle;
    const time = document.createElement('a');
    time.href = '/' + handle + '/status/' + (1800000 + n);
    const t = document.createElement('time');
    t.setAttribute('datetime', '2025-03-14T10:00:00.000Z');
    t.textContent = 'Mar 14';
    time.append(t);
    user.append(link, ' ', at, ' · ', time);
    const body = document.createElement('div');
    body.setAttribute('data-testid', 'tweetText');
    body.setAttribute('lang', 'en');
    body.textContent = texts[n % texts.length];
    a.append(user, body);
    document.getElementById('timeline').append(a);
    window.__posts.push({ id: a.id, official: handle === 'MFA_Uzbekistan', at: performance.now() });
    // The end stays in view, as a chat or a followed feed keeps it.
    document.scrollingElement.scrollTop = document.scrollingElement.scrollHeight;
  }
  for (let i = 0; i < 20; i++) add();
  window.__feed = setInterval(add, 50);
</script></body></html>`;
}

export interface BenchPage {
  name: string;
  /** Served as /<name>. */
  html: string;
  kind: 'static' | 'text' | 'rewrite' | 'feed';
  /** Text size in MB, for static and text pages. */
  mb?: number;
}

const label = (mb: number) => (mb >= 1 ? `${mb}mb` : `${Math.round(mb * 1000)}kb`);

/** Page names as the command line gives them: 0.1, 1, 5 (static), text5, rewrite, feed. */
export function pageFor(spec: string): BenchPage {
  if (spec === 'rewrite') return { name: 'rewrite', html: rewritePage(1024 * 1024), kind: 'rewrite', mb: 1 };
  if (spec === 'feed') return { name: 'feed', html: feedPage(), kind: 'feed' };
  if (spec.startsWith('text')) {
    const mb = Number(spec.slice(4));
    return { name: `text-${label(mb)}`, html: textNodePage(mb * 1024 * 1024), kind: 'text', mb };
  }
  const mb = Number(spec);
  if (!(mb > 0)) throw new Error(`unknown page '${spec}' (0.1, 1, 5, text5, rewrite, feed)`);
  return { name: `static-${label(mb)}`, html: staticPage(mb * 1024 * 1024), kind: 'static', mb };
}
