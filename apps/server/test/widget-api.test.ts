import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchesUrlPattern } from '@touchpoint/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let admin: TestClient;
let visitor: TestClient;
let workspaceId: string;
const dist = mkdtempSync(join(tmpdir(), 'tp-widget-dist-'));

const QUESTIONS = [{ id: 'q1', type: 'csat', required: true, text: { en: 'How was checkout?' } }];

beforeAll(async () => {
  writeFileSync(join(dist, 'touchpoint.js'), '/* loader */');
  touchpoint = await startTestTouchpoint({ widgetDist: dist });
  const signed = await signUp(touchpoint.app as FastifyInstance);
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  visitor = new TestClient(touchpoint.app as FastifyInstance);
});
afterAll(async () => {
  await touchpoint.stop();
  rmSync(dist, { recursive: true, force: true });
});

async function widgetSurvey(name: string, widget: unknown, extra: Record<string, unknown> = {}) {
  const created = await admin.post('/api/v1/surveys', {
    name,
    questions: QUESTIONS,
    distribution: { widget, ...extra },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await admin.post(`/api/v1/surveys/${created.body.id}/publish`);
  return created.body.id as string;
}

const eligible = (body: Record<string, unknown>) =>
  visitor.post('/api/v1/public/widget/eligible', { workspaceId, ...body });

describe('website widget API', () => {
  it('matches URL patterns with * wildcards only', () => {
    expect(
      matchesUrlPattern('https://shop.example.com/checkout*', 'https://shop.example.com/checkout/pay?x=1'),
    ).toBe(true);
    expect(matchesUrlPattern('https://shop.example.com/checkout*', 'https://shop.example.com/cart')).toBe(
      false,
    );
    expect(matchesUrlPattern('*.example.com/a.b', 'https://x.example.com/a.b')).toBe(true);
    expect(matchesUrlPattern('*.example.com/a.b', 'https://x.example.com/aXb')).toBe(false);
  });

  it('tells the widget what to listen for and picks the survey whose trigger matches', async () => {
    const clickSurvey = await widgetSurvey('Buy button', {
      enabled: true,
      triggers: [{ type: 'click', selector: '#buy' }],
    });
    await widgetSurvey('Checkout page', {
      enabled: true,
      triggers: [
        { type: 'page_view', urlPattern: 'https://shop.example.com/checkout*' },
        { type: 'event', event: 'checkout' },
      ],
    });
    await widgetSurvey('Not on the widget', {
      enabled: false,
      triggers: [{ type: 'click', selector: '#other' }],
    });
    const config = await visitor.get(`/api/v1/public/widget/config?workspaceId=${workspaceId}`);
    expect(config.body).toEqual({
      brand: { color: null },
      clickSelectors: ['#buy'],
      events: ['checkout'],
      exitIntent: false,
      pageViews: true,
    });
    const click = await eligible({ trigger: { type: 'click', selector: '#buy' } });
    expect(click.body.survey).toMatchObject({ id: clickSurvey, questions: QUESTIONS });
    expect(
      (await eligible({ trigger: { type: 'page_view', url: 'https://shop.example.com/checkout/pay' } })).body
        .survey.name,
    ).toBe('Checkout page');
    expect((await eligible({ trigger: { type: 'event', event: 'checkout' } })).body.survey.name).toBe(
      'Checkout page',
    );
    const none = await eligible({ trigger: { type: 'page_view', url: 'https://shop.example.com/' } });
    expect(none.body).toEqual({ survey: null, reason: expect.any(String) });
    const seen = await eligible({
      trigger: { type: 'click', selector: '#buy' },
      seenSurveyIds: [clickSurvey],
    });
    expect(seen.body.survey).toBeNull();
  });

  it('targets identified visitors by attributes and respects their contact budget', async () => {
    await admin.request('PUT', '/api/v1/settings/contact-budget', { maxSurveys: 1, perDays: 30 });
    const gold = await widgetSurvey('Gold members', {
      enabled: true,
      triggers: [{ type: 'event', event: 'gold-page' }],
      targeting: { field: 'attributes.tier', op: 'eq', value: 'gold' },
    });
    const trigger = { type: 'event', event: 'gold-page' };
    expect((await eligible({ trigger })).body.survey).toBeNull();
    const silver = await eligible({
      trigger,
      contact: { externalId: 'V-1' },
      attributes: { tier: 'silver' },
    });
    expect(silver.body.survey).toBeNull();
    const first = await eligible({ trigger, contact: { externalId: 'V-2' }, attributes: { tier: 'gold' } });
    expect(first.body.survey.id).toBe(gold);
    // Shown to V-2: the display spends the budget, so the next page view shows nothing.
    expect(
      (
        await visitor.post(`/api/v1/public/surveys/${gold}/displays`, {
          channel: 'widget',
          contact: { externalId: 'V-2' },
        })
      ).status,
    ).toBe(201);
    const again = await eligible({ trigger, contact: { externalId: 'V-2' }, attributes: { tier: 'gold' } });
    expect(again.body.survey).toBeNull();
    expect(again.body.reason).toContain('budget');
    await admin.delete('/api/v1/settings/contact-budget');
  });

  it('serves the widget files to any origin', async () => {
    const response = await (touchpoint.app as FastifyInstance).inject({
      method: 'GET',
      url: '/widget/touchpoint.js',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body).toBe('/* loader */');
  });
});
