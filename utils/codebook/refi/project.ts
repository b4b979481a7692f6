/**
 * REFI-QDA project export (.qdpx; QDA-XML project 1.0, REFI-QDA specification 1.5; schema
 * tests/fixtures/refi-qda/Project.xsd): a zip with `project.qde` and `sources/`, which
 * NVivo, ATLAS.ti, MAXQDA and QualCoder open as a project.
 *
 *   Users        one user: the researcher who saved the examples
 *   CodeBook     the codebook's categories, concepts and functions (qdc.ts), plus codes for
 *                concepts or functions the examples name that the codebook lacks
 *   Variables    document variables: page address, site, platform, country, source kind, …
 *   Sources      one TextSource per example: its text is the context saved with it (the
 *                ~200 characters before, the quote, the ~200 after) in sources/<guid>.txt;
 *                one PlainTextSelection over the quote, one Coding per concept; the
 *                diplomatic function coded on the whole source
 *   Notes        the example's note, referenced from its selection
 *   Sets         one set of sources per tag
 *
 * Positions count Unicode code points (specification §"PlainTextSelection"), not UTF-16
 * units; text is NFC, files are UTF-8 without a byte-order mark. GUIDs are UUID v5 of the
 * example's id (guid.ts): the same collection exported twice has the same GUIDs, and a
 * later export's sources and codes are the earlier one's.
 */
import { strToU8, zipSync } from 'fflate';
import type { Example } from '../../model/example';
import type { Codebook } from '../model';
import { stableGuid } from '../guid';
import { codeElements, codeGuids } from '../formats/qdc';
import { attrs, escText, xmlSafe } from '../formats/xml';
import { PROJECT_NAMESPACE } from '../formats/qdc';

export interface QdpxOptions {
  now: Date;
  /** The software, for the origin attribute ('DiploLens 0.1.0'). */
  origin: string;
  projectName?: string;
  userName?: string;
  /** Labels for concept and function ids the codebook does not have (e.g. the built-in lexicon's). */
  conceptLabel?: (id: string) => string;
  functionLabel?: (id: string) => string;
}

/** Number of Unicode code points in a string (a surrogate pair counts once). */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

/** One example as a source: its text, and where the quote is in it (code points). */
export interface SourceText {
  text: string;
  start: number;
  end: number;
}

/**
 * The text of an example's source, NFC, with what XML and UTF-8 cannot hold replaced one
 * for one by U+FFFD (xml.ts), so the file and the positions agree.
 */
export function sourceText(e: Pick<Example, 'prefix' | 'quote' | 'suffix'>): SourceText {
  const prefix = xmlSafe(e.prefix);
  const quote = xmlSafe(e.quote);
  const suffix = xmlSafe(e.suffix);
  const start = codePoints(prefix);
  return { text: prefix + quote + suffix, start, end: start + codePoints(quote) };
}

const iso = (ms: number) => new Date(Number.isFinite(ms) ? ms : 0).toISOString();

/** The first `n` code points of a text on one line, for names. */
function short(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  const cps = [...one];
  return cps.length > n ? `${cps.slice(0, n - 1).join('')}…` : one;
}

interface VariableDef {
  key: string;
  name: string;
  description: string;
  type: 'Text' | 'DateTime';
  value(e: Example): string | undefined;
}

const VARIABLES: readonly VariableDef[] = [
  { key: 'url', name: 'URL', description: 'Address of the page the quote was saved from.', type: 'Text', value: (e) => e.url || undefined },
  { key: 'title', name: 'Page title', description: 'Title of the page.', type: 'Text', value: (e) => e.title || undefined },
  { key: 'site', name: 'Site', description: "Host name without 'www.'.", type: 'Text', value: (e) => e.site || undefined },
  { key: 'platform', name: 'Platform', description: 'web, x, facebook, telegram, youtube or instagram.', type: 'Text', value: (e) => e.detection.platform },
  { key: 'author', name: 'Author', description: "A social post's author handle.", type: 'Text', value: (e) => e.author || undefined },
  { key: 'country', name: 'Country', description: 'ISO 3166-1 alpha-2 code of the source.', type: 'Text', value: (e) => e.detection.country ?? undefined },
  { key: 'kind', name: 'Source kind', description: 'mfa, government or none.', type: 'Text', value: (e) => e.detection.kind },
  { key: 'subkind', name: 'Source subkind', description: 'ministry, embassy, consulate, mission, …', type: 'Text', value: (e) => e.detection.subkind },
  { key: 'lang', name: 'Page language', description: 'BCP 47, from the page.', type: 'Text', value: (e) => e.lang || undefined },
  { key: 'tags', name: 'Tags', description: "The researcher's tags, joined with '; '.", type: 'Text', value: (e) => (e.tags.length ? e.tags.join('; ') : undefined) },
  { key: 'saved', name: 'Saved', description: 'When the example was saved (UTC).', type: 'DateTime', value: (e) => iso(e.createdAt) },
];

export interface QdpxParts {
  /** project.qde, as text. */
  project: string;
  /** sources/<guid>.txt → its text. */
  sources: Map<string, string>;
}

/** The files of a .qdpx, before zipping (tests read them; the CLI and the library zip them). */
export function buildQdpx(rows: readonly Example[], cb: Codebook, opts: QdpxOptions): QdpxParts {
  const user = stableGuid('user', 'diplolens-user');
  const guids = codeGuids(cb);
  const conceptGuid = new Map(cb.concepts.map((c) => [c.id, guids.concept(c)]));
  const functionGuid = new Map(cb.functions.map((f) => [f.id, guids.fn(f)]));

  // Concepts and functions examples name that the codebook lacks: codes of their own, so every CodeRef names a code.
  const missing: { id: string; kind: 'concept' | 'function'; guid: string }[] = [];
  for (const e of rows) {
    for (const c of e.concepts)
      if (!conceptGuid.has(c)) {
        const g = stableGuid('concept', cb.id, c);
        conceptGuid.set(c, g);
        missing.push({ id: c, kind: 'concept', guid: g });
      }
    if (e.functionId && !functionGuid.has(e.functionId)) {
      const g = stableGuid('function', cb.id, e.functionId);
      functionGuid.set(e.functionId, g);
      missing.push({ id: e.functionId, kind: 'function', guid: g });
    }
  }
  let extra = '';
  if (missing.length) {
    const label = (m: (typeof missing)[number]) => (m.kind === 'concept' ? (opts.conceptLabel?.(m.id) ?? m.id) : (opts.functionLabel?.(m.id) ?? m.id));
    extra = [
      `      <Code${attrs([['guid', stableGuid('other-root', cb.id)], ['name', 'Codes not in this codebook'], ['isCodable', 'false']])}>`,
      `        <Description>${escText(`Concepts and functions the examples were coded with that the codebook "${cb.name}" does not have (from another codebook or an earlier version).`)}</Description>`,
      ...missing.map((m) => `        <Code${attrs([['guid', m.guid], ['name', label(m)], ['isCodable', 'true']])}>\n          <Description>${escText(`DiploLens id: ${m.id}`)}</Description>\n        </Code>`),
      '      </Code>',
    ].join('\n');
  }

  const codes = codeElements(cb, '      ', guids, extra);
  const variables = VARIABLES.map((v) => ({ ...v, guid: stableGuid('variable', v.key) }));
  const sources = new Map<string, string>();
  const sourceXml: string[] = [];
  const notes: string[] = [];
  const tagMembers = new Map<string, string[]>();

  for (const e of rows) {
    const sg = stableGuid('source', e.id);
    const { text, start, end } = sourceText(e);
    sources.set(`${sg}.txt`, text);
    const created = iso(e.createdAt);
    const modified = iso(e.updatedAt);
    const described = [
      e.title && `Title: ${e.title}`,
      e.url && `Address: ${e.url}`,
      e.canonicalUrl && e.canonicalUrl !== e.url && `Canonical address: ${e.canonicalUrl}`,
      e.author && `Author: ${e.authorName ? `${e.authorName} (@${e.author})` : `@${e.author}`}`,
      e.postTime && `Posted: ${e.postTime}`,
      e.detection.reasons.length > 0 && `Source: ${e.detection.reasons.join(' ')}`,
      `Saved with DiploLens (example ${e.id}).`,
    ].filter(Boolean) as string[];
    const noteGuid = e.note.trim() ? stableGuid('note', e.id) : undefined;
    const lines: string[] = [];
    lines.push(
      `    <TextSource${attrs([
        ['guid', sg],
        ['name', short(`${e.site || 'page'}: ${e.title || e.quote}`, 80)],
        ['plainTextPath', `internal://${sg}.txt`],
        ['creatingUser', user],
        ['creationDateTime', created],
        ['modifyingUser', user],
        ['modifiedDateTime', modified],
      ])}>`,
    );
    lines.push(`      <Description>${escText(described.join('\n'))}</Description>`);
    lines.push(
      `      <PlainTextSelection${attrs([
        ['guid', stableGuid('selection', e.id)],
        ['name', short(e.quote, 60) || '(empty quote)'],
        ['startPosition', String(start)],
        ['endPosition', String(end)],
        ['creatingUser', user],
        ['creationDateTime', created],
        ['modifyingUser', user],
        ['modifiedDateTime', modified],
      ])}>`,
    );
    for (const c of new Set(e.concepts))
      lines.push(
        `        <Coding${attrs([['guid', stableGuid('coding', e.id, 'concept', c)], ['creatingUser', user], ['creationDateTime', created]])}>`,
        `          <CodeRef targetGUID="${conceptGuid.get(c)!}"/>`,
        '        </Coding>',
      );
    if (noteGuid) lines.push(`        <NoteRef targetGUID="${noteGuid}"/>`);
    lines.push('      </PlainTextSelection>');
    if (e.functionId)
      lines.push(
        `      <Coding${attrs([['guid', stableGuid('coding', e.id, 'function', e.functionId)], ['creatingUser', user], ['creationDateTime', created]])}>`,
        `        <CodeRef targetGUID="${functionGuid.get(e.functionId)!}"/>`,
        '      </Coding>',
      );
    for (const v of variables) {
      const value = v.value(e);
      if (value === undefined) continue;
      const el = v.type === 'DateTime' ? 'DateTimeValue' : 'TextValue';
      lines.push(`      <VariableValue>\n        <VariableRef targetGUID="${v.guid}"/>\n        <${el}>${escText(value)}</${el}>\n      </VariableValue>`);
    }
    lines.push('    </TextSource>');
    sourceXml.push(lines.join('\n'));
    if (noteGuid)
      notes.push(
        [
          `    <Note${attrs([['guid', noteGuid], ['name', short(`Note: ${e.note}`, 60)], ['creatingUser', user], ['creationDateTime', created], ['modifyingUser', user], ['modifiedDateTime', modified]])}>`,
          `      <PlainTextContent>${escText(e.note)}</PlainTextContent>`,
          '    </Note>',
        ].join('\n'),
      );
    for (const t of new Set(e.tags)) tagMembers.set(t, [...(tagMembers.get(t) ?? []), sg]);
  }

  const now = opts.now.toISOString();
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project${attrs([
      ['xmlns', PROJECT_NAMESPACE],
      ['name', opts.projectName ?? `DiploLens examples (${now.slice(0, 10)})`],
      ['origin', opts.origin],
      ['creatingUserGUID', user],
      ['creationDateTime', now],
      ['modifyingUserGUID', user],
      ['modifiedDateTime', now],
    ])}>`,
    '  <Users>',
    `    <User${attrs([['guid', user], ['name', opts.userName ?? 'DiploLens user'], ['id', 'diplolens']])}/>`,
    '  </Users>',
  ];
  if (codes.trim()) out.push('  <CodeBook>', '    <Codes>', codes, '    </Codes>', '  </CodeBook>');
  if (rows.length) {
    out.push('  <Variables>');
    for (const v of variables)
      out.push(`    <Variable${attrs([['guid', v.guid], ['name', v.name], ['typeOfVariable', v.type]])}>\n      <Description>${escText(v.description)}</Description>\n    </Variable>`);
    out.push('  </Variables>', '  <Sources>', ...sourceXml, '  </Sources>');
  }
  if (notes.length) out.push('  <Notes>', ...notes, '  </Notes>');
  if (tagMembers.size) {
    out.push('  <Sets>');
    for (const [tag, members] of tagMembers)
      out.push(
        `    <Set${attrs([['guid', stableGuid('tag-set', tag)], ['name', tag]])}>`,
        `      <Description>${escText(`Examples tagged "${tag}" in DiploLens.`)}</Description>`,
        ...members.map((m) => `      <MemberSource targetGUID="${m}"/>`),
        '    </Set>',
      );
    out.push('  </Sets>');
  }
  out.push(`  <Description>${escText(`Examples collected with DiploLens, coded with the codebook "${cb.name}" (version ${cb.version}).`)}</Description>`);
  out.push('</Project>', '');
  return { project: out.join('\n'), sources };
}

/** The .qdpx file: project.qde and sources/, UTF-8 without a byte-order mark, deflated. */
export function exportQdpx(rows: readonly Example[], cb: Codebook, opts: QdpxOptions): Uint8Array {
  const parts = buildQdpx(rows, cb, opts);
  const mtime = opts.now;
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(parts.project) };
  for (const [name, text] of parts.sources) files[`sources/${name}`] = strToU8(text);
  return zipSync(files, { level: 6, mtime });
}
