import { AppError } from '../errors';

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(String(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const value = Buffer.from(cursor, 'base64url').toString();
  if (!value)
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
      { name: 'query.cursor', reason: 'not a cursor from this API' },
    ]);
  return value;
}

/** Takes `limit + 1` rows and turns them into a page with the cursor of the last row shown. */
export function toPage<TRow, TItem>(
  rows: TRow[],
  limit: number,
  keyOf: (row: TRow) => string | number,
  present: (row: TRow) => TItem,
): { items: TItem[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const shown = hasMore ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return { items: shown.map(present), nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}
