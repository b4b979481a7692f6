/**
 * What the REFI-QDA specification asks of a file that its XML schemas cannot check
 * (see ../shared/refi-qda/README.md): every guid unique; every reference (CodeRef,
 * MemberCode, NoteRef, MemberSource, VariableRef) names an existing element of the right
 * kind; a TextSource has PlainTextContent or plainTextPath, never both; a plainTextPath
 * 'internal://…' names a file of sources/ that is UTF-8 without a byte-order mark; and
 * selections lie inside their source's text, counted in code points.
 *
 * Used by the tests on every .qdc and .qdpx DiploLens writes, and by `cli export` after
 * writing one.
 */
import { strFromU8, unzipSync } from 'fflate';
import { parseXml, type XmlElement } from '../formats/xml';
import { codePoints } from './project';

export interface QdpxFiles {
  project: string;
  /** sources/<name> → bytes */
  sources: Map<string, Uint8Array>;
}

export function unzipQdpx(zip: Uint8Array): QdpxFiles {
  const files = unzipSync(zip);
  const project = files['project.qde'];
  if (!project) throw new Error('The .qdpx has no project.qde.');
  const sources = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(files)) if (name.startsWith('sources/') && !name.endsWith('/')) sources.set(name.slice('sources/'.length), bytes);
  return { project: strFromU8(project), sources };
}

function walk(el: XmlElement, visit: (el: XmlElement, parent: XmlElement | undefined) => void, parent?: XmlElement): void {
  visit(el, parent);
  for (const c of el.children) walk(c, visit, el);
}

const REFERENCE_KINDS: Readonly<Record<string, readonly string[]>> = {
  CodeRef: ['Code'],
  MemberCode: ['Code'],
  NoteRef: ['Note'],
  MemberSource: ['TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'],
  MemberNote: ['Note'],
  VariableRef: ['Variable'],
  SourceRef: ['TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'],
  SelectionRef: ['PlainTextSelection', 'PictureSelection', 'PDFSelection', 'AudioSelection', 'VideoSelection', 'TranscriptSelection'],
};

/** Problems of a project.qde (with its sources) or a .qdc; an empty list when it is sound. */
export function checkRefi(xml: string, sources?: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const root = parseXml(xml);
  const byGuid = new Map<string, XmlElement>();
  walk(root, (el) => {
    const g = el.attrs['guid'];
    if (g === undefined) return;
    const key = g.replace(/[{}]/g, '').toLowerCase();
    const other = byGuid.get(key);
    if (other) problems.push(`line ${el.line}: guid ${g} of <${el.name}> is also the guid of the <${other.name}> at line ${other.line}`);
    else byGuid.set(key, el);
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  walk(root, (el, parent) => {
    const kinds = REFERENCE_KINDS[el.name];
    if (kinds) {
      const target = el.attrs['targetGUID'] ?? el.attrs['guid'];
      const found = target ? byGuid.get(target.replace(/[{}]/g, '').toLowerCase()) : undefined;
      if (!found) problems.push(`line ${el.line}: <${el.name}> names ${target ?? 'nothing'}, which is no element of the file`);
      else if (!kinds.includes(found.name)) problems.push(`line ${el.line}: <${el.name}> names a <${found.name}>, not a ${kinds.join(' or ')}`);
    }
    if (el.name === 'TextSource' && parent?.name === 'Sources') {
      const content = el.children.find((c) => c.name === 'PlainTextContent');
      const path = el.attrs['plainTextPath'];
      if (content && path !== undefined) problems.push(`line ${el.line}: a TextSource has both PlainTextContent and plainTextPath`);
      if (!content && path === undefined) problems.push(`line ${el.line}: a TextSource has neither PlainTextContent nor plainTextPath`);
      let text: string | undefined = content?.text;
      if (path !== undefined && sources) {
        const name = path.startsWith('internal://') ? path.slice('internal://'.length) : undefined;
        const bytes = name !== undefined ? sources.get(name) : undefined;
        if (name === undefined) problems.push(`line ${el.line}: plainTextPath "${path}" is not inside the file (internal://…)`);
        else if (!bytes) problems.push(`line ${el.line}: plainTextPath "${path}" names no file in sources/`);
        else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push(`sources/${name} begins with a byte-order mark`);
        else {
          try {
            text = decoder.decode(bytes);
          } catch {
            problems.push(`sources/${name} is not UTF-8`);
          }
        }
      }
      if (text !== undefined) {
        if (text !== text.normalize('NFC')) problems.push(`line ${el.line}: the text of source ${el.attrs['guid']} is not NFC`);
        const length = codePoints(text);
        for (const sel of el.children.filter((c) => c.name === 'PlainTextSelection')) {
          const s = Number(sel.attrs['startPosition']);
          const e = Number(sel.attrs['endPosition']);
          if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= length))
            problems.push(`line ${sel.line}: selection ${s}–${e} is not inside its source's ${length} code points`);
        }
      }
    }
  });
  return problems;
}

/** The text a PlainTextSelection covers, positions taken as code points (what a QDA tool shows). */
export function selectedText(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
