import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Compressed copies of `path`, unless they are already newer than it. */
async function compressFile(path: string): Promise<void> {
  const source = await stat(path);
  if (source.size < MIN_BYTES) return;
  const existing = await stat(`${path}.br`).catch(() => null);
  if (existing && existing.mtimeMs >= source.mtimeMs) return;
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
    gzipAsync(content, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
}

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy next to every text file of the
 * build output (public files included), once, at build time: the server sends them with
 * `@fastify/static`'s `preCompressed` to clients that accept them, so no request spends CPU on
 * compression and every one gets the smallest bytes.
 */
export function precompress(): Plugin {
  return {
    name: 'touchpoint-precompress',
    apply: 'build',
    // After every plugin has written its files.
    async closeBundle() {
      const { root, build } = this.environment.config;
      const files = await listFiles(resolve(root, build.outDir));
      await Promise.all(files.filter((file) => COMPRESSIBLE.test(file)).map(compressFile));
    },
  };
}
