/**
 * The widget's outbox. Every submission is written to storage with its Idempotency-Key before it is sent,
 * and stays there until the server has answered it: a network error, a 5xx, a 408 or a 429 (or a 409
 * CONFLICT, which the server asks to retry with the same key) leaves it queued for the next flush; any
 * other 4xx drops it with a warning (resending would fail the same way).
 *
 * One entry per key: a later submission of the same response replaces the queued one in place, because
 * each submission carries every answer of the walk so far. An entry is removed only if it is still the
 * revision that was sent, so an answer added while a request was in flight is never lost. Resending is
 * always safe: the same key is the same response on the server.
 */

export interface TQueueEntry {
  /** Idempotency-Key. */
  k: string;
  /** Where to POST. */
  u: string;
  /** JSON body. */
  b: unknown;
  /** Revision: bumped when a newer submission with the same key replaces this one. */
  r: number;
  /** Extra request headers (the chat's `Authorization: Bearer <conversation token>`). */
  h?: Record<string, string>;
}

/** The slice of `Storage` the queue uses (localStorage in the browser, a map in tests). */
export interface TQueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type TQueueFetch = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'json'>>;

export interface TOfflineQueue {
  /** Stores the submission (replacing a queued one with the same key), then tries to send the queue. */
  add(url: string, key: string, body: unknown, headers?: Record<string, string>): Promise<boolean>;
  /** Sends what is queued, oldest first; true when the queue is empty afterwards. */
  flush(): Promise<boolean>;
}

export const QUEUE_STORAGE_KEY = 'touchpoint.outbox';

type TOutcome = 'sent' | 'retry' | 'drop';

async function sendEntry(
  send: TQueueFetch,
  entry: TQueueEntry,
  onSent?: (entry: TQueueEntry, response: Pick<Response, 'status' | 'json'>) => void,
): Promise<TOutcome> {
  let response: Pick<Response, 'status' | 'json'>;
  try {
    response = await send(entry.u, {
      method: 'POST',
      headers: { ...entry.h, 'content-type': 'application/json', 'idempotency-key': entry.k },
      body: JSON.stringify(entry.b),
      // Survives the page being closed right after the last answer.
      keepalive: true,
    });
  } catch {
    return 'retry';
  }
  const { status } = response;
  if (status < 300) {
    try {
      onSent?.(entry, response);
    } catch {
      // The listener's trouble is not the queue's.
    }
    return 'sent';
  }
  if (status >= 500 || status === 429 || status === 408) return 'retry';
  if (status === 409) {
    const problem = (await response.json().catch(() => null)) as { code?: string } | null;
    if (problem?.code === 'CONFLICT') return 'retry';
  }
  return 'drop';
}

/**
 * An outbox over `storage` (null or failing storage: kept in memory for this page only), sending with
 * `send`. `warn` hears about dropped submissions; `onSent` gets each accepted submission with the server's
 * answer (the chat shows the bot's replies from it).
 */
export function createOfflineQueue(
  storage: TQueueStorage | null,
  send: TQueueFetch,
  warn: (message: string, detail: unknown) => void,
  onSent?: (entry: TQueueEntry, response: Pick<Response, 'status' | 'json'>) => void,
): TOfflineQueue {
  let memory: TQueueEntry[] = [];
  let isMemoryOnly = !storage;
  let isFlushing = false;
  let isDirty = false;

  const read = (): TQueueEntry[] => {
    if (isMemoryOnly) return memory;
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(QUEUE_STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as TQueueEntry[]) : [];
    } catch {
      return memory;
    }
  };
  const write = (entries: TQueueEntry[]) => {
    memory = entries;
    try {
      storage?.setItem(QUEUE_STORAGE_KEY, JSON.stringify(entries));
    } catch {
      // Full or refused: this page keeps the queue in memory from now on.
      isMemoryOnly = true;
    }
  };
  const remove = (sent: TQueueEntry) =>
    write(read().filter((entry) => entry.k !== sent.k || entry.r !== sent.r));

  const drain = async (): Promise<boolean> => {
    for (;;) {
      const entry = read()[0];
      if (!entry) return true;
      const outcome = await sendEntry(send, entry, onSent);
      if (outcome === 'retry') return false;
      if (outcome === 'drop') warn('Touchpoint: a queued submission was refused and dropped', entry.b);
      remove(entry);
    }
  };

  const flush = async (): Promise<boolean> => {
    if (isFlushing) {
      // The running flush reads storage again before it stops, so it sends this too.
      isDirty = true;
      return read().length === 0;
    }
    isFlushing = true;
    try {
      let isEmpty: boolean;
      do {
        isDirty = false;
        isEmpty = await drain();
      } while (isEmpty && isDirty);
      return isEmpty;
    } finally {
      isFlushing = false;
    }
  };

  return {
    add(url, key, body, headers) {
      const entries = read().slice();
      const index = entries.findIndex((entry) => entry.k === key);
      const previous = entries[index];
      const entry: TQueueEntry = { k: key, u: url, b: body, r: (previous?.r ?? 0) + 1 };
      if (headers) entry.h = headers;
      if (previous) entries[index] = entry;
      else entries.push(entry);
      write(entries);
      return flush();
    },
    flush,
  };
}
