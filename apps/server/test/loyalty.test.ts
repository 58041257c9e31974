import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, sessionOf, signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Breakdowns by segment and account, loyalty vs satisfaction and trend annotations, on data written
// here: every expected figure is computed in this file from the definitions, not by the server's code.

let touchpoint: Touchpoint;
let admin: TestClient;
let workspaceId: string;
let surveyId: string;
const tp = { checkout: '', courier: '' };
const contactIds: Record<string, string> = {};

// Contacts and their attributes: segment and account on the contact win over the response's hidden field.
const CONTACTS: Record<string, Record<string, unknown>> = {
  k1: { segment: 'b2b', account: 'Acme', retained: true, totalSpendVnd: 1000 },
  k2: { account: 'Acme', retained: false, totalSpendVnd: 3000 },
  k3: { retained: true },
  k4: { totalSpendVnd: 500 },
};

const DATA: {
  tp: 'checkout' | 'courier';
  contact: string | null;
  hidden: Record<string, string>;
  nps: number;
  csat: number | null;
  day: string;
}[] = [
  { tp: 'checkout', contact: 'k1', hidden: { segment: 'retail' }, nps: 10, csat: 5, day: '2026-10-05' },
  { tp: 'checkout', contact: 'k1', hidden: {}, nps: 9, csat: 4, day: '2026-10-05' },
  { tp: 'checkout', contact: 'k2', hidden: { segment: 'b2b' }, nps: 3, csat: 5, day: '2026-10-06' },
  {
    tp: 'checkout',
    contact: null,
    hidden: { segment: 'retail', account: 'Beta' },
    nps: 6,
    csat: 4,
    day: '2026-10-06',
  },
  { tp: 'courier', contact: 'k3', hidden: { segment: 'retail' }, nps: 0, csat: 5, day: '2026-10-07' },
  { tp: 'courier', contact: 'k3', hidden: { segment: 'retail' }, nps: 2, csat: 4, day: '2026-10-07' },
  { tp: 'courier', contact: 'k4', hidden: {}, nps: 5, csat: 5, day: '2026-10-08' },
  { tp: 'courier', contact: null, hidden: {}, nps: 8, csat: null, day: '2026-10-08' },
  // Before the period of the filtered checks below.
  { tp: 'courier', contact: 'k2', hidden: { segment: 'retail' }, nps: 10, csat: 1, day: '2026-09-20' },
];

/** The rule as the issue states it: contact attribute, else hidden field, else "(none)". */
function dimension(row: (typeof DATA)[number], name: string): string {
  const fromContact = row.contact ? CONTACTS[row.contact]?.[name] : undefined;
  return (fromContact as string | undefined) ?? row.hidden[name] ?? '(none)';
}
function nps(scores: number[]) {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { n: scores.length, value: scores.length ? ((promoters - detractors) * 100) / scores.length : null };
}
function csat(scores: number[]) {
  return {
    n: scores.length,
    value: scores.length ? (scores.filter((s) => s >= 4).length * 100) / scores.length : null,
  };
}
function expectedGroups(rows: typeof DATA, keyOf: (row: (typeof DATA)[number]) => string) {
  const keys = [...new Set(rows.map(keyOf))];
  return new Map(
    keys.map((key) => {
      const mine = rows.filter((row) => keyOf(row) === key);
      const contacts = [...new Set(mine.flatMap((row) => (row.contact ? [row.contact] : [])))].map(
        (c) => CONTACTS[c] as Record<string, unknown>,
      );
      const retained = contacts.filter((c) => typeof c.retained === 'boolean');
      const spending = contacts.filter((c) => typeof c.totalSpendVnd === 'number');
      return [
        key,
        {
          nps: nps(mine.map((row) => row.nps)),
          csat: csat(mine.flatMap((row) => (row.csat === null ? [] : [row.csat]))),
          retention: retained.length
            ? {
                value: (retained.filter((c) => c.retained).length * 100) / retained.length,
                n: retained.length,
              }
            : null,
          spend: spending.length
            ? {
                mean: spending.reduce((sum, c) => sum + (c.totalSpendVnd as number), 0) / spending.length,
                n: spending.length,
              }
            : null,
        },
      ];
    }),
  );
}

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  const signed = await signUp(touchpoint.app as FastifyInstance);
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  const journey = await admin.post('/api/v1/journeys', {
    name: 'Retail',
    stages: [
      { name: 'Purchase', touchpoints: [{ name: 'Checkout' }] },
      { name: 'Delivery', touchpoints: [{ name: 'Courier' }] },
    ],
  });
  tp.checkout = journey.body.stages[0].touchpoints[0].id;
  tp.courier = journey.body.stages[1].touchpoints[0].id;
  const survey = await admin.post('/api/v1/surveys', {
    name: 'Relationship',
    hiddenFields: ['segment', 'account'],
    questions: [
      { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
      { id: 'csat', type: 'csat', text: { en: 'Satisfied?' } },
    ],
  });
  expect(survey.status).toBe(201);
  surveyId = survey.body.id;
  await admin.post(`/api/v1/surveys/${surveyId}/publish`);
  for (const [name, attributes] of Object.entries(CONTACTS)) {
    const identified = await admin.post('/api/v1/contacts/identify', {
      email: `${name}@example.com`,
      attributes,
    });
    contactIds[name] = identified.body.contact.id;
  }
  await touchpoint.database.db
    .insertInto('responses')
    .values(
      DATA.map((d, i) => ({
        workspaceId,
        id: crypto.randomUUID(),
        surveyId,
        surveyVersion: 1,
        touchpointId: tp[d.tp],
        contactId: d.contact ? (contactIds[d.contact] as string) : null,
        idempotencyKey: `loyalty-${i}`,
        channel: 'link',
        language: 'en',
        answers: JSON.stringify(d.csat === null ? { nps: d.nps } : { nps: d.nps, csat: d.csat }),
        hiddenFields: JSON.stringify(d.hidden),
        npsScore: d.nps,
        finished: true,
        createdAt: new Date(`${d.day}T10:00:00Z`),
      })),
    )
    .execute();
});
afterAll(() => touchpoint.stop());

type Group = { key: string; label: string | null; value: number | null; n: number; smallSample: boolean };

describe('breakdowns by segment and account', () => {
  it('groups NPS and CSAT by segment: the contact attribute, else the hidden field, else (none)', async () => {
    for (const metric of ['nps', 'csat'] as const) {
      const result = (await admin.get(`/api/v1/metrics?metric=${metric}&groupBy=segment`)).body;
      expect(result.source).toBe('raw');
      const expected = expectedGroups(
        DATA.filter((d) => metric === 'nps' || d.csat !== null),
        (row) => dimension(row, 'segment'),
      );
      expect(result.groups.map((g: Group) => g.key).sort()).toEqual([...expected.keys()].sort());
      for (const group of result.groups as Group[]) {
        const want = expected.get(group.key)?.[metric];
        expect(group.n, `${metric} ${group.key}`).toBe(want?.n);
        expect(group.value as number).toBeCloseTo(want?.value as number, 10);
        expect(group.smallSample).toBe(true);
      }
    }
    // By hand, so the reference above is itself checked: b2b = responses 1–3, NPS (2 − 1) / 3.
    const byHand = (await admin.get('/api/v1/metrics?metric=nps&groupBy=segment')).body.groups;
    expect(byHand.find((g: Group) => g.key === 'b2b')).toMatchObject({ n: 3, label: 'b2b' });
    expect(byHand.find((g: Group) => g.key === 'b2b').value).toBeCloseTo(100 / 3, 10);
    expect(byHand.find((g: Group) => g.key === '(none)')).toMatchObject({ n: 2, value: -50, label: null });
  });

  it('groups by account, and composes with the other filters', async () => {
    const result = (await admin.get('/api/v1/metrics?metric=nps&groupBy=account')).body;
    const byKey = Object.fromEntries(result.groups.map((g: Group) => [g.key, g]));
    expect(byKey.Acme).toMatchObject({ n: 4, value: 50 });
    expect(byKey.Beta).toMatchObject({ n: 1, value: -100 });
    expect(byKey['(none)']).toMatchObject({ n: 4, value: -75 });
    expect(result.n).toBe(DATA.length);

    const filtered = (
      await admin.get(`/api/v1/metrics?metric=nps&groupBy=account&touchpointId=${tp.courier}&from=2026-10-01`)
    ).body;
    const expected = expectedGroups(
      DATA.filter((d) => d.tp === 'courier' && d.day >= '2026-10-01'),
      (row) => dimension(row, 'account'),
    );
    expect(filtered.groups.map((g: Group) => [g.key, g.n, g.value])).toEqual(
      [...expected].map(([key, e]) => [key, e.nps.n, e.nps.value]),
    );
  });
});

describe('loyalty vs satisfaction', () => {
  it('puts NPS, CSAT, retention and spend per touchpoint side by side, and marks disagreement', async () => {
    const response = await admin.get('/api/v1/loyalty?by=touchpoint');
    expect(response.status).toBe(200);
    const { rows, retentionAttribute, spendAttribute } = response.body;
    expect({ retentionAttribute, spendAttribute }).toEqual({
      retentionAttribute: 'retained',
      spendAttribute: 'totalSpendVnd',
    });
    // Journey order.
    expect(rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      [tp.checkout, 'Checkout'],
      [tp.courier, 'Courier'],
    ]);
    const expected = expectedGroups(DATA, (row) => tp[row.tp]);
    for (const row of rows) {
      const want = expected.get(row.key);
      expect(row.nps.n).toBe(want?.nps.n);
      expect(row.nps.value).toBeCloseTo(want?.nps.value as number, 10);
      expect(row.csat.n).toBe(want?.csat.n);
      expect(row.csat.value).toBeCloseTo(want?.csat.value as number, 10);
      expect(row.retention).toEqual(want?.retention);
      expect(row.spend).toEqual(want?.spend);
    }
    // Checkout by hand: NPS (2 − 2) / 4 = 0 with CSAT 4/4 = 100 %: satisfied, not loyal.
    expect(rows[0]).toMatchObject({
      nps: { value: 0, n: 4, smallSample: true },
      csat: { value: 100, n: 4 },
      retention: { value: 50, n: 2 },
      spend: { mean: 2000, n: 2 },
      disagreement: true,
    });
    // Courier: NPS (1 − 3) / 5 = −40, CSAT 3/4 = 75 %: both low, no disagreement. k2 and k3 have a
    // retention value (one stayed), k2 and k4 a spend.
    expect(rows[1]).toMatchObject({
      nps: { value: -40, n: 5 },
      csat: { value: 75, n: 4 },
      retention: { value: 50, n: 2 },
      spend: { mean: 1750, n: 2 },
      disagreement: false,
    });
  });

  it('groups by segment or any attribute, counts each contact once, honours the period', async () => {
    const bySegment = (await admin.get('/api/v1/loyalty?by=segment')).body.rows;
    expect(bySegment.map((r: { key: string }) => r.key)).toEqual(['b2b', 'retail', '(none)']);
    const expected = expectedGroups(DATA, (row) => dimension(row, 'segment'));
    for (const row of bySegment) {
      const want = expected.get(row.key);
      expect(row.nps.value).toBeCloseTo(want?.nps.value as number, 10);
      expect(row.csat.value).toBeCloseTo(want?.csat.value as number, 10);
      expect(row.retention).toEqual(want?.retention);
      expect(row.spend).toEqual(want?.spend);
    }
    // (none): one response with CSAT 5 (100 %) and NPS 5 and 8 (−50): satisfied, not loyal; k4 has a
    // spend but no retention value.
    expect(bySegment[2]).toMatchObject({ label: null, retention: null, spend: { mean: 500, n: 1 } });
    expect(bySegment[2].disagreement).toBe(true);

    const byAccount = (await admin.get('/api/v1/loyalty?by=attribute&attribute=account&from=2026-10-01')).body
      .rows;
    const inPeriod = expectedGroups(
      DATA.filter((d) => d.day >= '2026-10-01'),
      (row) => dimension(row, 'account'),
    );
    expect(byAccount.map((r: { key: string }) => r.key)).toEqual(['Acme', 'Beta', '(none)']);
    for (const row of byAccount) {
      expect(row.nps.n).toBe(inPeriod.get(row.key)?.nps.n);
      expect(row.retention).toEqual(inPeriod.get(row.key)?.retention);
    }
    // Acme in October: k1 twice and k2 once, two customers, one retained.
    expect(byAccount[0].retention).toEqual({ value: 50, n: 2 });
  });

  it('reads retention and spend from the attributes asked for, null when no contact has them', async () => {
    const rows = (
      await admin.get('/api/v1/loyalty?by=touchpoint&retentionAttribute=renewed&spendAttribute=ltv')
    ).body;
    expect(rows.retentionAttribute).toBe('renewed');
    for (const row of rows.rows) expect([row.retention, row.spend]).toEqual([null, null]);
  });

  it('refuses bad input with 400, never 500', async () => {
    for (const query of [
      'by=attribute',
      'by=attribute&attribute=a%20b',
      'by=channel',
      'from=yesterday',
      'retentionAttribute=',
    ]) {
      const response = await admin.get(`/api/v1/loyalty?${query}`);
      expect(response.status, query).toBe(400);
    }
  });
});

describe('trend annotations', () => {
  it('creates, lists by period and touchpoint, and deletes', async () => {
    const global = await admin.post('/api/v1/annotations', {
      day: '2026-10-06',
      text: '  New app released  ',
    });
    expect(global.status).toBe(201);
    expect(global.body).toMatchObject({
      day: '2026-10-06',
      text: 'New app released',
      touchpointId: null,
      createdBy: expect.stringMatching(/^user:/),
    });
    const local = await admin.post('/api/v1/annotations', {
      day: '2026-10-07',
      text: 'New courier',
      touchpointId: tp.courier,
    });
    expect(local.status).toBe(201);
    const other = await admin.post('/api/v1/annotations', {
      day: '2026-09-01',
      text: 'Checkout redesign',
      touchpointId: tp.checkout,
    });

    const all = await admin.get('/api/v1/annotations');
    expect(all.body.items.map((a: { text: string }) => a.text)).toEqual([
      'Checkout redesign',
      'New app released',
      'New courier',
    ]);
    const courier = await admin.get(
      `/api/v1/annotations?touchpointId=${tp.courier}&from=2026-10-01&to=2026-10-07`,
    );
    // `to` is exclusive, and the workspace-wide one shows on every touchpoint.
    expect(courier.body.items.map((a: { id: string }) => a.id)).toEqual([global.body.id]);

    const removed = await admin.request('DELETE', `/api/v1/annotations/${other.body.id}`);
    expect(removed.status).toBe(204);
    expect((await admin.request('DELETE', `/api/v1/annotations/${other.body.id}`)).status).toBe(404);
    const audit = await admin.get('/api/v1/audit-log');
    expect(audit.body.items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['annotation.created', 'annotation.deleted']),
    );
  });

  it('refuses bad input with 4xx, and people who may not write', async () => {
    const cases: [unknown, number][] = [
      [{ day: '2026-10-06', text: 'x'.repeat(201) }, 400],
      [{ day: '2026-10-06', text: '   ' }, 400],
      [{ day: '6 Oct', text: 'x' }, 400],
      [{ day: '2026-10-06', text: 'x', touchpointId: '00000000-0000-7000-8000-000000000000' }, 404],
    ];
    for (const [body, status] of cases) {
      const response = await admin.post('/api/v1/annotations', body);
      expect(response.status, JSON.stringify(body)).toBe(status);
    }
    const viewer = await addMember(admin, 'viewer');
    expect((await viewer.client.get('/api/v1/annotations')).status).toBe(200);
    expect((await viewer.client.post('/api/v1/annotations', { day: '2026-10-06', text: 'x' })).status).toBe(
      403,
    );
  });
});

describe('the demo workspace', () => {
  let demo: Touchpoint;
  let demoAdmin: TestClient;
  beforeAll(async () => {
    demo = await startTestTouchpoint({ seedDemo: true });
    const demoApp = demo.app as FastifyInstance;
    const response = await demoApp.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'demo@touchpoint.local', password: 'touchpoint-demo' },
    });
    demoAdmin = new TestClient(demoApp, sessionOf(response, response.json()));
  }, 120_000);
  afterAll(() => demo?.stop());

  it('has accounts for B2B customers, retention on contacts, a loyalty story and the release annotation', async () => {
    const accounts = (await demoAdmin.get('/api/v1/metrics?metric=nps&groupBy=account')).body.groups;
    expect(accounts.length).toBeGreaterThan(2);
    expect(accounts.some((g: Group) => g.key === '(none)')).toBe(true);
    // The demo defines segments, so metrics group by their membership (named groups, one per segment).
    const defined = (await demoAdmin.get('/api/v1/segments')).body.items as { id: string; name: string }[];
    const segments = (await demoAdmin.get('/api/v1/metrics?metric=nps&groupBy=segment')).body.groups;
    expect(segments.length).toBeGreaterThan(0);
    for (const group of segments as Group[]) {
      expect(defined.find((s) => s.id === group.key)?.name, group.key).toBe(group.label);
    }

    const loyalty = (await demoAdmin.get('/api/v1/loyalty?by=segment')).body.rows;
    for (const row of loyalty.filter((r: { key: string }) => r.key !== '(none)')) {
      expect(row.retention.n).toBeGreaterThan(10);
      expect(row.spend.n).toBeGreaterThan(10);
    }
    const annotations = (await demoAdmin.get('/api/v1/annotations')).body.items;
    expect(annotations.map((a: { text: string }) => a.text)).toEqual(['New app release (voucher codes)']);
    // The in-store visit: liked (CSAT ≥ 80) but not recommended (NPS ≤ 0), the row the view exists for.
    const byTouchpoint = (await demoAdmin.get('/api/v1/loyalty?by=touchpoint')).body.rows;
    const store = byTouchpoint.find((r: { label: string }) => r.label === 'In-store purchase');
    expect(store.csat.value).toBeGreaterThanOrEqual(80);
    expect(store.nps.value).toBeLessThanOrEqual(0);
    expect(store.disagreement).toBe(true);
    expect(byTouchpoint.filter((r: { disagreement: boolean }) => r.disagreement)).toHaveLength(1);
  });
});
