/**
 * A small, strict RFC 4180 reader, written independently of papaparse so the
 * CSV tests do not only trust papaparse reading its own output.
 *
 *   file    = record *(CRLF record) [CRLF]              (§2.1, §2.2)
 *   field   = escaped / non-escaped                      (§2.5)
 *   escaped = DQUOTE *(any char but DQUOTE / 2DQUOTE) DQUOTE   (§2.6, §2.7)
 *   non-escaped = *(any char but DQUOTE, COMMA, CR, LF)
 *
 * (RFC 4180's TEXTDATA is ASCII only; this reader allows any Unicode, as the
 * MIME registration's charset parameter does.) Strict: a quote inside an
 * unquoted field, text after a closing quote, a lone CR or LF outside quotes,
 * an unclosed quote, or records of different lengths (§2.4) all throw.
 */
export function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  const fail = (what: string): never => {
    throw new Error(`RFC 4180: ${what} at offset ${i}`);
  };
  if (n === 0) return [];
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) fail('unclosed quoted field');
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
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (i >= n) {
      records.push(record);
      break;
    }
    const ch = text[i];
    if (ch === ',') {
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      i += 2;
      records.push(record);
      record = [];
      if (i >= n) break; // optional CRLF after the last record (§2.2)
      continue;
    }
    fail(ch === '\r' || ch === '\n' ? 'line break that is not CRLF outside quotes' : 'text after a closing quote');
  }
  const width = records[0]!.length;
  records.forEach((r, k) => {
    if (r.length !== width) throw new Error(`RFC 4180: record ${k} has ${r.length} fields, the header ${width}`);
  });
  return records;
}
