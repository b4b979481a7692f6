/**
 * GUIDs for REFI-QDA files that stay the same across exports (UUID version 5, RFC 9562
 * §5.5: SHA-1 of a namespace and a name), so a project exported twice, or a codebook
 * exported after an edit, names the same codes, sources and selections, and a QDA tool
 * can merge the second file into the first.
 *
 * Names are `kind` + the thing's own stable id, within the codebook's or the
 * collection's scope: guid('concept', codebookId, conceptId).
 */
import { v5 as uuidv5 } from 'uuid';

/** DiploLens's namespace for version-5 UUIDs (a random UUID, fixed once: never change it). */
export const DIPLOLENS_NAMESPACE = '633535c2-75f1-404b-8a38-a13d65303a87';

export type GuidKind = 'category' | 'concept' | 'function' | 'functions-root' | 'other-root' | 'source' | 'selection' | 'coding' | 'note' | 'user' | 'variable' | 'tag-set' | 'project';

/** A stable GUID for one thing; the parts are joined unambiguously (each is length-prefixed). */
export function stableGuid(kind: GuidKind, ...parts: string[]): string {
  return uuidv5([kind, ...parts].map((p) => `${p.length}:${p}`).join('|'), DIPLOLENS_NAMESPACE);
}

const GUID_PLAIN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A GUID as REFI-QDA's GUIDType allows it (with or without braces); braces removed, lower case. */
export function normaliseGuid(s: string): string | undefined {
  const t = s.trim();
  const inner = t.startsWith('{') && t.endsWith('}') ? t.slice(1, -1) : t;
  return GUID_PLAIN.test(inner) ? inner.toLowerCase() : undefined;
}

