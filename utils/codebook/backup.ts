/**
 * A codebook as a JSON backup carries it (utils/export/json.ts "codebooks": every version of
 * every codebook of the user's): read field by field (formats/json.ts) and checked
 * (validate.ts), keeping its id and version, which saved examples name.
 */
import { readCodebookValue } from './formats/json';
import type { Codebook } from './model';
import { errorsOf, summarise, validateCodebook } from './validate';

export function readBackupCodebook(value: unknown, at: string): { ok: true; value: Codebook } | { ok: false; error: string } {
  const r = readCodebookValue(value, at);
  if (!r.ok) return r;
  if (!r.value.id.trim()) return { ok: false, error: `${at} has no id` };
  const errors = errorsOf(validateCodebook(r.value));
  return errors.length ? { ok: false, error: `${at} ("${r.value.name}"): ${summarise(errors, 2)}` } : { ok: true, value: r.value };
}
