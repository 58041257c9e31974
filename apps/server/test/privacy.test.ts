import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eraseContactJob } from '../src/modules/privacy/erasure.service';
import type { Touchpoint } from '../src/touchpoint';
import { apiKeyClient, signUp, type TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let workspaceId: string;
let smtp: SmtpSink;

const SURVEY = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
  ],
};

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
  const signed = await signUp(app, 'Privacy Co');
  admin = signed.client;
  workspaceId = signed.me.workspace?.id as string;
});
afterAll(async () => {
  await touchpoint.stop();
  await smtp.close();
});

async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function publishedSurvey(client = admin): Promise<string> {
  const created = await client.post('/api/v1/surveys', SURVEY);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await client.post(`/api/v1/surveys/${created.body.id}/publish`)).status).toBe(200);
  return created.body.id as string;
}

async function identify(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const identified = await client.post('/api/v1/contacts/identify', body);
  expect(identified.status, JSON.stringify(identified.body)).toBe(200);
  return identified.body.contact.id as string;
}

async function waitForErasure(client: TestClient, id: string) {
  return waitFor(async () => {
    const job = await client.get(`/api/v1/privacy/erasures/${id}`);
    expect(job.status).toBe(200);
    if (job.body.status === 'failed') throw new Error(`erasure failed: ${job.body.error}`);
    return job.body.status === 'done' ? job.body : undefined;
  }, 'erasure');
}

/** Every text, varchar, json(b) and array column of every table in every schema, searched for `needle`. */
async function findEverywhere(needle: string): Promise<string[]> {
  const db = touchpoint.ctx.db;
  const { rows: columns } = await sql<{ schema: string; table: string; column: string; type: string }>`
    SELECT c.table_schema AS "schema", c.table_name AS "table", c.column_name AS "column", c.data_type AS "type"
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')
  `.execute(db);
  expect(columns.length).toBeGreaterThan(100);
  const byTable = new Map<string, typeof columns>();
  for (const c of columns) {
    const key = `${c.schema}.${c.table}`;
    byTable.set(key, [...(byTable.get(key) ?? []), c]);
  }
  const hits: string[] = [];
  const text = (c: (typeof columns)[number]) =>
    c.type === 'bytea'
      ? sql`encode(${sql.ref(c.column)}, 'escape')`
      : c.type === 'ARRAY'
        ? sql`array_to_string(${sql.ref(c.column)}, ' ')`
        : sql`${sql.ref(c.column)}::text`;
  for (const [table, cols] of byTable) {
    // One scan per table; the columns that hit are named one by one only when the table has a hit.
    const { rows } = await sql<Record<string, boolean>>`
      SELECT ${sql.join(cols.map((c, i) => sql`bool_or(${text(c)} ILIKE ${`%${needle}%`}) AS ${sql.id(`h${i}`)}`))}
      FROM ${sql.table(table)}
    `.execute(db);
    cols.forEach((c, i) => {
      if (rows[0]?.[`h${i}`]) hits.push(`${table}.${c.column}`);
    });
  }
  return hits;
}

describe('personal data rights', () => {
  it('export, then erasure leaves no copy of a marker anywhere in the database, and keeps the score', async () => {
    const marker = `zqx${Date.now().toString(36)}mark`;
    const email = `${marker}@example.com`;
    const surveyId = await publishedSurvey();

    // Features that copy data: a webhook that cannot be reached keeps deliveries pending; an automation
    // records its runs; an alert rule makes a case with the comment.
    const webhook = await admin.post('/api/v1/webhooks', {
      url: 'http://127.0.0.1:9/unreachable',
      events: ['response.completed', 'case.created', 'conversation.created'],
    });
    expect(webhook.status, JSON.stringify(webhook.body)).toBe(201);
    const rule = await admin.post('/api/v1/automation-rules', {
      name: 'Tag every answer',
      trigger: { type: 'response.received', surveyId },
      actions: [{ type: 'tag', tag: 'heard' }],
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    expect((await admin.patch(`/api/v1/automation-rules/${rule.body.id}`, { active: true })).status).toBe(
      200,
    );

    // A chat started by the person makes their profile; identify adds their name and attributes.
    const chat = await app.inject({
      method: 'POST',
      url: '/api/v1/public/conversations',
      payload: { workspaceId, contact: { email, name: `Lan ${marker}` } },
    });
    expect(chat.statusCode, chat.body).toBe(201);
    const { id: conversationId, token: chatToken } = chat.json() as { id: string; token: string };
    const said = await app.inject({
      method: 'POST',
      url: `/api/v1/public/conversations/${conversationId}/messages`,
      headers: { authorization: `Bearer ${chatToken}` },
      payload: { text: `My parcel ${marker} never arrived, please call me` },
    });
    expect(said.statusCode, said.body).toBeLessThan(300);
    const contactId = await identify(admin, {
      email,
      externalId: `ext-${marker}`,
      phone: '+84901234567',
      attributes: { name: `Lan ${marker}`, city: `Hanoi ${marker}`, plan: 'gold' },
    });
    const tracked = await admin.post('/api/v1/contacts/track', {
      contact: { email },
      event: 'order.placed',
      properties: { note: `gift wrap ${marker}` },
    });
    expect(tracked.status).toBe(201);

    const answered = await app.inject({
      method: 'POST',
      url: `/api/v1/public/surveys/${surveyId}/responses`,
      payload: {
        answers: { q1: 3, q2: `Late again, ${marker} is unhappy` },
        finished: true,
        contact: { email },
      },
    });
    expect(answered.statusCode, answered.body).toBeLessThan(300);
    const responseId = (answered.json() as { id: string }).id;

    const review = await admin.post('/api/v1/reviews', {
      items: [
        {
          source: 'google',
          author: `Lan ${marker}`,
          text: `Terrible courier ${marker}`,
          rating: 1,
          postedAt: '2026-11-02T00:00:00Z',
        },
      ],
    });
    expect(review.status, JSON.stringify(review.body)).toBeLessThan(300);

    const created = await admin.post('/api/v1/cases', {
      title: `Call back ${marker}`,
      description: `Customer ${marker} wants a refund`,
      contactId,
      items: [{ kind: 'response', id: responseId }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const caseId = created.body.id as string;
    expect(
      (await admin.post(`/api/v1/cases/${caseId}/notes`, { body: `Spoke to ${marker} at home` })).status,
    ).toBe(201);
    const followUp = await admin.post(`/api/v1/cases/${caseId}/follow-ups`, {
      subject: `Sorry ${marker}`,
      body: `Dear ${marker}, we are sorry.`,
    });
    expect(followUp.status, JSON.stringify(followUp.body)).toBeLessThan(300);
    const consent = await admin.post(`/api/v1/contacts/${contactId}/consents`, {
      channel: 'email',
      purpose: 'marketing',
      source: 'signup form',
    });
    expect(consent.status).toBe(201);

    // Let the reactions run: text analysis, automation runs, webhook deliveries, the follow-up email.
    await waitFor(async () => {
      const runs = await admin.get(`/api/v1/automation-rules/${rule.body.id}/runs`);
      return runs.body.items?.length > 0 ? runs.body.items : undefined;
    }, 'automation run');
    await waitFor(async () => {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM webhook_deliveries
        WHERE workspace_id = ${workspaceId}`.execute(touchpoint.ctx.db);
      return (rows[0]?.n ?? 0) > 0 ? true : undefined;
    }, 'webhook deliveries');
    await waitFor(async () => (smtp.messages.length > 0 ? true : undefined), 'follow-up email');
    expect((await findEverywhere(marker)).length).toBeGreaterThan(8);

    // Export: JSON and a ZIP of CSVs, with the person's data in every section it belongs to.
    const exported = await admin.get(`/api/v1/contacts/${contactId}/export`);
    expect(exported.status).toBe(200);
    const data = exported.body;
    expect(data.identities[0]).toMatchObject({ email, externalId: `ext-${marker}`, phone: '+84901234567' });
    expect(data.attributes).toMatchObject({ city: `Hanoi ${marker}` });
    expect(data.events.map((e: { event: string }) => e.event)).toContain('order.placed');
    expect(data.responses[0].answers).toEqual({ q1: 3, q2: `Late again, ${marker} is unhappy` });
    expect(data.reviews[0].text).toBe(`Terrible courier ${marker}`);
    expect(data.messages.map((m: { text: string }) => m.text)).toContain(
      `My parcel ${marker} never arrived, please call me`,
    );
    expect(data.cases[0].title).toBe(`Call back ${marker}`);
    expect(data.caseNotes[0].body).toBe(`Spoke to ${marker} at home`);
    expect(data.caseEmails[0]).toMatchObject({ subject: `Sorry ${marker}`, toAddress: email });
    expect(data.consents[0]).toMatchObject({ channel: 'email', purpose: 'marketing', withdrawnAt: null });
    const zip = await app.inject({
      method: 'GET',
      url: `/api/v1/contacts/${contactId}/export?format=zip`,
      headers: { cookie: (admin.credentials as { cookie: string }).cookie },
    });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['export.json', 'responses.csv', 'case-notes.csv']),
    );
    expect(strFromU8(files['messages.csv'] as Uint8Array)).toContain(`My parcel ${marker} never arrived`);

    // Erase by email; the job reports progress until done.
    const erased = await admin.delete(`/api/v1/contacts?email=${encodeURIComponent(email.toUpperCase())}`);
    expect(erased.status, JSON.stringify(erased.body)).toBe(202);
    expect(erased.body).toMatchObject({ contactId, status: 'queued' });
    const done = await waitForErasure(admin, erased.body.id);
    expect(done.stepsDone).toBe(done.stepsTotal);
    expect(done.counts.responses).toBe(1);

    expect(await findEverywhere(marker)).toEqual([]);
    expect(await findEverywhere('+84901234567')).toEqual([]);

    // The anonymous score stays for the dashboards; the words and the link to the person are gone.
    const { rows } = await sql<{
      answers: Record<string, unknown>;
      contactId: string | null;
      npsScore: number;
    }>`
      SELECT answers, contact_id AS "contactId", nps_score AS "npsScore" FROM responses WHERE id = ${responseId}
    `.execute(touchpoint.ctx.db);
    expect(rows[0]).toEqual({ answers: { q1: 3 }, contactId: null, npsScore: 3 });
    expect((await admin.get(`/api/v1/contacts/${contactId}`)).status).toBe(404);
    const audit = await admin.get('/api/v1/audit-log');
    expect(audit.body.items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['contact.erasure_requested', 'contact.erased']),
    );

    // Idempotent: by id, email or external id the same job answers, and nothing else happens.
    for (const url of [
      `/api/v1/contacts/${contactId}`,
      `/api/v1/contacts?email=${encodeURIComponent(email)}`,
      `/api/v1/contacts?externalId=${encodeURIComponent(`ext-${marker}`)}`,
    ]) {
      const again = await admin.delete(url);
      expect(again.status, url).toBe(200);
      expect(again.body).toMatchObject({ id: erased.body.id, status: 'done' });
    }
    expect((await admin.delete('/api/v1/contacts?email=nobody-here@example.com')).status).toBe(404);
    expect((await admin.delete('/api/v1/contacts')).status).toBe(400);
  }, 180_000);

  it("another workspace's contact is 404 for export, erasure, consents and progress", async () => {
    const contactId = await identify(admin, { email: 'kept@example.com', attributes: { name: 'Kept' } });
    const other = await signUp(app, 'Other Co');
    const key = (await apiKeyClient(other.client, 'admin')).client;
    for (const client of [other.client, key]) {
      expect((await client.get(`/api/v1/contacts/${contactId}/export`)).status).toBe(404);
      expect((await client.delete(`/api/v1/contacts/${contactId}`)).status).toBe(404);
      expect((await client.delete('/api/v1/contacts?email=kept@example.com')).status).toBe(404);
      expect((await client.get(`/api/v1/contacts/${contactId}/consents`)).status).toBe(404);
      expect(
        (await client.post(`/api/v1/contacts/${contactId}/consents`, { channel: 'sms', purpose: 'x' }))
          .status,
      ).toBe(404);
    }
    expect((await admin.get(`/api/v1/contacts/${contactId}`)).status).toBe(200);
    const erasure = await admin.delete(`/api/v1/contacts/${contactId}`);
    expect((await other.client.get(`/api/v1/privacy/erasures/${erasure.body.id}`)).status).toBe(404);
    await waitForErasure(admin, erasure.body.id);
  }, 60_000);

  it('erasing a customer whose name and answers are common words touches only their own data', async () => {
    // Names and answers are customer-controlled: a profile named "workspaceId" / "recommend survey" must
    // not make the erasure rewrite anything that merely contains those words.
    const surveyId = await publishedSurvey();
    const other = await signUp(app, 'Queue Neighbour Co');
    const otherWorkspaceId = other.me.workspace?.id as string;
    const heldJob = { name: eraseContactJob.name, payload: z.looseObject({}), handler: async () => {} };
    const later = { startAfter: new Date(Date.now() + 86_400_000) };
    await touchpoint.ctx.jobs.send(
      heldJob,
      { workspaceId: otherWorkspaceId, erasureId: randomUUID(), note: 'workspaceId recommend survey' },
      later,
    );
    await touchpoint.ctx.jobs.send(
      heldJob,
      { workspaceId, erasureId: randomUUID(), note: 'please recommend the survey' },
      later,
    );
    const heldJobs = async () => {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job
        WHERE name = ${eraseContactJob.name} AND data->>'note' IS NOT NULL`.execute(touchpoint.ctx.db);
      return rows[0]?.n;
    };
    expect(await heldJobs()).toBe(2);

    const email = `common-words-${Date.now()}@example.com`;
    const contactId = await identify(admin, {
      email,
      attributes: { name: 'workspaceId', firstName: 'recommend', lastName: 'survey' },
    });
    for (const [contact, text] of [
      [{ email }, 'I would recommend this survey https'],
      [{ email: `neighbour-${Date.now()}@example.com` }, 'I would recommend this survey https'],
    ] as const) {
      const answered = await app.inject({
        method: 'POST',
        url: `/api/v1/public/surveys/${surveyId}/responses`,
        payload: { answers: { q1: 9, q2: text }, finished: true, contact },
      });
      expect(answered.statusCode, answered.body).toBeLessThan(300);
    }
    const snapshot = async () => {
      const db = touchpoint.ctx.db;
      const survey = await sql<{ definition: unknown }>`SELECT definition FROM surveys
        WHERE workspace_id = ${workspaceId} AND id = ${surveyId}`.execute(db);
      const answers = await sql<{ text: string }>`SELECT answers->>'q2' AS text FROM responses
        WHERE workspace_id = ${workspaceId} AND survey_id = ${surveyId} AND answers ? 'q2'`.execute(db);
      const actors = await sql<{ id: string; actor: string | null }>`SELECT id::text, actor FROM domain_events
        WHERE workspace_id = ${workspaceId} ORDER BY id`.execute(db);
      return { survey: survey.rows[0]?.definition, answers: answers.rows, actors: actors.rows };
    };
    const before = await snapshot();
    expect(before.answers).toHaveLength(2);
    expect(before.actors.length).toBeGreaterThan(0);

    const erased = await admin.delete(`/api/v1/contacts/${contactId}`);
    expect(erased.status, JSON.stringify(erased.body)).toBe(202);
    const done = await waitForErasure(admin, erased.body.id);
    expect(done.stepsDone).toBe(done.stepsTotal);
    expect((await admin.get(`/api/v1/contacts/${contactId}`)).status).toBe(404);

    const after = await snapshot();
    expect(after.survey).toEqual(before.survey);
    // The person's own answer lost its words; the neighbour's identical words stay.
    expect(after.answers).toEqual([{ text: 'I would recommend this survey https' }]);
    const beforeActors = new Map(before.actors.map((e) => [e.id, e.actor]));
    for (const e of after.actors) if (beforeActors.has(e.id)) expect(e.actor).toBe(beforeActors.get(e.id));
    expect(await heldJobs()).toBe(2);
    await sql`DELETE FROM pgboss.job WHERE name = ${eraseContactJob.name} AND data->>'note' IS NOT NULL`.execute(
      touchpoint.ctx.db,
    );
  }, 60_000);

  it('consent records: given, listed newest first, withdrawn (kept with the time), validated', async () => {
    const contactId = await identify(admin, { email: 'consent@example.com' });
    const given = await admin.post(`/api/v1/contacts/${contactId}/consents`, {
      channel: 'sms',
      purpose: 'order updates',
      source: 'checkout',
      recordedAt: '2026-01-02T03:04:05Z',
    });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      channel: 'sms',
      purpose: 'order updates',
      granted: true,
      source: 'checkout',
    });
    const refused = await admin.post(`/api/v1/contacts/${contactId}/consents`, {
      channel: 'email',
      purpose: 'newsletter',
      granted: false,
    });
    expect(refused.status).toBe(201);
    const withdrawn = await admin.post(`/api/v1/contacts/${contactId}/consents/${given.body.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawnAt).not.toBeNull();
    const listed = await admin.get(`/api/v1/contacts/${contactId}/consents`);
    expect(listed.body.items.map((c: { purpose: string }) => c.purpose)).toEqual([
      'newsletter',
      'order updates',
    ]);
    const bad = await admin.post(`/api/v1/contacts/${contactId}/consents`, {
      channel: 'pigeon',
      purpose: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const exported = await admin.get(`/api/v1/contacts/${contactId}/export`);
    expect(exported.body.consents).toHaveLength(2);
  });

  it('retention: a dry run counts, the run anonymises old responses and deletes old events', async () => {
    const signed = await signUp(app, 'Retention Co');
    const client = signed.client;
    const ws = signed.me.workspace?.id as string;
    const surveyId = await publishedSurvey(client);
    for (const text of ['old one', 'old two', 'new one']) {
      const r = await app.inject({
        method: 'POST',
        url: `/api/v1/public/surveys/${surveyId}/responses`,
        payload: {
          answers: { q1: 9, q2: `${text} comment` },
          finished: true,
          contact: { email: 'r@example.com' },
        },
      });
      expect(r.statusCode).toBeLessThan(300);
    }
    await client.post('/api/v1/contacts/track', {
      contact: { email: 'r@example.com' },
      event: 'old',
      occurredAt: '2020-01-01T00:00:00Z',
    });
    await client.post('/api/v1/contacts/track', { contact: { email: 'r@example.com' }, event: 'new' });
    const db = touchpoint.ctx.db;
    await sql`UPDATE responses SET created_at = now() - interval '400 days'
              WHERE workspace_id = ${ws} AND answers->>'q2' LIKE 'old%'`.execute(db);

    const empty = await client.post('/api/v1/privacy/retention/preview', {});
    expect(empty.body).toEqual({ mode: 'anonymise', responses: 0, conversations: 0, events: 0 });
    const preview = await client.post('/api/v1/privacy/retention/preview', {
      responsesDays: 365,
      eventsDays: 365,
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ mode: 'anonymise', responses: 2, conversations: 0, events: 1 });
    // A dry run changes nothing.
    expect((await client.get('/api/v1/privacy/settings')).body.responsesDays).toBeNull();
    expect((await client.post('/api/v1/privacy/retention/preview', { responsesDays: 0 })).status).toBe(400);

    const saved = await client.patch('/api/v1/privacy/settings', { responsesDays: 365, eventsDays: 365 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ retentionMode: 'anonymise', responsesDays: 365, eventsDays: 365 });
    const ran = await client.post('/api/v1/privacy/retention/run');
    expect(ran.body).toEqual({ mode: 'anonymise', responses: 2, conversations: 0, events: 1 });
    const { rows } = await sql<{ answers: Record<string, unknown>; contactId: string | null }>`
      SELECT answers, contact_id AS "contactId" FROM responses WHERE workspace_id = ${ws} ORDER BY created_at
    `.execute(db);
    expect(rows).toEqual([
      { answers: { q1: 9 }, contactId: null },
      { answers: { q1: 9 }, contactId: null },
      { answers: { q1: 9, q2: 'new one comment' }, contactId: expect.any(String) },
    ]);
    // Already anonymised rows are not counted again; delete mode removes them.
    expect((await client.post('/api/v1/privacy/retention/preview', {})).body.responses).toBe(0);
    const deleting = await client.post('/api/v1/privacy/retention/preview', { retentionMode: 'delete' });
    expect(deleting.body.responses).toBe(2);
    await client.patch('/api/v1/privacy/settings', { retentionMode: 'delete' });
    await client.post('/api/v1/privacy/retention/run');
    const { rows: left } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM responses WHERE workspace_id = ${ws}`.execute(db);
    expect(left[0]?.n).toBe(1);
  });

  it('self-service: a customer gets a single-use link by email and downloads their data once', async () => {
    const contactId = await identify(admin, {
      email: 'self@example.com',
      attributes: { name: 'Self Served' },
    });
    expect(contactId).toBeTruthy();
    const page = await app.inject({ method: 'GET', url: `/privacy/${workspaceId}` });
    expect(page.statusCode).toBe(404);
    const enabled = await admin.patch('/api/v1/privacy/settings', { selfServiceEnabled: true });
    expect(enabled.body.selfServiceUrl).toBe(`http://touchpoint.test/privacy/${workspaceId}`);
    const form = await app.inject({ method: 'GET', url: `/privacy/${workspaceId}` });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<form method="post"');
    expect(form.headers['content-security-policy']).toContain("script-src 'self'");
    expect(form.headers['content-security-policy']).not.toContain('unsafe-eval');

    const before = smtp.messages.length;
    const asked = await app.inject({
      method: 'POST',
      url: `/privacy/${workspaceId}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=Self%40example.com',
    });
    expect(asked.statusCode).toBe(202);
    // An unknown address gets the same answer and no email.
    const unknown = await app.inject({
      method: 'POST',
      url: `/api/v1/public/privacy/${workspaceId}/requests`,
      payload: { email: 'stranger@example.com' },
    });
    expect(unknown.statusCode).toBe(202);
    const mail = await waitFor(
      async () => smtp.messages.slice(before).find((m) => (m.text ?? '').includes('/export/')),
      'export link email',
      10_000,
    );
    const url = /http:\/\/touchpoint\.test(\/privacy\/[^\s"<]+\/export\/[A-Za-z0-9_-]+)/.exec(
      mail.text ?? '',
    )?.[1];
    expect(url).toBeTruthy();
    const download = await app.inject({ method: 'GET', url: url as string });
    expect(download.statusCode).toBe(200);
    expect(JSON.parse(download.body).identities[0].email).toBe('self@example.com');
    const again = await app.inject({ method: 'GET', url: url as string });
    expect(again.statusCode).toBe(410);
    expect(
      (await app.inject({ method: 'GET', url: `/privacy/${workspaceId}/export/${'x'.repeat(43)}` }))
        .statusCode,
    ).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.slice(before).filter((m) => (m.text ?? '').includes('/export/')).length).toBe(1);
  }, 60_000);
});
