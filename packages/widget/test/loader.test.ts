import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUEUE_STORAGE_KEY } from '../src/offline-queue';
import {
  CHAT_READY_EVENT,
  CHAT_STORAGE_PREFIX,
  RENDERER_READY_EVENT,
  type TPublicSurvey,
  type TShowSurvey,
  type TWidgetConfig,
  type TWidgetHost,
} from '../src/widget-types';

/**
 * The loader runs against a fake page (only the DOM calls it makes) and a fake server (the widget
 * endpoints it calls), so its wiring is tested without a browser; the e2e runs it on a real page.
 */

const API = 'https://tp.example';
const SURVEY = {
  id: '0190aaaa-0000-7000-8000-000000000001',
  name: 'Checkout',
  status: 'published',
  defaultLanguage: 'en',
  languages: ['en'],
  questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
  hiddenFields: [],
  logic: [],
  endings: [],
  version: 1,
} as TPublicSurvey;

type Listener = (event: unknown) => void;

class FakeTarget {
  listeners = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, event: unknown = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  dispatchEvent(event: { type: string }) {
    this.fire(event.type, event);
    return true;
  }
}

class FakeScript extends FakeTarget {
  src = '';
  async = false;
  nonce = '';
  onerror: (() => void) | null = null;
}

interface TPageOptions {
  config?: Partial<TWidgetConfig> | 'fail';
  /** Whether POST /widget/eligible answers with the survey. */
  isEligible?: boolean;
  dataset?: Record<string, string>;
  stub?: unknown;
  isStorageBlocked?: boolean;
  isOffline?: boolean;
  /** localStorage as an earlier page left it. */
  store?: Map<string, string>;
}

async function openPage(options: TPageOptions = {}) {
  const store = options.store ?? new Map<string, string>();
  const requests: { method: string; url: string; headers: Record<string, string>; body: any }[] = [];
  const injected: FakeScript[] = [];
  const state = { isOffline: options.isOffline ?? false };
  const document = Object.assign(new FakeTarget(), {
    readyState: 'complete',
    currentScript: Object.assign(new FakeScript(), {
      src: `${API}/widget/touchpoint.js`,
      dataset: options.dataset ?? { workspace: 'ws-1' },
      nonce: 'n0nce',
    }),
    head: { appendChild: (script: FakeScript) => injected.push(script) },
    createElement: () => new FakeScript(),
  });
  const window = Object.assign(new FakeTarget(), { touchpoint: options.stub });
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const request = {
      method: init.method ?? 'GET',
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    };
    requests.push(request);
    if (state.isOffline) throw new TypeError('Failed to fetch');
    const json = (status: number, body: unknown) => ({ ok: status < 300, status, json: async () => body });
    if (url.includes('/widget/config')) {
      if (options.config === 'fail') return json(500, {});
      return json(200, {
        clickSelectors: [],
        events: [],
        exitIntent: false,
        pageViews: true,
        ...options.config,
      });
    }
    if (url.endsWith('/widget/eligible')) {
      return json(
        200,
        options.isEligible ? { survey: SURVEY, reason: null } : { survey: null, reason: 'none' },
      );
    }
    return json(201, { id: 'r1', finished: true });
  });
  const localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
  };
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', { href: 'https://shop.example/cart' });
  vi.stubGlobal('fetch', fetch);
  if (options.isStorageBlocked) {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new Error('SecurityError');
      },
    });
  } else {
    vi.stubGlobal('localStorage', localStorage);
  }
  vi.resetModules();
  await import('../src/loader');
  await vi.advanceTimersByTimeAsync(0);

  const touchpoint = () => (window as { touchpoint?: any }).touchpoint;
  const posts = (path: string) => requests.filter((r) => r.method === 'POST' && r.url.endsWith(path));
  /** Lets the injected renderer script "load": it hands over its show function. */
  const loadRenderer = async (show: TShowSurvey) => {
    for (const script of injected) script.fire(RENDERER_READY_EVENT, { detail: show });
    await vi.advanceTimersByTimeAsync(0);
  };
  return { window, document, store, requests, posts, injected, touchpoint, loadRenderer, state, fetch };
}

const clickOn = (selectorsItMatches: string[]) => ({
  target: {
    closest: (selector: string) => {
      if (selector === '[[[') throw new SyntaxError('not a selector');
      return selectorsItMatches.includes(selector) ? {} : null;
    },
  },
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('the widget loader', () => {
  it('exposes identify, track and reset, replays calls made before it loaded, and asks on page view', async () => {
    vi.useFakeTimers();
    const page = await openPage({
      dataset: { workspace: 'ws-1', api: 'https://api.tp.example/' },
      stub: { q: [['identify', [{ externalId: 'cust-7' }, { tier: 'gold' }]]] },
    });
    expect(Object.keys(page.touchpoint())).toEqual(['isLoaded', 'identify', 'track', 'chat', 'reset']);
    expect(page.requests[0]?.url).toBe('https://api.tp.example/api/v1/public/widget/config?workspaceId=ws-1');
    expect(page.posts('/widget/eligible').map((r) => r.body)).toEqual([
      {
        workspaceId: 'ws-1',
        contact: { externalId: 'cust-7' },
        attributes: { tier: 'gold' },
        trigger: { type: 'page_view', url: 'https://shop.example/cart' },
        seenSurveyIds: [],
      },
    ]);
    // No survey: the renderer is never fetched.
    expect(page.injected).toEqual([]);
  });

  it('listens to the configured signals only: clicks on its selectors, its events, exit intent', async () => {
    vi.useFakeTimers();
    const page = await openPage({
      config: { clickSelectors: ['[[[', '#buy'], events: ['checkout'], exitIntent: true, pageViews: false },
    });
    expect(page.posts('/widget/eligible')).toEqual([]);

    page.document.fire('click', clickOn([]));
    page.touchpoint().track('signup');
    page.document.fire('mouseout', { relatedTarget: null, clientY: 200 });
    await vi.advanceTimersByTimeAsync(0);
    expect(page.posts('/widget/eligible')).toEqual([]);

    page.document.fire('click', clickOn(['#buy']));
    await vi.advanceTimersByTimeAsync(0);
    page.touchpoint().track('checkout');
    await vi.advanceTimersByTimeAsync(0);
    page.document.fire('mouseout', { relatedTarget: null, clientY: -2 });
    page.document.fire('mouseout', { relatedTarget: null, clientY: -2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(page.posts('/widget/eligible').map((r) => r.body.trigger)).toEqual([
      { type: 'click', selector: '#buy', url: 'https://shop.example/cart' },
      { type: 'event', event: 'checkout', url: 'https://shop.example/cart' },
      { type: 'exit_intent', url: 'https://shop.example/cart' },
    ]);
  });

  it('loads the renderer from beside the loader only when a survey must show, then hands it the host', async () => {
    vi.useFakeTimers();
    const page = await openPage({
      isEligible: true,
      stub: { q: [['identify', ['cust-9']]] },
      config: { brand: { color: '#aa2200' } },
    });
    expect(page.injected).toHaveLength(1);
    expect(page.injected[0]).toMatchObject({ src: `${API}/widget/renderer.js`, async: true, nonce: 'n0nce' });

    const show = vi.fn();
    await page.loadRenderer(show);
    expect(show).toHaveBeenCalledWith(SURVEY, {
      api: API,
      contact: { externalId: 'cust-9' },
      onClose: expect.any(Function),
      config: expect.any(Promise),
    });
    // The renderer takes the brand colour from the config the loader already fetched (no second request).
    const given = show.mock.calls[0]?.[1] as TWidgetHost;
    expect((await given.config)?.brand).toEqual({ color: '#aa2200' });
    expect(page.requests.filter((r) => r.url.includes('/widget/config'))).toHaveLength(1);
    expect(JSON.parse(page.store.get('touchpoint.seen') ?? '[]')).toEqual([SURVEY.id]);
  });

  it('shows one survey at a time, and tells the server which surveys this browser has seen', async () => {
    vi.useFakeTimers();
    const page = await openPage({ isEligible: true, config: { clickSelectors: ['#buy'], pageViews: false } });
    page.document.fire('click', clickOn(['#buy']));
    await vi.advanceTimersByTimeAsync(0);
    let host: TWidgetHost | undefined;
    await page.loadRenderer((_, given) => {
      host = given;
    });
    page.document.fire('click', clickOn(['#buy']));
    await vi.advanceTimersByTimeAsync(0);
    expect(page.posts('/widget/eligible')).toHaveLength(1);

    host?.onClose();
    page.document.fire('click', clickOn(['#buy']));
    await vi.advanceTimersByTimeAsync(0);
    expect(page.posts('/widget/eligible').map((r) => r.body.seenSurveyIds)).toEqual([[], [SURVEY.id]]);
  });

  it('loads the renderer, which owns the outbox, whenever answers are queued: on start and when online', async () => {
    vi.useFakeTimers();
    const queued = new Map([
      [QUEUE_STORAGE_KEY, JSON.stringify([{ k: 'key-1', u: `${API}/x`, b: {}, r: 1 }])],
    ]);
    const offline = await openPage({ store: queued, isOffline: true });
    expect(offline.injected).toHaveLength(1);
    // The renderer could not load (offline): the next online event tries again.
    offline.injected[0]?.onerror?.();
    offline.window.fire('online');
    expect(offline.injected).toHaveLength(2);
    vi.unstubAllGlobals();

    // Nothing queued, no survey: the renderer is never fetched, online or not.
    const idle = await openPage({ store: new Map([[QUEUE_STORAGE_KEY, '[]']]) });
    idle.window.fire('online');
    expect(idle.injected).toEqual([]);
  });

  it('loads the chat chunk only when the chat opens, once, and hands it the host', async () => {
    vi.useFakeTimers();
    const page = await openPage({ stub: { q: [['identify', ['cust-9']]] } });
    const chatScripts = () => page.injected.filter((script) => script.src.endsWith('/widget/chat.js'));
    expect(chatScripts()).toEqual([]);

    const open = vi.fn();
    page.touchpoint().chat();
    expect(chatScripts()).toHaveLength(1);
    for (const script of chatScripts()) script.fire(CHAT_READY_EVENT, { detail: open });
    await vi.advanceTimersByTimeAsync(0);
    expect(open).toHaveBeenCalledWith({
      api: API,
      workspaceId: 'ws-1',
      contact: { externalId: 'cust-9' },
      launcher: undefined,
      config: expect.any(Promise),
    });

    // A "Chat with us" element of the page (the help center's) opens the same chunk.
    page.document.fire('click', {
      target: { closest: (selector: string) => (selector === '[data-touchpoint-chat]' ? {} : null) },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(open).toHaveBeenCalledTimes(2);
    expect(chatScripts()).toHaveLength(1);
  });

  it("opens the chat at once when this workspace's chat was left open on the last page", async () => {
    vi.useFakeTimers();
    const store = new Map([
      [`${CHAT_STORAGE_PREFIX}ws-1`, JSON.stringify({ id: 'c1', token: 't', open: true })],
    ]);
    const page = await openPage({ store });
    // The fake page has no body yet: the chat waits for the DOM.
    page.document.fire('DOMContentLoaded');
    expect(page.injected.filter((script) => script.src.endsWith('/widget/chat.js'))).toHaveLength(1);

    vi.unstubAllGlobals();
    const other = await openPage({
      store: new Map([[`${CHAT_STORAGE_PREFIX}ws-2`, JSON.stringify({ id: 'c1', token: 't', open: true })]]),
    });
    other.document.fire('DOMContentLoaded');
    expect(other.injected).toEqual([]);
  });

  it('never throws into the page: server down, storage blocked, bad calls', async () => {
    vi.useFakeTimers();
    const page = await openPage({
      config: 'fail',
      isStorageBlocked: true,
      isOffline: true,
      stub: { q: [['nope', []]] },
    });
    const touchpoint = page.touchpoint();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => touchpoint.identify({ email: 'a@b.example' }, circular)).not.toThrow();
    expect(() => touchpoint.identify(undefined)).not.toThrow();
    expect(() => touchpoint.track('checkout')).not.toThrow();
    expect(() => touchpoint.reset()).not.toThrow();
    expect(() => page.window.fire('online')).not.toThrow();
    await vi.advanceTimersByTimeAsync(60_000);
  });

  it('starts once when the script is included twice, and does nothing without a workspace', async () => {
    vi.useFakeTimers();
    const loaded = { isLoaded: true, track: () => {} };
    const twice = await openPage({ stub: loaded });
    expect(twice.touchpoint()).toBe(loaded);
    expect(twice.requests).toEqual([]);

    vi.unstubAllGlobals();
    const anonymous = await openPage({ dataset: {} });
    expect(anonymous.requests.filter((r) => r.url.includes('/widget/'))).toEqual([]);
    expect(() => anonymous.touchpoint().track('x')).not.toThrow();
  });

  it('forgets the person and the surveys seen on reset, and asks again for a newly identified person', async () => {
    vi.useFakeTimers();
    const page = await openPage();
    page.touchpoint().identify({ email: 'ann@example.test' }, { plan: 'pro' });
    await vi.advanceTimersByTimeAsync(0);
    expect(page.posts('/widget/eligible').map((r) => r.body.contact)).toEqual([
      undefined,
      { email: 'ann@example.test' },
    ]);
    page.touchpoint().identify({ email: 'ann@example.test' }, { seats: 3 });
    await vi.advanceTimersByTimeAsync(0);
    expect(page.posts('/widget/eligible')).toHaveLength(2);
    expect(JSON.parse(page.store.get('touchpoint.contact') ?? '{}')).toEqual({
      contact: { email: 'ann@example.test' },
      attributes: { plan: 'pro', seats: 3 },
    });

    page.touchpoint().reset();
    expect(JSON.parse(page.store.get('touchpoint.contact') ?? '')).toEqual({});
    expect(JSON.parse(page.store.get('touchpoint.seen') ?? '')).toEqual([]);
  });
});
