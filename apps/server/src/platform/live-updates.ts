import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from './logger';

// Live updates for open streams (Server-Sent Events): a small notice on a channel ("conversation X has a
// new message Y"), published right after the change commits. Receivers load the rows themselves, so a
// payload stays tiny and never carries what a listener may not see. Never goes through the job queue: a
// chat message must not wait behind background work.
//
// On the embedded database there is one process, so an in-process emitter is enough. On a PostgreSQL
// server several API processes may serve the same workspace: each keeps one dedicated connection that
// LISTENs on one PostgreSQL channel, and a publish is a NOTIFY that every process (itself included) hears.

/** A notice: a few ids; the listener loads what it needs. */
export type LivePayload = Record<string, string | number | boolean | null>;
export type LiveListener = (payload: LivePayload) => void;

export interface LiveUpdates {
  /** Tells every subscriber of `channel`, in every API process. Call after the commit. */
  publish(channel: string, payload: LivePayload): Promise<void>;
  /** Listens on a channel in this process; returns the unsubscribe function. */
  subscribe(channel: string, listener: LiveListener): () => void;
  /** Called once when the app stops (streams end themselves so the HTTP server can close). */
  onClose(listener: () => void): () => void;
  close(): Promise<void>;
}

const PG_CHANNEL = 'touchpoint_live';
/** NOTIFY payloads are limited to 8,000 bytes; ours are ids, far below. */
const MAX_PAYLOAD_BYTES = 7_900;

class LocalBus {
  private readonly emitter = new EventEmitter();
  private readonly closers = new Set<() => void>();
  constructor() {
    // One listener per open stream: thousands of customers on one channel name are normal.
    this.emitter.setMaxListeners(0);
  }
  emit(channel: string, payload: LivePayload, logger: Logger): void {
    for (const listener of this.emitter.listeners(channel) as LiveListener[]) {
      try {
        listener(payload);
      } catch (error) {
        logger.warn({ err: error, channel }, 'live update listener failed');
      }
    }
  }
  subscribe(channel: string, listener: LiveListener): () => void {
    this.emitter.on(channel, listener);
    return () => {
      this.emitter.off(channel, listener);
    };
  }
  onClose(listener: () => void): () => void {
    this.closers.add(listener);
    return () => {
      this.closers.delete(listener);
    };
  }
  closeAll(): void {
    for (const closer of [...this.closers]) {
      try {
        closer();
      } catch {
        // A stream that is already gone has nothing to close.
      }
    }
    this.closers.clear();
    this.emitter.removeAllListeners();
  }
}

/** In-process live updates (the embedded database: one process serves every stream). */
export function createLocalLiveUpdates(logger: Logger): LiveUpdates {
  const bus = new LocalBus();
  return {
    async publish(channel, payload) {
      // After the caller's current work, like a NOTIFY delivered after the commit.
      queueMicrotask(() => bus.emit(channel, payload, logger));
    },
    subscribe: (channel, listener) => bus.subscribe(channel, listener),
    onClose: (listener) => bus.onClose(listener),
    async close() {
      bus.closeAll();
    },
  };
}

/**
 * Live updates across processes through PostgreSQL LISTEN/NOTIFY on one dedicated connection (not from the
 * pool: a pooled client would be handed to queries and drop the LISTEN). Reconnects with a growing pause
 * when the connection drops; notices sent while it was down are lost, so streams also re-read the state
 * when they (re)connect.
 */
export async function createPgLiveUpdates(connectionString: string, logger: Logger): Promise<LiveUpdates> {
  const bus = new LocalBus();
  let client: pg.Client | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let retryDelayMs = 500;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel !== PG_CHANNEL || !message.payload) return;
      try {
        const { c, p } = JSON.parse(message.payload) as { c: string; p: LivePayload };
        bus.emit(c, p, logger);
      } catch (error) {
        logger.warn({ err: error }, 'unreadable live update notice');
      }
    });
    next.on('error', (error) => {
      logger.warn({ err: error }, 'live update connection lost; reconnecting');
      scheduleReconnect(next);
    });
    next.on('end', () => scheduleReconnect(next));
    await next.connect();
    await next.query(`LISTEN ${PG_CHANNEL}`);
    client = next;
    retryDelayMs = 500;
  };

  const scheduleReconnect = (failed: pg.Client) => {
    if (closed || client !== failed || retryTimer) return;
    client = null;
    failed.end().catch(() => undefined);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().catch((error: unknown) => {
        logger.warn({ err: error }, 'live update connection failed; retrying');
        retryDelayMs = Math.min(retryDelayMs * 2, 10_000);
        if (!closed && !retryTimer) {
          retryTimer = setTimeout(() => {
            retryTimer = null;
            void connect().catch(() => undefined);
          }, retryDelayMs);
          retryTimer.unref();
        }
      });
    }, retryDelayMs);
    retryTimer.unref();
  };

  await connect();

  return {
    async publish(channel, payload) {
      const text = JSON.stringify({ c: channel, p: payload });
      if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new Error('live update payload too large');
      const sender = client;
      if (!sender) {
        // The listening connection is down: this process's own streams still hear it.
        bus.emit(channel, payload, logger);
        return;
      }
      try {
        await sender.query('SELECT pg_notify($1, $2)', [PG_CHANNEL, text]);
      } catch (error) {
        logger.warn({ err: error, channel }, 'could not publish a live update');
        bus.emit(channel, payload, logger);
      }
    },
    subscribe: (channel, listener) => bus.subscribe(channel, listener),
    onClose: (listener) => bus.onClose(listener),
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      bus.closeAll();
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
