// Runs PGlite (PostgreSQL in WASM) in its own thread and serves it on a unix socket, so the main thread's
// event loop never blocks on a query and the app talks to it through `pg`, exactly as to a real server.
// Plain JavaScript on purpose: worker threads do not inherit the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, socketPath, maxConnections, loadDataDir } = workerData;

let db;
let server;
try {
  db = await PGlite.create({
    dataDir,
    // A tarball of an already-migrated database (tests clone a template this way).
    loadDataDir: loadDataDir ? new Blob([loadDataDir]) : undefined,
  });
  server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
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
