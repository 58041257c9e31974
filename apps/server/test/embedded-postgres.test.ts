import { connect, type Socket } from 'node:net';
import pg from 'pg';
import { serialize } from 'pg-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../src/platform/db/embedded-postgres';
import { TEST_BACKEND } from './support/test-touchpoint';

// The embedded database serves many client connections over ONE PostgreSQL session. These tests pin the
// property everything else relies on: each connection's queries are answered as if it were alone.
describe.runIf(TEST_BACKEND === 'pglite')('embedded PostgreSQL multiplexing', () => {
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres();
    pool = new pg.Pool({ connectionString: embedded.connectionString, max: 8 });
  });
  afterAll(async () => {
    await pool.end();
    await embedded.stop();
  });

  it('never mixes up concurrent parameterised queries from different connections', async () => {
    // Different statements with different parameter counts: if one connection's Bind met another's Parse,
    // this would fail with a protocol error or return someone else's row.
    const calls = Array.from({ length: 400 }, async (_, i) => {
      if (i % 3 === 0) {
        const { rows } = await pool.query('SELECT $1::int AS a', [i]);
        expect(rows).toEqual([{ a: i }]);
      } else if (i % 3 === 1) {
        const { rows } = await pool.query('SELECT $1::int AS a, $2::text AS b, $3::int AS c', [
          i,
          `t${i}`,
          -i,
        ]);
        expect(rows).toEqual([{ a: i, b: `t${i}`, c: -i }]);
      } else {
        const { rows } = await pool.query(`SELECT ${i} AS literal`);
        expect(rows).toEqual([{ literal: i }]);
      }
    });
    await Promise.all(calls);
  });

  it("holds one connection's Parse…Sync sequence together even when another connection speaks in between", async () => {
    const socketPath = `${new URL(embedded.connectionString).searchParams.get('host')}/.s.PGSQL.5432`;
    const a = await openRawConnection(socketPath);
    const b = await openRawConnection(socketPath);
    try {
      a.send(serialize.parse({ text: 'SELECT $1::int AS x, $2::int AS y' }));
      await a.waitFor('1'); // ParseComplete: A now owns the unnamed statement
      b.send(
        Buffer.concat([
          serialize.parse({ text: 'SELECT $1::text AS t' }),
          serialize.bind({ values: ['from b'] }),
          serialize.execute({}),
          serialize.sync(),
        ]),
      );
      await new Promise((r) => setTimeout(r, 100));
      a.send(
        Buffer.concat([serialize.bind({ values: ['1', '2'] }), serialize.execute({}), serialize.sync()]),
      );
      const aMessages = await a.waitFor('Z');
      expect(aMessages.filter((m) => m.type === 'E').map((m) => m.text)).toEqual([]);
      expect(aMessages.filter((m) => m.type === 'D').map((m) => m.text)).toEqual(['1,2']);
      const bMessages = await b.waitFor('Z');
      expect(bMessages.filter((m) => m.type === 'E').map((m) => m.text)).toEqual([]);
      expect(bMessages.filter((m) => m.type === 'D').map((m) => m.text)).toEqual(['from b']);
    } finally {
      a.close();
      b.close();
    }
  });

  it('keeps a transaction isolated from other connections until it commits', async () => {
    await pool.query('CREATE TABLE IF NOT EXISTS isolation_probe (v int)');
    const writer = await pool.connect();
    try {
      await writer.query('BEGIN');
      await writer.query('INSERT INTO isolation_probe VALUES ($1)', [1]);
      const reader = pool.query('SELECT count(*)::int AS n FROM isolation_probe');
      await new Promise((r) => setTimeout(r, 50));
      await writer.query('COMMIT');
      // The reader was queued behind the open transaction, so it sees the committed row, never a partial state.
      expect((await reader).rows[0].n).toBe(1);
    } finally {
      writer.release();
    }
  });

  it('rolls back the open transaction of a connection that disappears', async () => {
    await pool.query('CREATE TABLE IF NOT EXISTS abandoned_probe (v int)');
    const client = new pg.Client({ connectionString: embedded.connectionString });
    client.on('error', () => undefined); // the socket is dropped on purpose below
    await client.connect();
    await client.query('BEGIN');
    await client.query('INSERT INTO abandoned_probe VALUES (1)');
    // Drop the socket without COMMIT.
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM abandoned_probe');
    expect(rows[0].n).toBe(0);
  });
});

interface RawMessage {
  type: string;
  /** DataRow: the column values joined by commas; ErrorResponse: the message field. */
  text: string;
}

/** A PostgreSQL wire-protocol connection without a client library, to control exactly what is sent when. */
async function openRawConnection(socketPath: string) {
  const socket: Socket = connect(socketPath);
  let buffer = Buffer.alloc(0);
  let received: RawMessage[] = [];
  let waiter: (() => void) | null = null;
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 5) {
      const length = buffer.readInt32BE(1);
      if (buffer.length < length + 1) break;
      const type = String.fromCharCode(buffer[0] as number);
      const body = buffer.subarray(5, length + 1);
      received.push({ type, text: summarise(type, body) });
      buffer = buffer.subarray(length + 1);
    }
    waiter?.();
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const waitFor = async (type: string): Promise<RawMessage[]> => {
    const deadline = Date.now() + 5_000;
    while (!received.some((m) => m.type === type)) {
      if (Date.now() > deadline)
        throw new Error(`no ${type} message; got ${received.map((m) => m.type).join('')}`);
      await new Promise<void>((resolve) => {
        waiter = resolve;
        setTimeout(resolve, 50);
      });
    }
    const index = received.findIndex((m) => m.type === type);
    const messages = received.slice(0, index + 1);
    received = received.slice(index + 1);
    return messages;
  };
  socket.write(serialize.startup({ user: 'postgres', database: 'postgres' }));
  await waitFor('Z');
  return { send: (data: Buffer) => socket.write(data), waitFor, close: () => socket.destroy() };
}

function summarise(type: string, body: Buffer): string {
  if (type === 'D') {
    const values: string[] = [];
    let offset = 2;
    for (let i = 0; i < body.readInt16BE(0); i++) {
      const length = body.readInt32BE(offset);
      offset += 4;
      values.push(body.subarray(offset, offset + length).toString());
      offset += length;
    }
    return values.join(',');
  }
  if (type === 'E') {
    const fields = body.toString().split('\0');
    return (fields.find((f) => f.startsWith('M')) ?? '').slice(1);
  }
  return '';
}
