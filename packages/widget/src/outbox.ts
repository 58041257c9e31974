import { createOfflineQueue, type TQueueEntry, type TQueueFetch, type TQueueStorage } from './offline-queue';

/** How long to wait before trying a queued submission again when no `online` event comes. */
export const OUTBOX_RETRY_MS = 20_000;

export interface TOutbox {
  /**
   * Queues the submission under its Idempotency-Key (replacing a queued one with that key) and sends it;
   * resolves (never rejects) with whether the queue is empty afterwards.
   */
  send(url: string, key: string, body: unknown, headers?: Record<string, string>): Promise<boolean>;
}

/**
 * The renderer's side of the offline outbox: sends what earlier pages left queued as soon as it starts,
 * again on every `online` event, and on a timer while something is still queued (the `online` event does
 * not fire when the network fails behind a working link). Nothing here ever throws or rejects.
 */
export function startOutbox(options: {
  storage: TQueueStorage | null;
  fetch: TQueueFetch;
  warn: (message: string, detail: unknown) => void;
  /** Where `online` fires (window). */
  events: Pick<EventTarget, 'addEventListener'>;
  /** Told after every flush that emptied the queue (the chat then reads the conversation again). */
  onDrained?: () => void;
  /** Told of each submission the server accepted, with its answer. */
  onSent?: (entry: TQueueEntry, response: Pick<Response, 'status' | 'json'>) => void;
}): TOutbox {
  const queue = createOfflineQueue(options.storage, options.fetch, options.warn, options.onSent);
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const retryLater = (isEmpty: boolean) => {
    clearTimeout(retryTimer);
    if (!isEmpty) retryTimer = setTimeout(flush, OUTBOX_RETRY_MS);
    else options.onDrained?.();
    return isEmpty;
  };
  const flush = () => {
    queue
      .flush()
      .then(retryLater)
      .catch(() => {});
  };
  options.events.addEventListener('online', flush);
  flush();
  return {
    send(url, key, body, headers) {
      return queue
        .add(url, key, body, headers)
        .then(retryLater)
        .catch(() => false);
    },
  };
}
