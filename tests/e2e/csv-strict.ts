/**
 * A strict RFC 4180 reader for the tests, independent of the CSV library the
 * extension writes with: fields separated by commas, records by CRLF, quoted
 * fields may hold commas, quotes (doubled) and line breaks; anything else in a
 * quoted field's surroundings is an error.
 */
export function parseCsvStrict(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += ch;
          i++;
        }
      }
      if (i < n && text[i] !== ',' && !(text[i] === '\r' && text[i + 1] === '\n')) {
        throw new Error(`unexpected ${JSON.stringify(text[i])} after a quoted field at ${i}`);
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
        field += text[i];
        i++;
      }
      if (text[i] === '\r' && text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    // CRLF: end of record
    i += 2;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}
