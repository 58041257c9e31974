import { describe, expect, it, vi } from 'vitest';
import {
  createOfflineQueue,
  QUEUE_STORAGE_KEY,
  type TQueueEntry,
  type TQueueFetch,
  type TQueueStorage,
} from '../src/offline-queue';

/** localStorage as a map; `isBroken` makes every call throw, like storage blocked by the browser. */
function fakeStorage() {
  const map = new Map<string, string>();
  const storage = {
    isBroken: false,
    getItem(key: string) {
      if (storage.isBroken) throw new Error('SecurityError');
      return map.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (storage.isBroken) throw new Error('QuotaExceededError');
      map.set(key, value);
    },
    queued(): TQueueEntry[] {
      return JSON.parse(map.get(QUEUE_STORAGE_KEY) ?? '[]');
    },
  };
  return storage;
}

interface TSent {
  url: string;
  key: string;
  body: { answers: Record<string, unknown>; finished: boolean };
}

/**
 * The server, as far as the outbox cares: `mode` decides the next answers; it stores responses by
 * Idempotency-Key like the real endpoint (the same key is the same response).
 */
function fakeServer() {
  const server = {
    mode: 'up' as
      | 'up'
      | 'offline'
      | 'down'
      | 'rate-limited'
      | 'timeout'
      | 'invalid'
      | 'finished'
      | 'conflict',
    requests: [] as TSent[],
    responses: new Map<string, TSent['body']>(),
    fetch: (async (url, init) => {
      const headers = init.headers as Record<string, string>;
      const sent = { url, key: headers['idempotency-key'] ?? '', body: JSON.parse(String(init.body)) };
      server.requests.push(sent);
      const problem = (status: number, code: string) => ({ status, json: async () => ({ status, code }) });
      switch (server.mode) {
        case 'offline':
          throw new TypeError('Failed to fetch');
        case 'down':
          return problem(503, 'UNAVAILABLE');
        case 'rate-limited':
          return problem(429, 'RATE_LIMITED');
        case 'timeout':
          return problem(408, 'TIMEOUT');
        case 'invalid':
          return problem(400, 'VALIDATION_FAILED');
        case 'finished':
          return problem(409, 'RESPONSE_FINISHED');
        case 'conflict':
          return problem(409, 'CONFLICT');
        default:
          server.responses.set(sent.key, sent.body);
          return { status: 201, json: async () => ({ id: sent.key, finished: sent.body.finished }) };
      }
    }) as TQueueFetch,
  };
  return server;
}

const URL_A = 'https://tp.example/api/v1/public/surveys/a/responses';
const partial = (answers: Record<string, unknown>) => ({ answers, channel: 'widget', finished: false });
const final = (answers: Record<string, unknown>) => ({ answers, channel: 'widget', finished: true });

describe('the offline outbox', () => {
  it('stores a submission with its Idempotency-Key before sending it, and forgets it once stored', async () => {
    const storage = fakeStorage();
    const server = fakeServer();
    let queuedWhileSending: TQueueEntry[] = [];
    const send: TQueueFetch = (url, init) => {
      queuedWhileSending = storage.queued();
      return server.fetch(url, init);
    };
    const queue = createOfflineQueue(storage, send, vi.fn());

    expect(await queue.add(URL_A, 'key-0001', final({ nps: 9 }))).toBe(true);
    expect(queuedWhileSending).toEqual([{ k: 'key-0001', u: URL_A, b: final({ nps: 9 }), r: 1 }]);
    expect(server.requests).toEqual([{ url: URL_A, key: 'key-0001', body: final({ nps: 9 }) }]);
    expect(storage.queued()).toEqual([]);
  });

  it('keeps answers through a network cut and sends them once, after it returns', async () => {
    const storage = fakeStorage();
    const server = fakeServer();
    const queue = createOfflineQueue(storage, server.fetch, vi.fn());
    server.mode = 'offline';

    expect(await queue.add(URL_A, 'key-0001', partial({ nps: 3 }))).toBe(false);
    expect(await queue.add(URL_A, 'key-0001', partial({ nps: 3, reason: 'slow' }))).toBe(false);
    expect(await queue.add(URL_A, 'key-0001', final({ nps: 3, reason: 'slow', topics: ['delivery'] }))).toBe(
      false,
    );
    // One entry per response: each submission carries every answer so far, so the last one is enough.
    expect(storage.queued()).toEqual([
      expect.objectContaining({ k: 'key-0001', b: final({ nps: 3, reason: 'slow', topics: ['delivery'] }) }),
    ]);
    expect(server.responses.size).toBe(0);

    server.mode = 'up';
    server.requests = [];
    expect(await queue.flush()).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(server.responses.get('key-0001')).toEqual(final({ nps: 3, reason: 'slow', topics: ['delivery'] }));
    expect(storage.queued()).toEqual([]);
    // Nothing left to send twice.
    expect(await queue.flush()).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps a chat message with its Authorization header through a cut, and sends it once on the next page', async () => {
    const storage = fakeStorage();
    const server = fakeServer();
    const seen: Record<string, string>[] = [];
    const send: TQueueFetch = (url, init) => {
      seen.push(init.headers as Record<string, string>);
      return server.fetch(url, init);
    };
    const chatUrl = 'https://tp.example/api/v1/public/conversations/c1/messages';
    const message = { text: 'hoan tien mat bao lau', clientMessageId: 'cm-1' };
    server.mode = 'offline';
    const auth = { authorization: 'Bearer tok-1' };
    expect(await createOfflineQueue(storage, send, vi.fn()).add(chatUrl, 'cm-1', message, auth)).toBe(false);
    expect(storage.queued()).toEqual([{ k: 'cm-1', u: chatUrl, b: message, r: 1, h: auth }]);

    server.mode = 'up';
    // Another page (or the renderer) flushes the same storage: the header travels with the entry, and the
    // sender hears the server's answer (the chat shows the bot's replies from it).
    const onSent = vi.fn();
    expect(await createOfflineQueue(storage, send, vi.fn(), onSent).flush()).toBe(true);
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(onSent.mock.calls[0]?.[0]).toMatchObject({ k: 'cm-1', u: chatUrl });
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ status: 201 });
    expect(seen.at(-1)).toEqual({
      authorization: 'Bearer tok-1',
      'content-type': 'application/json',
      'idempotency-key': 'cm-1',
    });
    expect([...server.responses.keys()]).toEqual(['cm-1']);
    expect(storage.queued()).toEqual([]);
  });

  it('sends what an earlier page left queued (the next load of the widget)', async () => {
    const storage = fakeStorage();
    const server = fakeServer();
    server.mode = 'offline';
    await createOfflineQueue(storage, server.fetch, vi.fn()).add(URL_A, 'key-0001', final({ nps: 10 }));
    expect(storage.queued()).toHaveLength(1);

    server.mode = 'up';
    const nextPage = createOfflineQueue(storage, server.fetch, vi.fn());
    expect(await nextPage.flush()).toBe(true);
    expect(server.responses.get('key-0001')).toEqual(final({ nps: 10 }));
  });

  it.each([
    ['a 5xx', 'down'],
    ['a 429', 'rate-limited'],
    ['a 408', 'timeout'],
    ['a 409 CONFLICT (the server asks for a retry with the same key)', 'conflict'],
  ] as const)('keeps the submission queued after %s', async (_, mode) => {
    const storage = fakeStorage();
    const server = fakeServer();
    const warn = vi.fn();
    const queue = createOfflineQueue(storage, server.fetch, warn);
    server.mode = mode;
    expect(await queue.add(URL_A, 'key-0001', final({ nps: 8 }))).toBe(false);
    expect(storage.queued()).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();

    server.mode = 'up';
    expect(await queue.flush()).toBe(true);
    expect(server.responses.get('key-0001')).toEqual(final({ nps: 8 }));
  });

  it.each([
    ['a 400', 'invalid'],
    ['a 409 RESPONSE_FINISHED', 'finished'],
  ] as const)(
    'drops the submission with a warning after %s (resending would fail the same way)',
    async (_, mode) => {
      const storage = fakeStorage();
      const server = fakeServer();
      const warn = vi.fn();
      const queue = createOfflineQueue(storage, server.fetch, warn);
      server.mode = mode;
      expect(await queue.add(URL_A, 'key-0001', final({ nps: 42 }))).toBe(true);
      expect(storage.queued()).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped'), final({ nps: 42 }));
    },
  );

  it('sends responses oldest first and stops at the first one the network refuses', async () => {
    const storage = fakeStorage();
    const server = fakeServer();
    const queue = createOfflineQueue(storage, server.fetch, vi.fn());
    server.mode = 'offline';
    await queue.add(URL_A, 'key-0001', final({ nps: 1 }));
    await queue.add(URL_A, 'key-0002', final({ nps: 2 }));
    await queue.add(URL_A, 'key-0003', final({ nps: 3 }));
    // Offline, one attempt per flush, not one per entry.
    expect(server.requests.map((r) => r.key)).toEqual(['key-0001', 'key-0001', 'key-0001']);

    server.mode = 'up';
    server.requests = [];
    await queue.flush();
    expect(server.requests.map((r) => r.key)).toEqual(['key-0001', 'key-0002', 'key-0003']);
  });

  it('never loses a newer submission that replaced the one in flight', async () => {
    const storage = fakeStorage();
    const server = fakeServer();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let isFirst = true;
    const send: TQueueFetch = async (url, init) => {
      if (isFirst) {
        isFirst = false;
        await gate;
      }
      return server.fetch(url, init);
    };
    const queue = createOfflineQueue(storage, send, vi.fn());

    const first = queue.add(URL_A, 'key-0001', partial({ nps: 6 }));
    const second = queue.add(URL_A, 'key-0001', final({ nps: 6, reason: 'price' }));
    release();
    await Promise.all([first, second]);

    expect(server.requests.map((r) => r.body.finished)).toEqual([false, true]);
    expect(server.responses.get('key-0001')).toEqual(final({ nps: 6, reason: 'price' }));
    expect(storage.queued()).toEqual([]);
  });

  it('runs one flush at a time, so concurrent flushes never send an entry twice', async () => {
    const storage = fakeStorage();
    const server = fakeServer();
    server.mode = 'offline';
    const queue = createOfflineQueue(storage, server.fetch, vi.fn());
    await queue.add(URL_A, 'key-0001', final({ nps: 7 }));
    server.mode = 'up';
    server.requests = [];
    await Promise.all([queue.flush(), queue.flush(), queue.flush()]);
    expect(server.requests).toHaveLength(1);
  });

  it('works in memory when storage is blocked or missing', async () => {
    for (const storage of [
      null,
      Object.assign(fakeStorage(), { isBroken: true }),
    ] as (TQueueStorage | null)[]) {
      const server = fakeServer();
      server.mode = 'offline';
      const queue = createOfflineQueue(storage, server.fetch, vi.fn());
      expect(await queue.add(URL_A, 'key-0001', final({ nps: 5 }))).toBe(false);
      server.mode = 'up';
      expect(await queue.flush()).toBe(true);
      expect(server.responses.get('key-0001')).toEqual(final({ nps: 5 }));
    }
  });

  it('starts afresh from unreadable stored data instead of failing', async () => {
    const storage = fakeStorage();
    storage.setItem(QUEUE_STORAGE_KEY, '{not json');
    const server = fakeServer();
    const queue = createOfflineQueue(storage, server.fetch, vi.fn());
    expect(await queue.flush()).toBe(true);
    expect(await queue.add(URL_A, 'key-0001', final({ nps: 4 }))).toBe(true);
    expect(server.responses.get('key-0001')).toEqual(final({ nps: 4 }));
  });
});
