/**
 * XML for the REFI-QDA files: writing (escaping, and text XML 1.0 cannot carry) and
 * reading into a small element tree with `saxes`, a strict XML 1.0 and Namespaces
 * parser (it refuses what is not well formed, with line and column, and never fetches or
 * expands external entities). A DOCTYPE is refused outright: REFI-QDA files have none,
 * and an internal subset is how entity-expansion attacks ("billion laughs") begin.
 */
import { SaxesParser } from 'saxes';

/**
 * Characters XML 1.0 cannot hold, even as character references (§2.2 Char): controls other
 * than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. Each becomes one U+FFFD, so
 * text positions counted in code points stay where they were.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML can carry it: NFC, characters XML forbids replaced by U+FFFD (one for one). */
export function xmlSafe(s: string): string {
  return s.normalize('NFC').replace(NOT_XML, '\ufffd');
}

/** Element content: & < > escaped (> too, for ']]>'). */
export function escText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: line breaks and tabs as references, so attribute normalisation keeps them (§3.3.3). */
export function escAttr(s: string): string {
  return escText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Attributes in the given order, undefined ones left out. */
export function attrs(list: readonly (readonly [string, string | undefined])[]): string {
  return list
    .filter((a): a is readonly [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escAttr(v)}"`)
    .join('');
}

export interface XmlElement {
  /** Local name (no prefix). */
  name: string;
  /** Namespace URI ('' when none). */
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (character data directly inside it, CDATA included). */
  text: string;
  /** 1-based line where its start tag is. */
  line: number;
}

export class XmlReadError extends Error {}

/** The document's root element; throws XmlReadError with the line for anything malformed. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  parser.on('error', (e) => {
    failure ??= e.message;
  });
  parser.on('doctype', () => {
    failure ??= `${parser.line}:${parser.column}: a DOCTYPE declaration is not allowed in this file.`;
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.local, ns: tag.uri, attrs: {}, children: [], text: '', line: parser.line };
    for (const a of Object.values(tag.attributes)) if (!a.prefix || a.prefix === '') el.attrs[a.local] = a.value;
    (stack.at(-1)?.children ?? []).push(el);
    if (stack.length === 0) root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (e) {
    failure ??= e instanceof Error ? e.message : String(e);
  }
  if (failure) throw new XmlReadError(describeSaxError(failure));
  if (!root) throw new XmlReadError('The file holds no XML element.');
  return root;
}

/** saxes says '3:17: unexpected close tag.'; we say 'line 3, column 17: unexpected close tag.' */
function describeSaxError(message: string): string {
  const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
  return m ? `line ${m[1]}, column ${m[2]}: ${m[3]}` : message;
}

/** Child elements of a name (in the element's own namespace). */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);
export const childNamed = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);
