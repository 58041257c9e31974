import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = join(repoRoot, 'e2e/.screenshots');
export const README_SCREENSHOT = join(repoRoot, 'docs/screenshot.png');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no cookies, no localStorage) pointed at the server under test. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 860 },
  });
  context.setDefaultTimeout(15_000);
  return context;
}

export async function screenshot(page: Page, name: string, path?: string): Promise<string> {
  const file = path ?? join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(join(file, '..'), { recursive: true });
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

let counter = 0;

export interface TestUser {
  name: string;
  email: string;
  password: string;
  workspaceName: string;
}

/** A person nobody has used yet in this run. */
export function uniqueUser(label: string): TestUser {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `${label} Tester`,
    email: `${label.toLowerCase()}-${id}@example.test`,
    password: `correct-horse-${id}`,
    workspaceName: `${label} Co ${id.slice(-4)}`,
  };
}

/** Signs up through the UI and waits for the shell. */
export async function signUpViaUi(page: Page, user: TestUser): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(user.name);
  await page.getByLabel('Work email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByLabel('Workspace name').fill(user.workspaceName);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('app-shell').waitFor();
}

/**
 * Signs in through the UI and waits for the shell. Every browser test signs in from the same address and
 * most as the demo account, and sign-in allows 10 a minute per address and per account: when the server
 * answers "too many requests", wait the minute out as a person would, then try once more.
 */
export async function signInViaUi(page: Page, email: string, password: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const shell = page.getByTestId('app-shell');
    const limited = page.getByText(/too many requests/i);
    await shell.or(limited).first().waitFor({ timeout: 30_000 });
    if (await shell.isVisible()) return;
    if (attempt >= 2) throw new Error(`Signing in as ${email} was refused twice as too many requests`);
    await page.waitForTimeout(61_000);
  }
}

/** GET /api/v1/me with the page's cookies. */
export async function fetchMe(page: Page): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await page.request.get('/api/v1/me');
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}
