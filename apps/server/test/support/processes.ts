import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The CLI a newcomer runs (`npx touchpoint …`), for tests that start real processes. */
export const TOUCHPOINT_BIN = fileURLToPath(new URL('../../bin/touchpoint.mjs', import.meta.url));

/** A TCP port nobody listens on right now (the OS picks it), for a child process to bind. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
