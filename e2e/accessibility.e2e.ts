import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

/** Every signed-in route that needs no id. */
const STATIC_ROUTES = [
  '/',
  '/journeys',
  '/surveys',
  '/responses',
  '/responses/reviews',
  '/customers',
  '/at-risk',
  '/accounts',
  '/insights/trend',
  '/insights/drivers',
  '/insights/loyalty',
  '/insights/topics',
  '/insights/topics/new',
  '/insights/pain-points',
  '/insights/themes',
  '/insights/comments',
  '/cases',
  '/cases/alert-rules',
  '/cases/automations',
  '/cases/automations/coupons',
  '/cases/automations/new',
  '/cases/plans',
  '/cases/health',
  '/inbox',
  '/inbox/knowledge',
  '/inbox/knowledge/new',
  '/inbox/bot',
  '/employees',
  '/maturity',
  '/settings/members',
  '/settings/teams',
  '/settings/contact-budget',
  '/settings/api-keys',
  '/settings/webhooks',
  '/settings/audit-log',
  '/settings/security',
  '/api-reference',
];

/** Routes with an id, each filled with the first item of its list in the demo workspace. */
const ROUTES_WITH_IDS: { list: string; route: (id: string) => string }[] = [
  { list: '/api/v1/journeys', route: (id) => `/journeys/${id}` },
  { list: '/api/v1/journeys', route: (id) => `/journeys/${id}/map` },
  { list: '/api/v1/surveys', route: (id) => `/surveys/${id}` },
  { list: '/api/v1/contacts', route: (id) => `/customers/${id}` },
  { list: '/api/v1/accounts', route: (id) => `/accounts/${id}` },
  { list: '/api/v1/topics', route: (id) => `/insights/topics/${id}` },
  { list: '/api/v1/cases', route: (id) => `/cases/${id}` },
  { list: '/api/v1/action-plans', route: (id) => `/cases/plans/${id}` },
  { list: '/api/v1/automation-rules', route: (id) => `/cases/automations/${id}` },
  { list: '/api/v1/knowledge/articles', route: (id) => `/inbox/knowledge/${id}` },
  { list: '/api/v1/conversations', route: (id) => `/inbox/${id}` },
];

interface TViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function firstId(page: Page, list: string): Promise<string> {
  const response = await page.request.get(list);
  expect(response.status(), list).toBe(200);
  const body = (await response.json()) as { items?: { id: string }[] } | { id: string }[];
  const items = Array.isArray(body) ? body : (body.items ?? []);
  const first = items[0];
  if (!first) throw new Error(`The demo workspace has nothing at ${list}`);
  return first.id;
}

/** Opens a route and waits until its data has arrived (no loading state, no request in flight). */
async function openRoute(page: Page, route: string): Promise<void> {
  await page.goto(route);
  await page.getByTestId('app-shell').waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await expect
    .poll(() => page.locator('[data-testid="loading"], .spinner').count(), { timeout: 15_000 })
    .toBe(0);
  // Charts and late renders settle.
  await page.waitForTimeout(200);
}

/** The serious and critical axe-core violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<TViolation[]> {
  // Evaluated through the DevTools protocol: an inline <script> tag would be (rightly) refused by the CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node, index) =>
          index === 0 ? `${node.target.join(' ')} — ${node.failureSummary}` : node.target.join(' '),
        ),
      }));
  });
}

/** What the Content-Security-Policy refused on the page so far (recorded by an init script). */
async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/**
 * Every signed-in page of the demo workspace, in English and in Vietnamese, passes axe-core with no
 * serious or critical violation, and runs under the app's Content-Security-Policy without a violation.
 */
describe('accessibility of every signed-in page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const routes: string[] = [...STATIC_ROUTES];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL, { viewport: { width: 1440, height: 900 } });
    // Every document records what its CSP refuses (inline scripts or styles, foreign hosts, framing).
    await context.addInitScript(() => {
      const store = window as unknown as { __cspViolations?: string[] };
      store.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        store.__cspViolations?.push(
          `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    page = await context.newPage();
    await signInViaUi(page, 'demo@touchpoint.local', 'touchpoint-demo');
    for (const { list, route } of ROUTES_WITH_IDS) routes.push(route(await firstId(page, list)));
  });

  afterAll(async () => {
    // The demo account is shared with other files: leave it in English.
    if (page && (await page.getByTestId('language-en').count()) > 0) {
      await page.getByTestId('language-en').click();
      await page.waitForTimeout(300);
    }
    await browser?.close();
  });

  for (const language of ['en', 'vi'] as const) {
    it(`has no serious or critical violation in ${language.toUpperCase()}`, {
      timeout: 600_000,
    }, async () => {
      await openRoute(page, '/');
      await page.getByTestId(`language-${language}`).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      const found: Record<string, TViolation[]> = {};
      const refused: Record<string, string[]> = {};
      for (const route of routes) {
        const started = Date.now();
        await openRoute(page, route);
        expect(await page.locator('html').getAttribute('lang'), route).toBe(language);
        const csp = await cspViolations(page);
        if (csp.length > 0) refused[route] = csp;
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[route] = violations;
        if (process.env.A11Y_VERBOSE) {
          process.stderr.write(
            `${language} ${route} ${Date.now() - started} ms ${violations.map((v) => v.id).join(',')}\n`,
          );
        }
      }
      expect(found).toEqual({});
      expect(refused).toEqual({});
    });
  }

  it('serves the app with a strict Content-Security-Policy', async () => {
    const response = await page.request.get('/');
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('fits the case queue at 1440 px, its SLA column in view, or lets it scroll by keyboard', async () => {
    await openRoute(page, '/cases');
    await page.getByTestId('case-row').first().waitFor();
    const layout = await page.getByTestId('cases-table').evaluate((table) => {
      const wrap = table.closest('.table-wrap') as HTMLElement;
      const headers = [...table.querySelectorAll('th')];
      const sla = headers.find((header) => header.textContent?.trim() === 'SLA due') ?? headers.at(-2);
      return {
        slaRight: sla?.getBoundingClientRect().right ?? Number.POSITIVE_INFINITY,
        wrapRight: wrap.getBoundingClientRect().right,
        isOverflowing: wrap.scrollWidth > wrap.clientWidth + 1,
        isScrollRegion: wrap.getAttribute('role') === 'region' && wrap.tabIndex === 0,
      };
    });
    expect(layout.slaRight).toBeLessThanOrEqual(layout.wrapRight);
    if (layout.isOverflowing) expect(layout.isScrollRegion).toBe(true);
  });
});
