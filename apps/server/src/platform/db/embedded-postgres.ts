import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DataDirLockHeldError, lockDataDir } from './data-dir-lock';

export interface EmbeddedPostgres {
  /** A `postgres://` URL that reaches the embedded database through its unix socket. */
  connectionString: string;
  /** A tarball of the data directory (used to clone a migrated template for tests). */
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
}

export class DataDirLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `Another Touchpoint process is already using the data directory ${dataDir}. ` +
        'Stop it first, or point TOUCHPOINT_DATA_DIR at another directory. ' +
        '(PGlite has no lock of its own: two processes on one directory would lose data.)',
    );
    this.name = 'DataDirLockedError';
  }
}

interface StartOptions {
  /** Directory for the database files; `undefined` keeps the database in memory. */
  dataDir?: string;
  /** Start from this data-directory tarball instead of an empty database. */
  loadDataDir?: Uint8Array;
  maxConnections?: number;
}

/** Starts PGlite in a worker thread behind a unix socket; holds an exclusive lock on the data directory. */
export async function startEmbeddedPostgres(options: StartOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  let releaseLock: (() => void) | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    try {
      // Stale when its process is gone (same host), so a restart after `kill -9` does not wait.
      releaseLock = lockDataDir(dataDir);
    } catch (error) {
      if (error instanceof DataDirLockHeldError) throw new DataDirLockedError(dataDir);
      throw error;
    }
  }
  // Unix socket paths are limited to ~100 bytes, so the socket lives in a short temp directory.
  const socketDir = mkdtempSync(join(tmpdir(), 'tp-pg-'));
  const worker = new Worker(new URL('./embedded-postgres.worker.mjs', import.meta.url), {
    workerData: {
      dataDir: dataDir ? join(dataDir, 'pgdata') : undefined,
      socketPath: join(socketDir, '.s.PGSQL.5432'),
      maxConnections: options.maxConnections ?? 20,
      loadDataDir: options.loadDataDir,
    },
  });

  const cleanup = async () => {
    rmSync(socketDir, { recursive: true, force: true });
    releaseLock?.();
  };

  try {
    await waitFor(worker, 'ready');
  } catch (error) {
    await worker.terminate();
    await cleanup();
    throw error;
  }
  worker.unref();

  let stopped = false;
  return {
    connectionString: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
    async dump() {
      worker.postMessage({ type: 'dump' });
      const message = await waitFor(worker, 'dumped');
      return message.buffer as Uint8Array;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage({ type: 'stop' });
      await waitFor(worker, 'stopped').catch(() => undefined);
      await worker.terminate();
      await cleanup();
    },
  };
}

function waitFor(worker: Worker, type: string): Promise<{ type: string; [key: string]: unknown }> {
  return new Promise((resolvePromise, reject) => {
    const onMessage = (message: { type: string; message?: string }) => {
      if (message.type === type) {
        off();
        resolvePromise(message);
      } else if (message.type === 'error') {
        off();
        reject(new Error(`Embedded PostgreSQL failed to start: ${message.message}`));
      }
    };
    const onError = (error: Error) => {
      off();
      reject(error);
    };
    const off = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
  });
}
