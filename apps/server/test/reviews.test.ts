import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReviewFile } from '../src/cli/import-reviews';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let admin: TestClient;
let workspaceId: string;
const dir = mkdtempSync(join(tmpdir(), 'tp-reviews-'));

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  const signed = await signUp(touchpoint.app as FastifyInstance);
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
});
afterAll(async () => {
  await touchpoint.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('reviews API', () => {
  it('imports a batch, skips duplicates by source and id, and derives ids for rows without one', async () => {
    const items = [
      {
        source: 'Google',
        externalId: 'g-1',
        rating: 2,
        author: 'Lan',
        text: 'Giao hàng chậm quá',
        postedAt: '2026-11-01T10:00:00Z',
      },
      {
        source: 'google',
        externalId: 'g-2',
        rating: 5,
        text: 'Great staff',
        postedAt: '2026-11-02T10:00:00Z',
      },
      { source: 'facebook', author: 'Minh', text: 'Hàng đẹp', postedAt: '2026-11-03T10:00:00Z' },
    ];
    const first = await admin.post('/api/v1/reviews', { items });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 3, duplicates: 0 });
    const again = await admin.post('/api/v1/reviews', { items });
    expect(again.body).toMatchObject({ created: 0, duplicates: 3 });
    const list = await admin.get('/api/v1/reviews?source=google');
    expect(list.body.items.map((r: { externalId: string }) => r.externalId)).toEqual(['g-2', 'g-1']);
    expect(list.body.items[1]).toMatchObject({ source: 'google', rating: 2, ratingScale: 5, author: 'Lan' });
  });

  it('names every bad field', async () => {
    const response = await admin.post('/api/v1/reviews', {
      items: [{ source: '', rating: 12, postedAt: 'yesterday', url: 'not a url' }],
    });
    expect(response.status).toBe(400);
    const names = response.body.invalidParams.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual([
      'body.items.0.postedAt',
      'body.items.0.rating',
      'body.items.0.source',
      'body.items.0.url',
    ]);
  });
});

describe('review file import', () => {
  it('reads a vendor CSV (BOM, CRLF, quoted newlines, aliased headers), reports bad rows, and re-imports idempotently', async () => {
    const csv = [
      '\uFEFFplatform,review_id,stars,user,content,date',
      'appstore,a-1,1,"Nguyễn Văn A","Ứng dụng bị lỗi,\r\nkhông thanh toán được",2026-10-05',
      'appstore,a-2,4,Bob,Works well,2026-10-06T08:00:00Z',
      'appstore,a-3,5,Carl,No date here,',
      '',
    ].join('\r\n');
    const file = join(dir, 'reviews.csv');
    writeFileSync(file, csv);
    const result = await importReviewFile(touchpoint.ctx, workspaceId, file);
    expect(result).toMatchObject({ created: 2, duplicates: 0, rows: 3 });
    expect(result.errors).toEqual([{ line: 4, error: expect.stringContaining('postedAt') }]);
    const again = await importReviewFile(touchpoint.ctx, workspaceId, file);
    expect(again).toMatchObject({ created: 0, duplicates: 2 });
    const list = await admin.get('/api/v1/reviews?source=appstore');
    expect(list.body.items.find((r: { externalId: string }) => r.externalId === 'a-1').text).toBe(
      'Ứng dụng bị lỗi,\r\nkhông thanh toán được',
    );
  });

  it('reads JSON arrays and JSON lines, with a default source', async () => {
    const jsonl = join(dir, 'posts.jsonl');
    writeFileSync(
      jsonl,
      `${JSON.stringify({ id: 'p1', text: 'Love the new store', date: '2026-11-20' })}\n${JSON.stringify({ id: 'p2', text: 'Queue too long', date: '2026-11-21' })}\n`,
    );
    const result = await importReviewFile(touchpoint.ctx, workspaceId, jsonl, 'tiktok');
    expect(result).toMatchObject({ created: 2, errors: [] });
    const list = await admin.get('/api/v1/reviews?source=tiktok');
    expect(list.body.items).toHaveLength(2);
  });
});
