import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';
import { linkIn, waitForMail } from './support/mail-sink';

// Issue 14, done when: 40 employees in 5 departments (one of 4) are imported, an anonymous eNPS pulse goes
// out through the local SMTP sink and is answered through the emailed links, the company eNPS shows with
// n and CI, the small department is suppressed (on the page, when filtering and in the CSV export), and the
// EX–CX view, an agent's coaching page and a maturity assessment with its evidence are shown.

const baseURL = inject('baseURL');
const mailURL = inject('mailURL');
const DEPARTMENTS = { Sales: 12, Support: 10, Legal: 4, Finance: 6, Ops: 8 } as const;
const DOMAIN = 'done-when.example';

async function seriousViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Follows a link of the main navigation (pages have links with the same names). */
async function nav(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

function staff() {
  return Object.entries(DEPARTMENTS).flatMap(([department, size]) =>
    Array.from({ length: size }, (_, i) => ({
      email: `${department.toLowerCase()}${i}@${DOMAIN}`,
      name: `${department} ${i}`,
      department,
    })),
  );
}

/** Legal (the 4) answer 0 and everyone else 9 or 10: a leak of Legal's answers would stand out. */
function scoreOf(department: string, i: number) {
  return department === 'Legal' ? 0 : 9 + (i % 2);
}

describe('employees: done when (issue 14)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let csrf: string;
  let surveyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL, { viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await signInViaUi(page, 'demo@touchpoint.local', 'touchpoint-demo');
    csrf = ((await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('imports 40 employees in 5 departments from a pasted CSV', async () => {
    await page.goto('/employees');
    await page.getByTestId('employees-csv').waitFor();
    const csv = ['email,name,department', ...staff().map((p) => `${p.email},${p.name},${p.department}`)].join(
      '\n',
    );
    await page.getByTestId('employees-csv').fill(csv);
    await page.getByRole('button', { name: 'Import' }).click();
    const result = page.getByTestId('employees-import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('40 added');
  });

  it('runs an anonymous eNPS pulse through the SMTP sink and the emailed links', async () => {
    const created = await page.request.post('/api/v1/surveys', {
      headers: { 'x-csrf-token': csrf },
      data: {
        name: 'Done-when eNPS pulse',
        defaultLanguage: 'en',
        audience: 'employees',
        anonymous: true,
        reportingAttributes: ['department'],
        questions: [
          {
            id: 'enps',
            type: 'nps',
            required: true,
            text: { en: 'How likely are you to recommend us as a place to work?' },
          },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    surveyId = ((await created.json()) as { id: string }).id;
    const published = await page.request.post(`/api/v1/surveys/${surveyId}/publish`, {
      headers: { 'x-csrf-token': csrf },
    });
    expect(published.status()).toBe(200);

    // The invitation goes out from the survey page (the "Invite employees" dialog), to this test's staff.
    await page.goto(`/surveys/${surveyId}`);
    await page.getByTestId('invite-employees').click();
    await page.getByTestId('invite-employees-anonymous').waitFor();
    await page.getByTestId('invite-employees-departments').fill(Object.keys(DEPARTMENTS).join(', '));
    await page.getByTestId('invite-employees-form').getByRole('button', { name: 'Invite employees' }).click();
    const sent = page.getByTestId('invite-employees-sent');
    await sent.waitFor();
    expect(await sent.textContent()).toContain('40');
    await page.getByTestId('invite-employees-done').click();

    const people = staff();
    const links = new Map<string, string>();
    for (const person of people) {
      const [mail] = await waitForMail(mailURL, person.email, 1, 120_000).catch(async (error) => {
        // Say what the server recorded for the invitations, so a failure explains itself.
        const listed = await page.request.get(`/api/v1/surveys/${surveyId}/invitations?limit=5`);
        throw new Error(`${(error as Error).message}; invitations: ${await listed.text()}`);
      });
      links.set(person.email, linkIn(mail as NonNullable<typeof mail>, `${baseURL}/s/${surveyId}`));
    }
    // One person answers in a real browser, on the hosted page their link opens.
    const first = people[0] as (typeof people)[number];
    const answerer = await browser.newContext({ baseURL, locale: 'en-US' });
    try {
      const hosted = await answerer.newPage();
      await hosted.goto(links.get(first.email) as string);
      await hosted.getByTestId('survey-question').waitFor();
      await hosted.getByRole('radio', { name: String(scoreOf(first.department, 0)), exact: true }).check();
      await hosted.getByTestId('survey-next').click();
      await hosted.getByTestId('survey-ending').waitFor();
    } finally {
      await answerer.close();
    }
    // The other 39 answer through their links the way the hosted page sends an answer.
    const indexIn = new Map<string, number>();
    for (const [i, person] of people.entries()) {
      if (i === 0) continue;
      const n = indexIn.get(person.department) ?? 1;
      indexIn.set(person.department, n + 1);
      const token = new URL(links.get(person.email) as string).searchParams.get('t');
      const response = await fetch(`${baseURL}/api/v1/public/surveys/${surveyId}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `done-when-${i}` },
        body: JSON.stringify({
          answers: { enps: scoreOf(person.department, n) },
          finished: true,
          channel: 'email',
          linkToken: token,
        }),
      });
      expect(response.status, await response.clone().text()).toBeLessThan(300);
    }
    const closed = await page.request.post(`/api/v1/surveys/${surveyId}/close`, {
      headers: { 'x-csrf-token': csrf },
    });
    expect(closed.status()).toBe(200);
  }, 300_000);

  it('shows company eNPS with n and CI; Legal (4) is suppressed on the page, when filtering and in the CSV', async () => {
    await page.goto(`/employees/results?survey=${surveyId}`);
    const company = page.getByTestId('programme-results-company');
    await company.waitFor().catch(async (error) => {
      throw new Error(
        `${(error as Error).message}; page: ${(await page.locator('main').textContent())?.slice(0, 500)}`,
      );
    });
    // 36 promoters, 4 detractors of 40: eNPS 80.
    await expect.poll(() => company.textContent()).toMatch(/80 \(\d+–\d+\), n = 40/);
    const legal = page.locator('[data-testid="programme-results-row"][data-group="Legal"]');
    await legal.waitFor();
    expect(await legal.getByTestId('suppressed').count()).toBe(1);
    expect(await legal.textContent()).not.toMatch(/\d/);
    // Filtering to Legal shows the same: suppressed, no figure.
    await page.getByTestId('programme-results-filter').selectOption('Legal');
    await expect.poll(() => page.getByTestId('programme-results-row').count()).toBe(1);
    expect(await page.getByTestId('programme-results-row').getByTestId('suppressed').count()).toBe(1);
    await page.getByTestId('programme-results-filter').selectOption('');
    const support = page.locator('[data-testid="programme-results-row"][data-group="Support"]');
    expect(await support.textContent()).toMatch(/100 \(\d+–100\), n = 10/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'employees-results');

    const href = (await page.getByTestId('programme-results-export').getAttribute('href')) as string;
    const csv = await (await page.request.get(href)).text();
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toContain('Legal,,,,,true');
    // The next smallest department is hidden too, so "all minus the rest" never gives Legal.
    expect(rows).toContain('Finance,,,,,true');
    expect(rows.find((r) => r.startsWith('(all),'))).toMatch(/^\(all\),80,40,/);
    expect(csv).not.toMatch(/Legal,[-\d]/);
  });

  it('shows the EX–CX view with the small department suppressed beside customer figures', async () => {
    // A team named after the small department answers in it.
    const team = await page.request.post('/api/v1/teams', {
      headers: { 'x-csrf-token': csrf },
      data: { name: 'Legal' },
    });
    expect(team.status()).toBe(201);
    await nav(page, 'EX–CX link');
    await page.waitForURL(/\/ex-cx$/);
    const legal = page.locator('[data-testid="ex-cx-row"][data-team="Legal"]');
    await legal.waitFor();
    // eNPS suppressed (this pulse asks no engagement statements, so engagement is simply not measured).
    expect(await legal.getByTestId('suppressed').count()).toBe(1);
    expect(await legal.textContent()).not.toMatch(/\d/);
    expect(await page.getByTestId('ex-cx-correlation').textContent()).toContain('eNPS and CSAT');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'employees-ex-cx');
  });

  it("opens an agent's coaching page", async () => {
    await nav(page, 'Coaching');
    await page.waitForURL(/\/coaching$/);
    const people = page.getByTestId('coaching-people');
    await people.waitFor();
    // Open someone who resolved work in the demo (cases are assigned to the teams' members).
    const listed = (await (await page.request.get('/api/v1/coaching/agents')).json()) as {
      items: { userId: string; name: string; email: string }[];
    };
    let agent = listed.items[0] as (typeof listed.items)[number];
    for (const person of listed.items) {
      const figures = (await (await page.request.get(`/api/v1/coaching/agents/${person.userId}`)).json()) as {
        figures: { cases: { resolved: number } };
      };
      if (figures.figures.cases.resolved > 0) {
        agent = person;
        break;
      }
    }
    await people.getByRole('link', { name: agent.name || agent.email, exact: true }).click();
    await page.waitForURL(/\/coaching\/[0-9a-f-]{36}$/);
    await page.getByTestId('coaching-agent-figures').waitFor();
    expect(await page.getByTestId('coaching-agent-figures-csat').textContent()).toBeTruthy();
    await page.getByTestId('coaching-training').waitFor();
    // A manager records a coaching note.
    await page.getByTestId('coaching-note-text').fill('Refund policy walkthrough on Friday');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => page.getByTestId('coaching-note').first().textContent())
      .toContain('Refund policy walkthrough');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'employees-coaching');
  });

  it('takes a maturity assessment and shows its evidence', async () => {
    await nav(page, 'CX maturity');
    await page.waitForURL(/\/maturity$/);
    await page.getByTestId('maturity-start').click();
    await page.getByTestId('maturity-questionnaire').waitFor();
    for (let step = 0; step < 7; step++) {
      const questions = page.getByTestId('maturity-question');
      for (let q = 0; q < (await questions.count()); q++) {
        await questions.nth(q).locator('input[type="radio"][value="3"]').check();
      }
      if (step < 6) await page.getByTestId('maturity-next').click();
    }
    await page.getByTestId('maturity-submit').click();
    await page.getByTestId('maturity-level').waitFor();
    // Measured evidence sits beside the self-assessed answers: the employee programme and loop closure.
    const employees = page.locator('[data-testid="maturity-competency"][data-id="employees"]');
    expect(await employees.locator('[data-id="employeeProgramme"]').count()).toBe(1);
    const action = page.locator('[data-testid="maturity-competency"][data-id="action"]');
    expect(await action.locator('[data-id="loopClosureRate"]').textContent()).toMatch(/Loop closure/);
    expect(await page.getByTestId('maturity-evidence-cell').count()).toBeGreaterThan(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'employees-maturity');
  });
});
