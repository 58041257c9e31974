import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEmployeeFile } from '../src/cli/import-employees';
import { rebuildRollups, verifyRollups } from '../src/modules/metrics/index';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { employeeLinkToken } from './support/employee-links';
import { startTestTouchpoint } from './support/test-touchpoint';

// Employees: the directory (import, re-import, leavers, search, org chart), anonymous programmes (what a
// stored answer holds) and the curious manager: a department of 4 among 40 respondents must stay hidden
// in every breakdown, by subtraction from the total, by filters and in the response list and export.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let a: { client: TestClient; workspaceId: string };
let b: { client: TestClient; workspaceId: string };

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  const signedA = await signUp(app, 'Employees A');
  const signedB = await signUp(app, 'Employees B');
  a = { client: signedA.client, workspaceId: signedA.me.workspace.id };
  b = { client: signedB.client, workspaceId: signedB.me.workspace.id };
});
afterAll(async () => {
  await touchpoint?.stop();
});

/** Whether `target` is a linear combination of `rows` (Gaussian elimination on small 0/1 matrices). */
function inSpan(rows: number[][], target: number[]): boolean {
  const rank = (m: number[][]) => {
    const a = m.map((r) => [...r]);
    let r = 0;
    const cols = a[0]?.length ?? 0;
    for (let c = 0; c < cols && r < a.length; c++) {
      const pivot = a.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9);
      if (pivot < 0) continue;
      [a[r], a[pivot]] = [a[pivot] as number[], a[r] as number[]];
      const p = a[r] as number[];
      for (let i = 0; i < a.length; i++) {
        const row = a[i] as number[];
        if (i === r || (row[c] ?? 0) === 0) continue;
        const f = (row[c] ?? 0) / (p[c] as number);
        for (let j = 0; j < cols; j++) row[j] = (row[j] ?? 0) - f * (p[j] ?? 0);
      }
      r++;
    }
    return r;
  };
  return rank(rows) === rank([...rows, target]);
}

const DEPARTMENTS = { Sales: 12, Support: 10, Legal: 4, Finance: 6, Ops: 8 } as const;

function staff() {
  const people: {
    email: string;
    name: string;
    department: string;
    location: string;
    managerEmail?: string;
  }[] = [];
  for (const [department, size] of Object.entries(DEPARTMENTS)) {
    for (let i = 0; i < size; i++) {
      people.push({
        email: `${department.toLowerCase()}${i}@corp.example`,
        name: `${department} ${i}`,
        department,
        location: i % 2 === 0 ? 'HCMC' : 'Hanoi',
        ...(i > 0 ? { managerEmail: `${department.toLowerCase()}0@corp.example` } : {}),
      });
    }
  }
  return people;
}

describe('employee directory', () => {
  it('imports, updates in place by email, reports bad rows by index and marks leavers on a full import', async () => {
    const first = await b.client.post('/api/v1/employees/import', {
      items: [
        { email: 'lan@b.example', name: 'Lan', department: 'Support' },
        { email: 'minh@b.example', name: 'Minh', department: 'Sales', managerEmail: 'lan@b.example' },
        { email: 'not-an-email', name: 'Bad' },
        { email: 'Hoa@B.example', name: 'Hoa', department: 'Legal', managerEmail: 'minh@b.example' },
      ],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.created).toBe(3);
    expect(first.body.updated).toBe(0);
    expect(first.body.markedLeft).toBe(0);
    expect(first.body.errors).toHaveLength(1);
    expect(first.body.errors[0].index).toBe(2);

    // A full import with a bad row marks nobody as left.
    const careful = await b.client.post('/api/v1/employees/import', {
      full: true,
      items: [{ email: 'lan@b.example', name: 'Lan' }, { email: 'x' }],
    });
    expect(careful.body.markedLeft).toBe(0);

    const second = await b.client.post('/api/v1/employees/import', {
      full: true,
      items: [
        { email: 'LAN@b.example', name: 'Lan Nguyen', department: 'Support' },
        { email: 'minh@b.example', name: 'Minh', department: 'Sales', managerEmail: 'lan@b.example' },
      ],
    });
    expect(second.body).toEqual({ created: 0, updated: 2, markedLeft: 1, errors: [] });

    const current = await b.client.get('/api/v1/employees');
    expect(current.status).toBe(200);
    expect(current.body.items.map((e: { email: string }) => e.email)).toEqual([
      'lan@b.example',
      'minh@b.example',
    ]);
    expect(current.body.items[0].name).toBe('Lan Nguyen');
    const all = await b.client.get('/api/v1/employees?includeLeft=true');
    const hoa = all.body.items.find((e: { email: string }) => e.email === 'hoa@b.example');
    expect(hoa.leftAt).not.toBeNull();
    // Leavers stay in the table.
    const rows = await touchpoint.ctx.db
      .selectFrom('employees')
      .select('email')
      .where('workspaceId', '=', b.workspaceId)
      .execute();
    expect(rows).toHaveLength(3);
    // Coming back clears left_at.
    const back = await b.client.post('/api/v1/employees/import', {
      items: [{ email: 'hoa@b.example', name: 'Hoa' }],
    });
    expect(back.body.updated).toBe(1);
    const again = await b.client.get('/api/v1/employees?q=HOA');
    expect(again.body.items).toHaveLength(1);
    expect(again.body.items[0].leftAt).toBeNull();
  });

  it('pages, filters by department and builds the org chart from manager emails', async () => {
    const imported = await a.client.post('/api/v1/employees/import', { items: staff(), full: true });
    expect(imported.body).toMatchObject({ created: 40, updated: 0, markedLeft: 0, errors: [] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { email: string }[]; nextCursor: string | null } } = await a.client.get(
        `/api/v1/employees?limit=15${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((e) => e.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    const legal = await a.client.get('/api/v1/employees?department=Legal');
    expect(legal.body.items).toHaveLength(4);

    const chart = await a.client.get('/api/v1/employees/org-chart');
    expect(chart.status).toBe(200);
    expect(chart.body.roots).toHaveLength(5);
    const sales = chart.body.roots.find((r: { email: string }) => r.email === 'sales0@corp.example');
    expect(sales.reports).toHaveLength(11);
    expect(chart.body.unknownManagers).toEqual([]);
  });

  it('imports a CSV file from the command line in batches, with custom columns as attributes', async () => {
    const signed = await signUp(app, 'Employees CLI');
    const dir = mkdtempSync(join(tmpdir(), 'tp-employees-'));
    const file = join(dir, 'staff.csv');
    const lines = ['Email,Name,Department,Manager Email,Start Date,Grade'];
    for (let i = 0; i < 1203; i++) {
      lines.push(
        `p${i}@cli.example,"Person, ${i}",Dept ${i % 3},${i > 0 ? 'p0@cli.example' : ''},2024-0${(i % 9) + 1}-01,G${i % 4}`,
      );
    }
    lines.push('broken-email,Nobody,Ops,,,');
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
    const result = await importEmployeeFile(touchpoint.ctx, signed.me.workspace.id, file, true);
    expect(result).toMatchObject({ rows: 1204, created: 1203, updated: 0, markedLeft: 0 });
    expect(result.errors).toEqual([{ row: 1204, reason: expect.stringContaining('email') }]);
    const person = await signed.client.get('/api/v1/employees?q=p7%40cli');
    expect(person.body.items[0]).toMatchObject({
      name: 'Person, 7',
      department: 'Dept 1',
      managerEmail: 'p0@cli.example',
      startDate: '2024-08-01',
      attributes: { Grade: 'G3' },
    });
    // The same file without the bad row, as the full list, minus one person: that person is marked left.
    writeFileSync(file, `${lines.slice(0, -2).join('\n')}\n`);
    const again = await importEmployeeFile(touchpoint.ctx, signed.me.workspace.id, file, true);
    expect(again).toMatchObject({ created: 0, updated: 1202, markedLeft: 1, errors: [] });
  });

  it('keeps workspaces apart: another workspace sees none of A’s people', async () => {
    const list = await b.client.get('/api/v1/employees?q=corp.example');
    expect(list.body.items).toEqual([]);
    const chart = await b.client.get('/api/v1/employees/org-chart');
    expect(JSON.stringify(chart.body)).not.toContain('corp.example');
  });
});

describe('anonymous programme and the curious manager', () => {
  let surveyId: string;
  const responseIds: string[] = [];

  beforeAll(async () => {
    const created = await a.client.post('/api/v1/surveys', {
      name: 'eNPS pulse',
      defaultLanguage: 'en',
      audience: 'employees',
      anonymous: true,
      reportingAttributes: ['department', 'location'],
      questions: [
        { id: 'enps', type: 'nps', text: { en: 'Would you recommend working here?' }, required: true },
        { id: 'why', type: 'open_text', text: { en: 'Why?' } },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ audience: 'employees', anonymous: true });
    surveyId = created.body.id;
    await a.client.post(`/api/v1/surveys/${surveyId}/publish`);
    let i = 0;
    for (const person of staff()) {
      // Legal (the 4) answer 0: if any route leaks them, their score stands out.
      const score = person.department === 'Legal' ? 0 : 9 + (i++ % 2);
      const answered = await a.client.post(`/api/v1/public/surveys/${surveyId}/responses`, {
        answers: { enps: score, why: `I am ${person.name}` },
        linkToken: await employeeLinkToken(touchpoint, a.workspaceId, surveyId, person.email),
        hiddenFields: {},
        meta: { userAgent: 'Curious/1.0', url: `https://intranet.example/?who=${person.email}` },
        finished: true,
      });
      expect(answered.status, JSON.stringify(answered.body)).toBeLessThan(300);
      responseIds.push(answered.body.id);
    }
    // While collecting, no results: two looks would differ by the newest answers.
    const early = await a.client.get(`/api/v1/metrics?metric=nps&surveyId=${surveyId}`);
    expect(early.status).toBe(422);
    expect((await a.client.post(`/api/v1/surveys/${surveyId}/close`)).status).toBe(200);
    // Closed for good: reopening would let more answers arrive after results were shown.
    expect((await a.client.post(`/api/v1/surveys/${surveyId}/publish`)).status).toBe(409);
  });

  it('stores nothing that identifies: no contact, link, IP, user agent, exact time or email', async () => {
    const rows = await sql<
      Record<string, unknown>
    >`select * from responses where survey_id = ${surveyId}`.execute(touchpoint.ctx.db);
    expect(rows.rows).toHaveLength(40);
    for (const row of rows.rows) {
      expect(row.contactId).toBeNull();
      expect(row.linkId).toBeNull();
      expect(row.meta).toEqual({});
      expect(Object.keys(row.hiddenFields as object).sort()).toEqual(['department', 'location']);
      for (const column of ['createdAt', 'updatedAt', 'finishedAt']) {
        const at = new Date(row[column] as string);
        expect(
          at.getUTCHours() * 3600 + at.getUTCMinutes() * 60 + at.getUTCSeconds() + at.getUTCMilliseconds(),
        ).toBe(0);
      }
      // A random id (v4), not a time-ordered v7 that would carry the exact moment.
      expect(String(row.id)[14]).toBe('4');
      const serialised = JSON.stringify({ ...row, answers: undefined });
      expect(serialised).not.toContain('corp.example');
      expect(serialised).not.toContain('Curious');
    }
    // No contact was made from the respondents' emails, and no per-response event was recorded.
    const contacts = await touchpoint.ctx.db
      .selectFrom('contacts')
      .select('id')
      .where('workspaceId', '=', a.workspaceId)
      .where('email', 'like', '%corp.example')
      .execute();
    expect(contacts).toEqual([]);
    const events = await touchpoint.ctx.db
      .selectFrom('domainEvents')
      .select('id')
      .where('workspaceId', '=', a.workspaceId)
      .where('subjectId', 'in', responseIds)
      .execute();
    expect(events).toEqual([]);
    // Completion is known per person, with nothing that points to their answer.
    const completions = await sql<Record<string, unknown>>`
      select * from employee_survey_completions where survey_id = ${surveyId}`.execute(touchpoint.ctx.db);
    expect(completions.rows).toHaveLength(40);
    expect(Object.keys(completions.rows[0] as object).sort()).toEqual([
      'completedOn',
      'employeeId',
      'surveyId',
      'workspaceId',
    ]);
  });

  it('suppresses the department of 4 and one more, so the total minus the others does not give it back', async () => {
    const result = await a.client.get(`/api/v1/metrics?metric=nps&surveyId=${surveyId}&groupBy=department`);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.suppressed).toBe(false);
    expect(result.body.n).toBe(40);
    const groups = new Map<string, Record<string, unknown>>(
      result.body.groups.map((g: { key: string }) => [g.key, g]),
    );
    expect(groups.get('Legal')).toEqual({ key: 'Legal', label: 'Legal', suppressed: true });
    const visible = result.body.groups.filter((g: { suppressed: boolean }) => !g.suppressed);
    const hidden = result.body.groups.filter((g: { suppressed: boolean }) => g.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const group of hidden) expect(Object.keys(group).sort()).toEqual(['key', 'label', 'suppressed']);
    // What the total minus the visible groups leaves is at least k people, and more than one group.
    const rest = result.body.n - visible.reduce((s: number, g: { n: number }) => s + g.n, 0);
    expect(rest).toBeGreaterThanOrEqual(result.body.minGroupSize);
    expect(rest).toBeGreaterThan(DEPARTMENTS.Legal);
  });

  it('does not let another breakdown, a filter, a time window or a non-reporting grouping isolate it', async () => {
    const byLocation = await a.client.get(`/api/v1/metrics?metric=nps&surveyId=${surveyId}&groupBy=location`);
    expect(byLocation.status).toBe(200);
    const byDepartment = await a.client.get(
      `/api/v1/metrics?metric=nps&surveyId=${surveyId}&groupBy=department`,
    );
    // The attacker knows the org structure (department × location cells) and combines every figure shown:
    // the whole, each visible department and each visible location. Legal's cells must not be in the span.
    const cells = Object.keys(DEPARTMENTS).flatMap((d) => ['HCMC', 'Hanoi'].map((l) => [d, l] as const));
    const rowsShown: number[][] = [cells.map(() => 1)];
    for (const g of byDepartment.body.groups) {
      if (!g.suppressed) rowsShown.push(cells.map(([d]) => (d === g.key ? 1 : 0)));
    }
    for (const g of byLocation.body.groups) {
      if (!g.suppressed) rowsShown.push(cells.map(([, l]) => (l === g.key ? 1 : 0)));
    }
    const legal = cells.map(([d]) => (d === 'Legal' ? 1 : 0));
    expect(inSpan(rowsShown, legal)).toBe(false);
    for (const [i, [d]] of cells.entries()) {
      if (d === 'Legal')
        expect(
          inSpan(
            rowsShown,
            cells.map((_, j) => (i === j ? 1 : 0)),
          ),
        ).toBe(false);
    }
    // Every shown group holds at least k; department and location were judged as one table.
    for (const group of byLocation.body.groups) {
      if (!group.suppressed) expect(group.n).toBeGreaterThanOrEqual(byLocation.body.minGroupSize);
    }
    const drivers = await a.client.get(`/api/v1/drivers?surveyId=${surveyId}&outcome=enps`);
    expect(drivers.status).toBe(422);
    for (const query of [
      'groupBy=day',
      'groupBy=channel',
      'groupBy=tenure',
      'from=2020-01-01',
      'to=2999-01-01',
      'channel=link',
      'language=en',
    ]) {
      const attempt = await a.client.get(`/api/v1/metrics?metric=nps&surveyId=${surveyId}&${query}`);
      expect(attempt.status, query).toBe(400);
    }
  });

  it('never lists anonymous answers one by one', async () => {
    const list = await a.client.get(`/api/v1/responses?surveyId=${surveyId}`);
    expect(list.status).toBe(422);
    const everything = await a.client.get('/api/v1/responses?limit=200');
    expect(everything.status).toBe(200);
    expect(everything.body.items.filter((r: { surveyId: string }) => r.surveyId === surveyId)).toEqual([]);
    const one = await a.client.get(`/api/v1/responses/${responseIds[0]}`);
    expect(one.status).toBe(404);
    // An alert rule's dry run would count (and sample) the 4 detractors of Legal: anonymous answers are skipped.
    const probe = await a.client.post('/api/v1/alert-rules/test', {
      condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] },
      surveyId,
      days: 30,
    });
    expect(probe.status, JSON.stringify(probe.body)).toBe(200);
    expect(probe.body).toMatchObject({ checked: 0, matched: 0, samples: [] });
    // Loyalty groups by a contact attribute or else a hidden field: the reporting attributes must not leak.
    const loyalty = await a.client.get('/api/v1/loyalty?by=attribute&attribute=department');
    expect(loyalty.status, JSON.stringify(loyalty.body)).toBe(200);
    expect(JSON.stringify(loyalty.body)).not.toContain('Legal');
    const csv = await a.client.get(`/api/v1/responses/export.csv?surveyId=${surveyId}`);
    expect(csv.status).toBe(422);
    const allCsv = await a.client.get('/api/v1/responses/export.csv');
    expect(allCsv.status).toBe(200);
    expect(String(allCsv.body)).not.toContain(surveyId);
    expect(allCsv.body).not.toContain('I am Legal');
  });

  it('suppresses the whole survey while fewer than k have answered, and keeps other workspaces out', async () => {
    const small = await a.client.post('/api/v1/surveys', {
      name: 'Tiny pulse',
      defaultLanguage: 'en',
      audience: 'employees',
      anonymous: true,
      reportingAttributes: ['department'],
      questions: [{ id: 'enps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
    });
    await a.client.post(`/api/v1/surveys/${small.body.id}/publish`);
    for (const email of ['sales1@corp.example', 'sales2@corp.example', 'ops1@corp.example']) {
      await a.client.post(`/api/v1/public/surveys/${small.body.id}/responses`, {
        answers: { enps: 10 },
        linkToken: await employeeLinkToken(touchpoint, a.workspaceId, small.body.id, email),
        finished: true,
      });
    }
    await a.client.post(`/api/v1/surveys/${small.body.id}/close`);
    const result = await a.client.get(
      `/api/v1/metrics?metric=nps&surveyId=${small.body.id}&groupBy=department`,
    );
    expect(result.status).toBe(200);
    expect(result.body.suppressed).toBe(true);
    expect(result.body.value).toBeUndefined();
    expect(result.body.n).toBeUndefined();
    expect(result.body.groups.every((g: { suppressed: boolean }) => g.suppressed)).toBe(true);

    // Workspace-wide figures leave anonymous surveys out, from raw rows and from rebuilt rollups alike.
    const wide = await a.client.get('/api/v1/metrics?metric=nps&source=raw&groupBy=survey');
    expect(wide.status).toBe(200);
    expect(wide.body.n).toBe(0);
    await rebuildRollups(touchpoint.ctx, a.workspaceId);
    const rolled = await a.client.get('/api/v1/metrics?metric=nps&groupBy=day');
    expect(rolled.body.n).toBe(0);
    expect((await verifyRollups(touchpoint.ctx, a.workspaceId)).differences).toEqual([]);

    const other = await b.client.get(`/api/v1/metrics?metric=nps&surveyId=${surveyId}&groupBy=department`);
    expect(other.body.n ?? 0).toBe(0);
    expect(JSON.stringify(other.body)).not.toContain('Legal');
  });
});
