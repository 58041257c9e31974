// Runs PGlite (PostgreSQL in WASM) in its own thread and serves it on a unix socket, so the main thread's
// event loop never blocks on a query and the app talks to it through `pg`, exactly as to a real server.
// Plain JavaScript on purpose: worker threads do not inherit the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, socketPath, maxConnections, loadDataDir } = workerData;

const SYNC = 0x53; // 'S': ends an extended-protocol sequence (Parse/Bind/Describe/Execute…)
const QUERY = 0x51; // 'Q': a simple query is a whole sequence on its own
const TERMINATE = 0x58; // 'X'

/**
 * Serves protocol messages from many client connections on PGlite's single session, one connection at a
 * time. pglite-socket's own queue only keeps a connection exclusive inside a transaction, so one
 * connection's Parse could be followed by another's Bind (a protocol error, or another client's rows).
 * Here a connection owns the session from its first message until its Sync or simple Query completes
 * outside a transaction; the others wait their turn.
 */
class SessionQueue {
  constructor(db) {
    this.db = db;
    this.queue = [];
    this.processing = false;
    this.owner = null;
  }

  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  async process() {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          this.owner = this.db.isInTransaction() ? item.handlerId : null;
          item.reject(error);
          continue;
        }
        this.owner = endsSequence(item.message) && !this.db.isInTransaction() ? null : item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength() {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId) {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** A connection that goes away mid-transaction or mid-sequence must not hold the session. */
  async clearTransactionIfNeeded(handlerId) {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.process();
  }
}

function endsSequence(message) {
  const type = message[0];
  // The startup packet has no type byte (it begins with its length, so its first byte is 0).
  return type === SYNC || type === QUERY || type === TERMINATE || type === 0;
}

let db;
let server;
try {
  db = await PGlite.create({
    dataDir,
    // A tarball of an already-migrated database (tests clone a template this way).
    loadDataDir: loadDataDir ? new Blob([loadDataDir]) : undefined,
  });
  server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
  // Every connection handler takes the server's queue when it is created, so replace it before start.
  server.queryQueue = new SessionQueue(db);
  await server.start();
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}

parentPort.on('message', async (message) => {
  if (message.type === 'dump') {
    const file = await db.dumpDataDir('none');
    const buffer = new Uint8Array(await file.arrayBuffer());
    parentPort.postMessage({ type: 'dumped', buffer }, [buffer.buffer]);
  } else if (message.type === 'stop') {
    try {
      await server?.stop();
      await db?.close();
    } finally {
      parentPort.postMessage({ type: 'stopped' });
    }
  }
});
