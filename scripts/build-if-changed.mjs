#!/usr/bin/env node
// Builds the web app and/or the widget only when their inputs changed since their last build, so
// `npm start` (whose `prestart` runs this) starts in seconds on an unchanged checkout.
//
//   node scripts/build-if-changed.mjs web widget     (or --force to build anyway)
//
// The inputs are hashed (paths and contents, sorted): the package's sources and build config, the shared
// packages bundled into it (core, schemas), the build helpers in scripts/ and the lockfile. After a
// successful build the hash is written to `<dist>/.build-stamp`; a missing or different stamp rebuilds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHARED = [
  'packages/core/src',
  'packages/schemas/src',
  'scripts/vite-precompress.ts',
  'package-lock.json',
];

const TARGETS = {
  web: {
    workspace: '@touchpoint/web',
    dist: 'apps/web/dist',
    output: 'index.html',
    inputs: [
      'apps/web/src',
      'apps/web/public',
      'apps/web/index.html',
      'apps/web/vite.config.ts',
      'apps/web/package.json',
    ],
  },
  widget: {
    workspace: '@touchpoint/widget',
    dist: 'packages/widget/dist',
    output: 'hosted-page.json',
    inputs: ['packages/widget/src', 'packages/widget/vite.config.ts', 'packages/widget/package.json'],
  },
};

function listFiles(path) {
  const absolute = join(root, path);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [absolute];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function hashInputs(paths) {
  const hash = createHash('sha256');
  const files = paths.flatMap(listFiles).sort();
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const names = args.filter((arg) => !arg.startsWith('--'));
for (const name of names.length > 0 ? names : Object.keys(TARGETS)) {
  const target = TARGETS[name];
  if (!target) {
    console.error(`Unknown build target "${name}" (known: ${Object.keys(TARGETS).join(', ')})`);
    process.exit(2);
  }
  const stampPath = join(root, target.dist, '.build-stamp');
  const hash = hashInputs([...target.inputs, ...SHARED]);
  const stamp = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : '';
  if (!force && stamp === hash && existsSync(join(root, target.dist, target.output))) {
    console.log(`${name}: up to date (sources unchanged since the last build), not rebuilt`);
    continue;
  }
  console.log(`${name}: building (${stamp ? 'sources changed' : 'no previous build'})`);
  const build = spawnSync('npm', ['run', 'build', '-w', target.workspace], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stampPath, `${hash}\n`);
}
