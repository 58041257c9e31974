import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, type SignedUp, signUp } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Conversations are feedback: a customer's chat messages go through the same `feedback.evaluate` path as
// survey answers — text analytics (sentiment, topics, PII redacted before anything is stored), alert
// rules in the same condition language (negative sentiment in a conversation → one case, linked both
// ways, however many angry messages follow), and the comments dashboards, where roles without pii.read
// never see the customer's address.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let owner: SignedUp;
let workspaceId: string;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  owner = await signUp(app, 'Feedback chat');
  workspaceId = owner.me.workspace?.id as string;
});
afterAll(() => touchpoint?.stop());

async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every event dispatched and no evaluation job left. */
async function settle() {
  let quiet = 0;
  await waitFor(async () => {
    const pending = await sql<{ n: number }>`
      SELECT (SELECT count(*) FROM domain_events WHERE dispatched_at IS NULL)::int
           + (SELECT count(*) FROM pgboss.job WHERE state IN ('created', 'retry', 'active')
                AND name IN ('domain-events.dispatch', 'feedback.evaluate', 'automations.on-event'))::int AS n`.execute(
      touchpoint.ctx.db,
    );
    quiet = pending.rows[0]?.n === 0 ? quiet + 1 : 0;
    return quiet >= 3;
  }, 'the pipeline to settle');
}

async function chat(text: string) {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/public/conversations',
    payload: { workspaceId },
  });
  expect(created.statusCode).toBe(201);
  const { id, token } = created.json() as { id: string; token: string };
  await say(id, token, text);
  return { id, token };
}

async function say(id: string, token: string, text: string) {
  const sent = await app.inject({
    method: 'POST',
    url: `/api/v1/public/conversations/${id}/messages`,
    headers: { authorization: `Bearer ${token}` },
    payload: { text },
  });
  expect(sent.statusCode).toBe(201);
}

describe('conversations feed text analytics and alert rules', { timeout: 120_000 }, () => {
  it('negative sentiment in a conversation opens one case, linked both ways; comments are redacted', async () => {
    const topic = await owner.client.post('/api/v1/topics', { name: 'Refunds', query: 'refund*' });
    expect(topic.status).toBe(201);
    const rule = await owner.client.post('/api/v1/alert-rules', {
      name: 'Angry chat',
      condition: {
        all: [
          { field: 'source', op: 'eq', value: 'conversation' },
          { field: 'sentiment', op: 'eq', value: 'negative' },
        ],
      },
      createCase: { priority: 'high' },
    });
    expect(rule.status).toBe(201);

    const calm = await chat('Thank you, your shop is lovely and the staff are great!');
    const angry = await chat(
      'This is terrible, the worst service ever. I am furious, my refund never came. Write to angry.customer@example.com',
    );
    await settle();

    // One case, for the angry conversation only, and the conversation names it.
    const detail = await owner.client.get(`/api/v1/conversations/${angry.id}`);
    expect(detail.status).toBe(200);
    const caseId = detail.body.conversation.caseId as string;
    expect(caseId).toBeTruthy();
    const theCase = await owner.client.get(`/api/v1/cases/${caseId}`);
    expect(theCase.status).toBe(200);
    expect(theCase.body.items).toEqual([expect.objectContaining({ kind: 'conversation', id: angry.id })]);
    expect((await owner.client.get(`/api/v1/conversations/${calm.id}`)).body.conversation.caseId).toBeNull();

    // Another angry message in the same conversation: the rule fired once for it, no second case.
    await say(angry.id, angry.token, 'Still nothing. This is awful and unacceptable.');
    await settle();
    const alerts = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM alerts WHERE workspace_id = ${workspaceId} AND rule_id = ${rule.body.id}`.execute(
      touchpoint.ctx.db,
    );
    expect(alerts.rows[0]?.n).toBe(1);
    const cases = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM case_items WHERE workspace_id = ${workspaceId} AND item_kind = 'conversation'`.execute(
      touchpoint.ctx.db,
    );
    expect(cases.rows[0]?.n).toBe(1);

    // The dashboards' comments: each customer message of the conversation, analysed (sentiment, topic),
    // with the address redacted before it was stored — a viewer without pii.read never sees it.
    const viewer = await addMember(owner.client, 'viewer');
    const comments = await viewer.client.get('/api/v1/insights/comments?sentiment=negative&limit=100');
    expect(comments.status).toBe(200);
    const fromChat = (
      comments.body.items as { itemKind: string; itemId: string; text: string; topics: { name: string }[] }[]
    ).filter((c) => c.itemKind === 'conversation');
    expect(fromChat.map((c) => c.itemId)).toEqual([angry.id, angry.id]);
    const first = fromChat.find((c) => c.text.includes('furious'));
    expect(first?.text).toContain('[email]');
    expect(JSON.stringify(comments.body)).not.toContain('angry.customer@example.com');
    expect(first?.topics.map((t) => t.name)).toEqual(['Refunds']);
    // Only the customer's own words are feedback: the bot's and system's messages are not comments.
    const all = await owner.client.get('/api/v1/insights/comments?limit=100');
    const texts = (all.body.items as { itemKind: string; text: string }[])
      .filter((c) => c.itemKind === 'conversation')
      .map((c) => c.text);
    expect(texts).toHaveLength(3);
    expect(texts.some((t) => t.includes('lovely'))).toBe(true);
  });
});

describe('automation triggers for conversations', { timeout: 120_000 }, () => {
  async function activeRule(body: Record<string, unknown>) {
    const created = await owner.client.post('/api/v1/automation-rules', body);
    expect(created.status).toBe(201);
    expect(
      (await owner.client.patch(`/api/v1/automation-rules/${created.body.id}`, { active: true })).status,
    ).toBe(200);
    return created.body.id as string;
  }

  it('fires on started, handed over (with the reason in the condition) and resolved, once per event', async () => {
    const started = await activeRule({
      name: 'Tag new chats',
      trigger: { type: 'conversation.started' },
      actions: [{ type: 'tag', tag: 'chat-started' }],
    });
    const handedOver = await activeRule({
      name: 'Asked for a person',
      trigger: { type: 'conversation.handed_over' },
      condition: { all: [{ field: 'conversation.handoffReason', op: 'eq', value: 'asked_for_person' }] },
      actions: [{ type: 'tag', tag: 'wants-human' }],
    });
    const resolved = await activeRule({
      name: 'Resolved chats',
      trigger: { type: 'conversation.resolved' },
      actions: [{ type: 'tag', tag: 'chat-resolved' }],
    });
    // The customer asks for a person straight away (a first question the bot cannot answer would hand it
    // over as out_of_scope instead).
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/public/conversations',
      payload: { workspaceId },
    });
    const { id, token } = created.json() as { id: string; token: string };
    const handoff = await app.inject({
      method: 'POST',
      url: `/api/v1/public/conversations/${id}/handoff`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(handoff.statusCode).toBe(200);
    expect((await owner.client.patch(`/api/v1/conversations/${id}`, { status: 'resolved' })).status).toBe(
      200,
    );
    await settle();

    for (const ruleId of [started, handedOver, resolved]) {
      const runs = await owner.client.get(`/api/v1/automation-rules/${ruleId}/runs`);
      expect(runs.status).toBe(200);
      const mine = (runs.body.items as { subjectId: string; status: string; subjectKind: string }[]).filter(
        (run) => run.subjectId === id,
      );
      expect(mine).toEqual([expect.objectContaining({ status: 'succeeded', subjectKind: 'conversation' })]);
    }
    const tags = await sql<{ tag: string }>`
      SELECT tag FROM item_tags WHERE workspace_id = ${workspaceId} AND item_kind = 'conversation' AND item_id = ${id}
      ORDER BY tag`.execute(touchpoint.ctx.db);
    expect(tags.rows.map((r) => r.tag)).toEqual(['chat-resolved', 'chat-started', 'wants-human']);

    // The dry run replays the same events with the same condition.
    const dry = await owner.client.post('/api/v1/automation-rules/dry-run', {
      trigger: { type: 'conversation.handed_over' },
      condition: { all: [{ field: 'conversation.handoffReason', op: 'eq', value: 'asked_for_person' }] },
      days: 1,
    });
    expect(dry.status).toBe(200);
    expect(dry.body.wouldFire).toBeGreaterThanOrEqual(1);
    expect(dry.body.samples.map((s: { subjectId: string }) => s.subjectId)).toContain(id);
  });
});
