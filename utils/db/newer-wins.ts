/**
 * The one merge rule for a backup's rows (examples, corrections): a row not
 * here is added, a row here is replaced only by a newer edit (a later
 * `updatedAt`), and an older or equal one leaves the stored row as it is, so
 * importing the same backup twice, or an older one, never undoes an edit.
 */
export interface Merged<T> {
  /** The rows to write (added and updated), in the backup's order. */
  put: T[];
  added: number;
  updated: number;
  unchanged: number;
}

export function newerWins<T extends { updatedAt: number }>(rows: readonly T[], stored: readonly (T | undefined)[]): Merged<T> {
  const put: T[] = [];
  let added = 0;
  let updated = 0;
  rows.forEach((row, i) => {
    const old = stored[i];
    if (!old) {
      added++;
      put.push(row);
    } else if (row.updatedAt > old.updatedAt) {
      updated++;
      put.push(row);
    }
  });
  return { put, added, updated, unchanged: rows.length - added - updated };
}
