/**
 * Cell-level helpers shared by the CSV exports: formula neutralisation, list
 * joining and UTC timestamps. Pure string work.
 */

/**
 * Characters that make Excel, LibreOffice Calc and Google Sheets read a cell as a
 * formula (OWASP "CSV Injection": =, +, -, @, tab 0x09, carriage return 0x0D),
 * and the apostrophe itself: prefixing a cell that already starts with one is
 * what makes the prefix removable without guessing (see unneutraliseFormula).
 */
const NEEDS_PREFIX = /^[=+\-@\t\r']/;

/**
 * Prefixes a single quote to a cell that starts with a formula character, so a
 * spreadsheet shows it as text (OWASP CSV Injection guidance). Done here rather
 * than with papaparse's `escapeFormulae`, whose default pattern (5.7.1:
 * /^[=+\-@\t\r].*$/ without the `s` flag) misses any cell that continues on a
 * second line, e.g. "=HYPERLINK(…)\nmore", because `.` stops at a line feed.
 *
 * A cell that starts with "'" is prefixed too ("'=SUM(A1)" → "''=SUM(A1)"), so
 * the rule for getting the data back is exact: remove one leading "'" from every
 * cell that starts with one. Without that, '=SUM(A1)' and "'=SUM(A1)" would
 * both export as "'=SUM(A1)". The cost: a quote that really starts with "-",
 * "+" or "'" (a phone number, "-1", "'tis") gains a visible "'" in a spreadsheet.
 */
export function neutraliseFormula(cell: string): string {
  return NEEDS_PREFIX.test(cell) ? `'${cell}` : cell;
}

/**
 * The inverse of `neutraliseFormula`, the rule the README gives R and pandas
 * users: one leading "'" removed from a cell that starts with one.
 */
export function unneutraliseFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** True when `neutraliseFormula` changes the cell (a formula character or an apostrophe first). */
export function startsLikeFormula(cell: string): boolean {
  return NEEDS_PREFIX.test(cell);
}

/** Separator of several values in one cell (tags, concepts, reasons). */
export const LIST_SEPARATOR = '; ';

export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

/** Epoch milliseconds → ISO-8601 UTC ('2025-03-14T10:00:00.000Z'); '' for a missing or invalid time. */
export function isoFromMs(ms: number | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/**
 * A stored ISO string (post times may carry an offset, '2025-03-14T15:00:00+05:00')
 * → the same instant in UTC. Text that is not a date is kept as it was: it is
 * what the page showed, and dropping it would lose data.
 */
export function isoFromText(text: string | undefined): string {
  if (!text) return '';
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : text;
}

/** Values in order of first appearance, without repeats and empties. */
export function unique(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const v of values) if (v) seen.add(v);
  return [...seen];
}
