import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import type { TImportReviewsResult } from '../../lib/contracts';
import {
  BATCH_SIZE,
  detectColumns,
  ImportFailed,
  importReviews,
  mapRows,
  readReviewFile,
  type TMappedRow,
} from './review-import';

function validationError(names: string[], status = 400): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'The request is not valid',
    status,
    detail: names.join('; '),
    code: status === 400 ? 'VALIDATION_FAILED' : 'PAYLOAD_TOO_LARGE',
    requestId: 'req-1',
    invalidParams: names.map((name) => ({ name, reason: 'Invalid input' })),
  });
}

function rows(count: number): TMappedRow[] {
  return Array.from({ length: count }, (_, i) => ({
    position: i + 2,
    review: { source: 'Google', text: `review ${i}`, postedAt: '2026-01-01T00:00:00.000Z' },
  }));
}

const ok = (count: number): TImportReviewsResult => ({ created: count, duplicates: 0, items: [] });

describe('reading a review file', () => {
  it('reads a CSV with its line numbers, quoted newlines included', async () => {
    const file = await readReviewFile(
      'export.csv',
      'Platform,Stars,Review,Date\nGoogle,5,"Great\nservice",2026-03-01\nGoogle,2,Slow,2026-03-02\n',
    );
    expect(file.format).toBe('csv');
    expect(file.columns).toEqual(['Platform', 'Stars', 'Review', 'Date']);
    expect(file.rows.map((row) => row.position)).toEqual([2, 4]);
  });

  it('reads a JSON array (or the API body) and JSON lines, flagging lines that are not JSON', async () => {
    const array = await readReviewFile('a.json', '[{"text":"a"},{"text":"b"}]');
    expect(array.format).toBe('json');
    expect(array.rows.map((row) => row.position)).toEqual([1, 2]);
    const body = await readReviewFile('b.json', '{"items":[{"text":"a"}]}');
    expect(body.rows).toHaveLength(1);
    const lines = await readReviewFile('c.jsonl', '{"text":"a"}\n\nnot json\n{"text":"b","rating":4}\n');
    expect(lines.format).toBe('jsonl');
    expect(lines.columns).toEqual(['text', 'rating']);
    expect(lines.rows.map((row) => [row.position, row.error ?? null])).toEqual([
      [1, null],
      [3, 'not valid JSON'],
      [4, null],
    ]);
  });

  it('refuses an empty file and JSON that is not a list', async () => {
    await expect(readReviewFile('a.csv', '  \n')).rejects.toMatchObject({ reason: 'empty' });
    await expect(readReviewFile('a.json', '[1,')).rejects.toMatchObject({ reason: 'notJson' });
    await expect(readReviewFile('a.json', '{"a":1}')).resolves.toMatchObject({ format: 'jsonl' });
  });
});

describe('mapping columns', () => {
  it('detects the field of each column with the shared mapping, and fills the default source', () => {
    expect(detectColumns(['Platform', 'Stars', 'Review', 'Posted at', 'Colour'])).toEqual([
      { column: 'Platform', field: 'source' },
      { column: 'Stars', field: 'rating' },
      { column: 'Review', field: 'text' },
      { column: 'Posted at', field: 'postedAt' },
      { column: 'Colour', field: null },
    ]);
    const [row] = mapRows(
      [{ position: 2, record: { Stars: '4', Review: 'Nice', Date: '2026-03-01' } }],
      'Google',
    );
    expect(row?.review).toEqual({
      source: 'Google',
      rating: 4,
      text: 'Nice',
      postedAt: new Date('2026-03-01').toISOString(),
    });
  });
});

describe('importing in batches', () => {
  it('sends batches of 500 and adds up the results', async () => {
    const sizes: number[] = [];
    const progress: number[] = [];
    const summary = await importReviews(
      rows(1200),
      async (items) => {
        sizes.push(items.length);
        return { created: items.length - 1, duplicates: 1, items: [] };
      },
      (done) => progress.push(done),
    );
    expect(sizes).toEqual([BATCH_SIZE, BATCH_SIZE, 200]);
    expect(summary).toEqual({ created: 1197, duplicates: 3, rejected: [] });
    expect(progress.at(-1)).toBe(1200);
  });

  it('sets rejected rows aside with their position and reasons, and re-sends the rest', async () => {
    const sent: number[][] = [];
    const summary = await importReviews(
      [...rows(4), { position: 99, review: {}, error: 'not valid JSON' }],
      async (items) => {
        sent.push(items.map((item) => Number(String(item.text).split(' ')[1])));
        if (items.length === 4)
          throw validationError(['body.items.1.postedAt', 'body.items.1.text', 'body.items.3']);
        return ok(items.length);
      },
      () => {},
    );
    expect(sent).toEqual([
      [0, 1, 2, 3],
      [0, 2],
    ]);
    expect(summary.created).toBe(2);
    expect(summary.rejected).toEqual([
      { position: 3, reasons: ['postedAt: Invalid input', 'text: Invalid input'] },
      { position: 5, reasons: ['Invalid input'] },
      { position: 99, reasons: ['not valid JSON'] },
    ]);
  });

  it('halves a batch that is too large for one request', async () => {
    const sizes: number[] = [];
    const summary = await importReviews(
      rows(10),
      async (items) => {
        sizes.push(items.length);
        if (items.length > 5) throw validationError([], 413);
        return ok(items.length);
      },
      () => {},
    );
    expect(sizes).toEqual([10, 5, 5]);
    expect(summary.created).toBe(10);
  });

  it('stops on any other failure, keeping what was imported before', async () => {
    let calls = 0;
    const error = await importReviews(
      rows(BATCH_SIZE + 1),
      async (items) => {
        calls += 1;
        if (calls === 2) throw validationError(['body'], 400);
        return ok(items.length);
      },
      () => {},
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFailed);
    expect((error as ImportFailed).summary.created).toBe(BATCH_SIZE);
  });
});
