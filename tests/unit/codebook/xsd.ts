/**
 * Validation against the REFI-QDA schemas (tests/fixtures/refi-qda), offline, with
 * libxml2 compiled to WebAssembly (libxml2-wasm): the same checks `xmllint --schema` makes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';

const DIR = resolve(import.meta.dirname, '../../fixtures/refi-qda');
const validators = new Map<string, XsdValidator>();

function validator(schema: 'Codebook.xsd' | 'Project.xsd'): XsdValidator {
  let v = validators.get(schema);
  if (!v) {
    v = XsdValidator.fromDoc(XmlDocument.fromString(readFileSync(resolve(DIR, schema), 'utf8')));
    validators.set(schema, v);
  }
  return v;
}

/** The schema's complaints about a document ([] when it is valid). */
export function schemaErrors(schema: 'Codebook.xsd' | 'Project.xsd', xml: string): string[] {
  const doc = XmlDocument.fromString(xml);
  try {
    validator(schema).validate(doc);
    return [];
  } catch (e) {
    const details = (e as { details?: { message: string; line: number }[] }).details;
    return details?.map((d) => `line ${d.line}: ${d.message.trim()}`) ?? [String(e)];
  } finally {
    doc.dispose();
  }
}
