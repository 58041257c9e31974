import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { mapReviewRecord } from '@touchpoint/core';
import { type TReviewInput, ZReviewInput } from '@touchpoint/schemas';
import { parse } from 'csv-parse';

export interface ParsedRow {
  line: number;
  review?: TReviewInput;
  error?: string;
}

/** Maps a loosely named record onto the review shape (shared with the web upload) and checks it. */
export function toReview(
  record: Record<string, unknown>,
  defaults: { source?: string | undefined },
): TReviewInput {
  return ZReviewInput.parse(mapReviewRecord(record, defaults));
}

/**
 * Streams reviews from a CSV (header row; tolerant of BOM, CRLF and quoted newlines), a JSON array, or
 * JSON lines. Bad rows are reported with their line number instead of stopping the import.
 */
export async function* readReviewFile(
  path: string,
  defaults: { source?: string | undefined },
): AsyncGenerator<ParsedRow> {
  const extension = extname(path).toLowerCase();
  if (extension === '.json' || extension === '.jsonl' || extension === '.ndjson') {
    const { readFile } = await import('node:fs/promises');
    const content = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const records: unknown[] = content.trimStart().startsWith('[')
      ? JSON.parse(content)
      : content
          .split(/\r?\n/)
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l));
    for (const [index, record] of records.entries())
      yield parseRecord(record as Record<string, unknown>, index + 1, defaults);
    return;
  }
  const parser = createReadStream(path).pipe(
    parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }),
  );
  let line = 1;
  for await (const record of parser) {
    line++;
    yield parseRecord(record as Record<string, unknown>, line, defaults);
  }
}

function parseRecord(
  record: Record<string, unknown>,
  line: number,
  defaults: { source?: string | undefined },
): ParsedRow {
  try {
    return { line, review: toReview(record, defaults) };
  } catch (error) {
    const message =
      error && typeof error === 'object' && 'issues' in error
        ? (error as { issues: { path: PropertyKey[]; message: string }[] }).issues
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; ')
        : String(error);
    return { line, error: message };
  }
}
