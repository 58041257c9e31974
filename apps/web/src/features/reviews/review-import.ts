import { mapReviewRecord, type ReviewField } from '@touchpoint/core';
import { isApiError } from '../../lib/api';
import type { TImportReviewsResult } from '../../lib/contracts';
import { parseCsv } from '../../lib/csv';

/** Reviews per request: half the API's limit of 1,000 keeps each request well under its body limit. */
export const BATCH_SIZE = 500;

export type TFileFormat = 'csv' | 'json' | 'jsonl';

/** One record of the file, where it was (a line of a CSV or JSON-lines file, an item of a JSON array). */
export interface TSourceRow {
  position: number;
  record: Record<string, unknown>;
  /** The row could not even be read (a JSON line that is not JSON): it is rejected without sending. */
  error?: string;
}

export interface TReviewFile {
  format: TFileFormat;
  /** Column names (CSV header, or the keys of the first records of a JSON file), in file order. */
  columns: string[];
  rows: TSourceRow[];
}

export class ReviewFileError extends Error {
  readonly reason: 'empty' | 'notJson' | 'notArray' | 'csv';
  constructor(reason: ReviewFileError['reason'], message: string) {
    super(message);
    this.name = 'ReviewFileError';
    this.reason = reason;
  }
}

export function formatOf(fileName: string, text: string): TFileFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.json')) return text.trimStart().startsWith('[') ? 'json' : 'jsonl';
  if (name.endsWith('.csv') || name.endsWith('.tsv') || name.endsWith('.txt')) return 'csv';
  const start = text.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return 'jsonl';
  return 'csv';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keysOf(rows: readonly TSourceRow[]): string[] {
  const keys = new Set<string>();
  for (const row of rows.slice(0, 200)) for (const key of Object.keys(row.record)) keys.add(key);
  return [...keys];
}

/** Reads a CSV (header row), a JSON array or JSON lines into records, each with its place in the file. */
export async function readReviewFile(fileName: string, text: string): Promise<TReviewFile> {
  const content = text.replace(/^\uFEFF/, '');
  if (!content.trim()) throw new ReviewFileError('empty', 'The file is empty.');
  const format = formatOf(fileName, content);
  if (format === 'csv') {
    try {
      const table = await parseCsv(content);
      return {
        format,
        columns: table.columns,
        rows: table.rows.map((r) => ({ position: r.line, record: r.record })),
      };
    } catch (error) {
      throw new ReviewFileError('csv', error instanceof Error ? error.message : String(error));
    }
  }
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw new ReviewFileError('notJson', error instanceof Error ? error.message : String(error));
    }
    // `{"items": [...]}` (the API's own body) is accepted too.
    const list = Array.isArray(parsed)
      ? parsed
      : isRecord(parsed) && Array.isArray(parsed.items)
        ? parsed.items
        : null;
    if (!list) throw new ReviewFileError('notArray', 'Expected a list of reviews.');
    const rows = list.map(
      (item, index): TSourceRow =>
        isRecord(item)
          ? { position: index + 1, record: item }
          : { position: index + 1, record: {}, error: 'not an object' },
    );
    return { format, columns: keysOf(rows), rows };
  }
  const rows: TSourceRow[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const item: unknown = JSON.parse(line);
      rows.push(
        isRecord(item)
          ? { position: index + 1, record: item }
          : { position: index + 1, record: {}, error: 'not an object' },
      );
    } catch {
      rows.push({ position: index + 1, record: {}, error: 'not valid JSON' });
    }
  });
  return { format, columns: keysOf(rows), rows };
}

/** Which review field each column feeds (null: ignored), as `mapReviewRecord` reads column names. */
export function detectColumns(columns: readonly string[]): { column: string; field: ReviewField | null }[] {
  return columns.map((column) => {
    const [field] = Object.keys(mapReviewRecord({ [column]: 'x' })) as ReviewField[];
    return { column, field: field ?? null };
  });
}

export interface TMappedRow {
  position: number;
  review: Partial<Record<ReviewField, unknown>>;
  error?: string;
}

export function mapRows(rows: readonly TSourceRow[], defaultSource: string): TMappedRow[] {
  const source = defaultSource.trim() || undefined;
  return rows.map((row) => ({
    position: row.position,
    review: mapReviewRecord(row.record, { source }),
    ...(row.error ? { error: row.error } : {}),
  }));
}

export interface TRejectedRow {
  position: number;
  reasons: string[];
}

export interface TImportSummary {
  created: number;
  duplicates: number;
  rejected: TRejectedRow[];
}

export type TSendBatch = (items: Partial<Record<ReviewField, unknown>>[]) => Promise<TImportReviewsResult>;

/** `body.items.3.postedAt` → item 3 of the batch, about `postedAt`. */
function rejectedByIndex(error: unknown): Map<number, string[]> | null {
  if (!isApiError(error) || error.status !== 400) return null;
  const byIndex = new Map<number, string[]>();
  for (const param of error.invalidParams) {
    const match = /^(?:body\.)?items\.(\d+)(?:\.(.+))?$/.exec(param.name);
    if (!match) return null;
    const index = Number(match[1]);
    const reason = match[2] ? `${match[2]}: ${param.reason}` : param.reason;
    byIndex.set(index, [...(byIndex.get(index) ?? []), reason]);
  }
  return byIndex.size > 0 ? byIndex : null;
}

/**
 * Sends the rows in batches of 500. When the server rejects rows of a batch (400 naming `body.items.N`),
 * those rows are set aside with the server's reasons and the rest of the batch is sent again; a batch too
 * large for the request limit is halved. Any other failure stops the import and is thrown, with what was
 * done so far in `summary`.
 */
export async function importReviews(
  rows: readonly TMappedRow[],
  send: TSendBatch,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<TImportSummary> {
  const summary: TImportSummary = { created: 0, duplicates: 0, rejected: [] };
  const total = rows.length;
  let done = 0;
  const unreadable = rows.filter((row) => row.error);
  for (const row of unreadable) summary.rejected.push({ position: row.position, reasons: [row.error ?? ''] });
  done += unreadable.length;
  onProgress(done, total);

  const queue: TMappedRow[][] = [];
  const readable = rows.filter((row) => !row.error);
  for (let i = 0; i < readable.length; i += BATCH_SIZE) queue.push(readable.slice(i, i + BATCH_SIZE));

  while (queue.length > 0) {
    if (signal?.aborted) throw new ImportStopped(summary);
    let batch = queue.shift() as TMappedRow[];
    while (batch.length > 0) {
      try {
        const result = await send(batch.map((row) => row.review));
        summary.created += result.created;
        summary.duplicates += result.duplicates;
        done += batch.length;
        onProgress(done, total);
        break;
      } catch (error) {
        if (isApiError(error) && error.status === 413 && batch.length > 1) {
          const half = Math.ceil(batch.length / 2);
          queue.unshift(batch.slice(half));
          batch = batch.slice(0, half);
          continue;
        }
        const rejected = rejectedByIndex(error);
        if (!rejected) throw new ImportFailed(error, summary);
        const kept: TMappedRow[] = [];
        batch.forEach((row, index) => {
          const reasons = rejected.get(index);
          if (reasons) summary.rejected.push({ position: row.position, reasons });
          else kept.push(row);
        });
        // The server named rows that are not in this batch: sending again would not help.
        if (kept.length === batch.length) throw new ImportFailed(error, summary);
        done += batch.length - kept.length;
        onProgress(done, total);
        batch = kept;
      }
    }
  }
  summary.rejected.sort((a, b) => a.position - b.position);
  return summary;
}

/** A failure that stopped the import; `summary` holds what was imported before it. */
export class ImportFailed extends Error {
  override readonly cause: unknown;
  readonly summary: TImportSummary;
  constructor(cause: unknown, summary: TImportSummary) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ImportFailed';
    this.cause = cause;
    this.summary = summary;
  }
}

/** The person stopped the import; `summary` holds what was imported before. */
export class ImportStopped extends Error {
  readonly summary: TImportSummary;
  constructor(summary: TImportSummary) {
    super('The import was stopped.');
    this.name = 'ImportStopped';
    this.summary = summary;
  }
}
