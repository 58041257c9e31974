import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { type TReviewInput, ZReviewInput } from '@touchpoint/schemas';
import { parse } from 'csv-parse';

export interface ParsedRow {
  line: number;
  review?: TReviewInput;
  error?: string;
}

const ALIASES: Record<string, keyof TReviewInput> = {
  source: 'source',
  platform: 'source',
  external_id: 'externalId',
  externalid: 'externalId',
  id: 'externalId',
  review_id: 'externalId',
  rating: 'rating',
  stars: 'rating',
  score: 'rating',
  rating_scale: 'ratingScale',
  author: 'author',
  name: 'author',
  user: 'author',
  title: 'title',
  text: 'text',
  body: 'text',
  content: 'text',
  review: 'text',
  comment: 'text',
  url: 'url',
  link: 'url',
  language: 'language',
  lang: 'language',
  touchpoint_id: 'touchpointId',
  posted_at: 'postedAt',
  postedat: 'postedAt',
  date: 'postedAt',
  created_at: 'postedAt',
};

/** Maps a loosely named record (a vendor's CSV header, a JSON export) onto the review shape and checks it. */
export function toReview(
  record: Record<string, unknown>,
  defaults: { source?: string | undefined },
): TReviewInput {
  const mapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const field =
      ALIASES[
        key
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ];
    if (field && value !== '' && value !== null && value !== undefined) mapped[field] = value;
  }
  if (!mapped.source && defaults.source) mapped.source = defaults.source;
  for (const numeric of ['rating', 'ratingScale'] as const) {
    if (typeof mapped[numeric] === 'string') mapped[numeric] = Number(mapped[numeric]);
  }
  if (mapped.postedAt !== undefined) {
    const date = new Date(String(mapped.postedAt));
    mapped.postedAt = Number.isNaN(date.getTime()) ? mapped.postedAt : date.toISOString();
  }
  if (mapped.externalId !== undefined) mapped.externalId = String(mapped.externalId);
  return ZReviewInput.parse(mapped);
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
