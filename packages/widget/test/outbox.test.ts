import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUEUE_STORAGE_KEY, type TQueueFetch } from '../src/offline-queue';
import { OUTBOX_RETRY_MS, startOutbox } from '../src/outbox';

/** A page as the outbox sees it: storage, a network that can be cut, and the `online` event. */
function fakePage(queued: unknown[] = []) {
  const store = new Map([[QUEUE_STORAGE_KEY, JSON.stringify(queued)]]);
  const listeners: (() => void)[] = [];
  const page = {
    isOffline: false,
    /** Idempotency-Keys of the requests that reached the server. */
    delivered: [] as string[],
    attempts: 0,
    storage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    },
    fetch: (async (_url, init) => {
      page.attempts += 1;
      if (page.isOffline) throw new TypeError('Failed to fetch');
      page.delivered.push((init.headers as Record<string, string>)['idempotency-key'] ?? '');
      return { status: 201, json: async () => ({}) };
    }) as TQueueFetch,
    events: { addEventListener: (_type: string, listener: () => void) => listeners.push(listener) },
    goOnline() {
      page.isOffline = false;
      for (const listener of listeners) listener();
    },
    queued: () => JSON.parse(store.get(QUEUE_STORAGE_KEY) ?? '[]') as unknown[],
  };
  return page;
}

const start = (page: ReturnType<typeof fakePage>) =>
  startOutbox({ storage: page.storage, fetch: page.fetch, warn: vi.fn(), events: page.events });

afterEach(() => {
  vi.useRealTimers();
});

describe('the renderer outbox', () => {
  it('sends what earlier pages left queued as soon as it starts', async () => {
    vi.useFakeTimers();
    const page = fakePage([{ k: 'key-left-over', u: 'https://tp.example/r', b: { finished: true }, r: 3 }]);
    start(page);
    await vi.advanceTimersByTimeAsync(0);
    expect(page.delivered).toEqual(['key-left-over']);
    expect(page.queued()).toEqual([]);
  });

  it('holds answers given offline and sends them once on the online event', async () => {
    vi.useFakeTimers();
    const page = fakePage();
    const outbox = start(page);
    page.isOffline = true;
    void outbox.send('https://tp.example/r', 'key-1', { answers: { nps: 9 }, finished: false });
    void outbox.send('https://tp.example/r', 'key-1', { answers: { nps: 9, why: 'ok' }, finished: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(page.queued()).toHaveLength(1);
    expect(page.delivered).toEqual([]);

    page.goOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.delivered).toEqual(['key-1']);
    expect(page.queued()).toEqual([]);
    // The retry timer found nothing left to send.
    await vi.advanceTimersByTimeAsync(OUTBOX_RETRY_MS * 3);
    expect(page.delivered).toEqual(['key-1']);
  });

  it('tries again on a timer when the network comes back without an online event', async () => {
    vi.useFakeTimers();
    const page = fakePage();
    const outbox = start(page);
    page.isOffline = true;
    void outbox.send('https://tp.example/r', 'key-2', { finished: true });
    await vi.advanceTimersByTimeAsync(OUTBOX_RETRY_MS);
    // Still offline: one attempt on send, one on the timer, and the timer is set again.
    expect(page.attempts).toBe(2);
    page.isOffline = false;
    await vi.advanceTimersByTimeAsync(OUTBOX_RETRY_MS);
    expect(page.delivered).toEqual(['key-2']);
    await vi.advanceTimersByTimeAsync(OUTBOX_RETRY_MS * 3);
    expect(page.attempts).toBe(3);
  });
});
