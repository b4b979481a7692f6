// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { buildTextIndex, rangeFor, offsetOf } from '../../../utils/dom/text-index';
import { quoteFromSelection, quoteAt } from '../../../utils/dom/selection-quote';

function page(html: string): Document {
  document.body.innerHTML = html; // test fixture markup, written here, not page text
  return document;
}

describe('text index', () => {
  test('collects content text and skips code, forms, editable and hidden regions', () => {
    page(`<p>Soft power</p><script>var a = "public diplomacy"</script><style>p{}</style>
      <textarea>typed</textarea><div contenteditable="true">draft</div><div hidden>secret</div>
      <p aria-hidden="true">decor</p><noscript>ns</noscript><template><p>tpl</p></template><p>and <b>nation</b> branding</p>`);
    const idx = buildTextIndex(document.body);
    expect(idx.text.replace(/\s+/g, ' ').trim()).toBe('Soft power and nation branding');
  });

  test('includes open shadow roots', () => {
    page('<div id="host"></div><p>after</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>inside the shadow</span>';
    expect(buildTextIndex(document.body).text).toContain('inside the shadow');
  });

  test('maps string offsets to Ranges across element boundaries and back', () => {
    page('<p>Digital <em>diplo</em>macy matters</p>');
    const idx = buildTextIndex(document.body);
    const start = idx.text.indexOf('Digital');
    const end = idx.text.indexOf(' matters');
    const range = rangeFor(idx, start, end, document)!;
    expect(range.toString()).toBe('Digital diplomacy');
    expect(offsetOf(idx, range.startContainer, range.startOffset)).toBe(start);
    expect(offsetOf(idx, range.endContainer, range.endOffset)).toBe(end);
  });

  test('out-of-range offsets give no Range', () => {
    page('<p>short</p>');
    const idx = buildTextIndex(document.body);
    expect(rangeFor(idx, 3, 100, document)).toBeNull();
    expect(rangeFor(idx, 2, 2, document)).toBeNull();
  });
});

describe('quotes from the selection', () => {
  test('the selection becomes a quote with context and W3C selectors', () => {
    page('<p>The Minister said that <b>public diplomacy</b> conducted online helps.</p>');
    const idx = buildTextIndex(document.body);
    const b = document.querySelector('b')!;
    const sel = window.getSelection()!;
    const r = document.createRange();
    r.selectNodeContents(b);
    sel.removeAllRanges();
    sel.addRange(r);
    const q = quoteFromSelection(sel, document.body, idx)!;
    expect(q.quote).toBe('public diplomacy');
    expect(q.prefix).toBe('The Minister said that ');
    expect(q.suffix).toBe(' conducted online helps.');
    expect(q.selectors.quote).toEqual({ type: 'TextQuoteSelector', exact: 'public diplomacy', prefix: q.prefix, suffix: q.suffix });
    expect(idx.text.slice(q.selectors.position!.start, q.selectors.position!.end)).toBe('public diplomacy');
  });

  test('white space at the edges of a selection is trimmed with exact offsets', () => {
    page('<p>one   soft power   two</p>');
    const idx = buildTextIndex(document.body);
    const q = quoteAt(idx, 3, 18)!;
    expect(q.quote).toBe('soft power');
    expect(idx.text.slice(q.selectors.position!.start, q.selectors.position!.end)).toBe('soft power');
  });

  test('no selection, or a collapsed one, gives null', () => {
    page('<p>text</p>');
    window.getSelection()!.removeAllRanges();
    expect(quoteFromSelection(window.getSelection(), document.body)).toBeNull();
    expect(quoteFromSelection(null, document.body)).toBeNull();
  });
});
