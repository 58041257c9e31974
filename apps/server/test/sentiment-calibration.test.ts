import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStoredItems } from '../src/modules/text/index';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// The workspace's own sentiment calibration (issue 17): trained from scored comments as weak labels, it
// switches on only when it beats the built-in analyzer on the workspace's held-out comments; once on,
// stored comments are read again with it, and switching it off reads them again without it.
//
// Workspace A speaks a jargon the analyzer cannot know (made-up words, so the lexicon can never cover them
// by accident): its detractors' comments say a thing was "flimbled", its promoters' that it "glimmered".
// Workspace B writes plain English the analyzer already reads right, so a calibration has nothing to add.

const SURVEY = {
  name: 'Relationship NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
  ],
};
const NOUNS = ['zorbix', 'plimcard', 'wexbox', 'trundle', 'kaplet'];
const WHEN = ['this week', 'on Monday', 'again today', 'after the update', 'yesterday'];

let touchpoint: Touchpoint;
let app: FastifyInstance;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
});
afterAll(async () => {
  await touchpoint?.stop();
});

interface Workspace {
  client: TestClient;
  workspaceId: string;
  surveyId: string;
}

async function workspace(name: string): Promise<Workspace> {
  const signed = await signUp(app, name);
  const survey = await signed.client.post('/api/v1/surveys', SURVEY);
  expect(survey.status).toBe(201);
  await signed.client.post(`/api/v1/surveys/${survey.body.id}/publish`);
  return { client: signed.client, workspaceId: signed.me.workspace.id, surveyId: survey.body.id };
}

/** Scored comments straight into the table, then analysed as the loop would. */
async function comments(w: Workspace, rows: { score: number; text: string }[]): Promise<string[]> {
  const ids = rows.map(() => uuidv7());
  await touchpoint.ctx.db
    .insertInto('responses')
    .values(
      rows.map((row, i) => ({
        workspaceId: w.workspaceId,
        id: ids[i] as string,
        surveyId: w.surveyId,
        surveyVersion: 1,
        touchpointId: null,
        contactId: null,
        linkId: null,
        idempotencyKey: uuidv7(),
        channel: 'link',
        language: 'en',
        answers: JSON.stringify({ q1: row.score, q2: row.text }),
        npsScore: row.score,
        finished: true,
        createdAt: new Date(),
        finishedAt: new Date(),
      })),
    )
    .execute();
  await analyzeStoredItems(touchpoint.ctx, w.workspaceId, 'response', ids);
  return ids;
}

function jargon(verb: string, n: number, score: number) {
  return Array.from({ length: n }, (_, i) => ({
    score,
    text: `My ${NOUNS[i % NOUNS.length]} ${verb} ${WHEN[Math.floor(i / NOUNS.length) % WHEN.length]}, ticket ${i}`,
  }));
}

async function storedSentiment(w: Workspace, responseId: string) {
  const row = await touchpoint.ctx.db
    .selectFrom('textAnalyses')
    .select(['sentimentLabel', 'result'])
    .where('workspaceId', '=', w.workspaceId)
    .where('itemId', '=', responseId)
    .executeTakeFirstOrThrow();
  return {
    label: row.sentimentLabel,
    calibration: (row.result as { calibrationVersion?: number }).calibrationVersion,
  };
}

async function trainAndWait(w: Workspace) {
  const started = await w.client.post('/api/v1/text/sentiment-calibration/train');
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  expect(started.body).toMatchObject({ status: 'training' });
  const version = started.body.version as number;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const overview = await w.client.get('/api/v1/text/sentiment-calibration');
    expect(overview.status).toBe(200);
    const found = overview.body.versions.find((v: { version: number }) => v.version === version);
    if (found.status !== 'training' && found.progress === 1)
      return { calibration: found, overview: overview.body };
    if (Date.now() > deadline)
      throw new Error(`calibration ${version} still training: ${JSON.stringify(found)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function waitFor(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('sentiment calibration', () => {
  let a: Workspace;
  let b: Workspace;
  let flimbled: string[];

  beforeAll(async () => {
    a = await workspace('Jargon');
    b = await workspace('Plain');
    flimbled = await comments(a, jargon('flimbled', 100, 1));
    await comments(a, jargon('glimmered', 100, 10));
    await comments(b, [
      ...Array.from({ length: 60 }, (_, i) => ({
        score: 1,
        text: `Terrible service and rude staff, awful ${i}`,
      })),
      ...Array.from({ length: 60 }, (_, i) => ({
        score: 10,
        text: `Great service and lovely staff, excellent ${i}`,
      })),
    ]);
  });

  it('refuses to train without enough scored comments on each side, with a clear 400', async () => {
    const empty = await workspace('Empty');
    await comments(empty, jargon('flimbled', 3, 1));
    const response = await empty.client.post('/api/v1/text/sentiment-calibration/train');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.detail).toContain('3 negative and 0 positive');
    const overview = await empty.client.get('/api/v1/text/sentiment-calibration');
    expect(overview.body).toMatchObject({
      active: null,
      versions: [],
      available: { negative: 3, positive: 0 },
    });
  });

  it('switches on when it beats the built-in analyzer on held-out comments, and re-reads stored comments', async () => {
    // Before: the analyzer knows none of the jargon.
    expect((await storedSentiment(a, flimbled[0] as string)).label).toBe('neutral');
    const { calibration, overview } = await trainAndWait(a);
    expect(calibration.status).toBe('active');
    expect(calibration.examples + calibration.heldOut).toBe(200);
    expect(calibration.heldOut).toBeGreaterThan(10);
    const { builtin, calibrated, better } = calibration.comparison;
    expect(better).toBe(true);
    expect(calibrated.macroF1).toBeGreaterThan(0.9);
    expect(builtin.macroF1).toBeLessThan(0.7);
    expect(calibrated.n).toBe(calibration.heldOut);
    expect(overview.active.version).toBe(calibration.version);
    expect(overview.available).toEqual({ negative: 100, positive: 100 });
    // Every stored comment was read again with the calibration.
    expect(await storedSentiment(a, flimbled[0] as string)).toEqual({ label: 'negative', calibration: 1 });
    // New comments are analysed with it too (also texts it never saw, built from the same words).
    const [fresh] = await comments(a, [{ score: 5, text: 'The wexbox flimbled during checkout' }]);
    expect((await storedSentiment(a, fresh as string)).label).toBe('negative');
    // Workspace B's analyses are untouched by A's calibration.
    const other = await b.client.get('/api/v1/text/sentiment-calibration');
    expect(other.body.active).toBeNull();
  });

  it('stays off when it does not beat the analyzer, and cannot be switched on by hand', async () => {
    const { calibration, overview } = await trainAndWait(b);
    expect(calibration.status).toBe('rejected');
    expect(calibration.comparison.better).toBe(false);
    expect(calibration.comparison.builtin.macroF1).toBeGreaterThan(0.95);
    expect(overview.active).toBeNull();
    const forced = await b.client.patch(`/api/v1/text/sentiment-calibration/${calibration.version}`, {
      active: true,
    });
    expect(forced.status).toBe(409);
    expect(forced.body.code).toBe('CONFLICT');
  });

  it('can be switched off and on again; another workspace cannot touch it', async () => {
    const outsider = await b.client.patch('/api/v1/text/sentiment-calibration/1', { active: false });
    // B has its own version 1 (rejected): switching it off changes nothing of A's.
    expect(outsider.status).toBe(200);
    expect(outsider.body.status).toBe('rejected');
    const missing = await b.client.patch('/api/v1/text/sentiment-calibration/99', { active: false });
    expect(missing.status).toBe(404);
    expect((await a.client.get('/api/v1/text/sentiment-calibration')).body.active.version).toBe(1);

    const off = await a.client.patch('/api/v1/text/sentiment-calibration/1', { active: false });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('inactive');
    await waitFor(
      async () => (await storedSentiment(a, flimbled[0] as string)).label === 'neutral',
      'comments read again without the calibration',
    );
    expect((await storedSentiment(a, flimbled[0] as string)).calibration).toBeUndefined();

    const on = await a.client.patch('/api/v1/text/sentiment-calibration/1', { active: true });
    expect(on.status).toBe(200);
    expect(on.body.status).toBe('active');
    await waitFor(
      async () => (await storedSentiment(a, flimbled[0] as string)).label === 'negative',
      'comments read again with the calibration',
    );
    const bad = await a.client.patch('/api/v1/text/sentiment-calibration/1', { active: 'yes' });
    expect(bad.status).toBe(400);
  });
});
