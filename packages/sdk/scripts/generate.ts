import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { type AppContext, DEFAULT_PUBLIC_LIMITS } from '../../../apps/server/src/platform/context';
import { buildOpenApiDocument } from '../../../apps/server/src/platform/http/openapi';
import { allRoutes, VERSION } from '../../../apps/server/src/touchpoint';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));
export const SCHEMA_FILE = fileURLToPath(new URL('../src/schema.d.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's routes by packages/sdk/scripts/generate.ts — do not edit.
 * Regenerate with \`npm run generate -w @touchpoint/sdk\` after changing a route or its schemas.
 */
`;

export interface GeneratedSdkFiles {
  openApiJson: string;
  schema: string;
}

/** Builds the OpenAPI document and its TypeScript types exactly as they are checked in. */
export async function generateSdkFiles(): Promise<GeneratedSdkFiles> {
  // Building the document never calls a handler, so the routes need no live database or job queue.
  const document = buildOpenApiDocument(allRoutes({ limits: DEFAULT_PUBLIC_LIMITS } as AppContext), VERSION);
  const ast = await openapiTS(document as unknown as OpenAPI3, { silent: true });
  return {
    // Formatted with the repo's Biome settings so `biome check .` passes on the checked-in files and
    // the freshness test compares like with like.
    openApiJson: formatWithBiome(JSON.stringify(document, null, 2), OPENAPI_FILE),
    schema: formatWithBiome(HEADER + astToString(ast), SCHEMA_FILE),
  };
}

function formatWithBiome(source: string, filePath: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${filePath}`], {
    cwd: REPO_ROOT,
    input: source,
    encoding: 'utf8',
    // The OpenAPI document is over 1 MiB, the default output buffer.
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function main() {
  const files = await generateSdkFiles();
  writeFileSync(OPENAPI_FILE, files.openApiJson);
  writeFileSync(SCHEMA_FILE, files.schema);
  console.log(`Wrote ${OPENAPI_FILE} and ${SCHEMA_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
