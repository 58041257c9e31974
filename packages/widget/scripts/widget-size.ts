import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Sizes of the built widget, shared by the size test (`test/size.test.ts`) and the benchmark
 * (`bench/widget-size.bench.ts`). gzip at level 9 (as gzip-size and most bundle budgets measure) and
 * brotli at quality 11; a survey costs the loader plus the renderer, each fetched as its own file.
 */

export const WIDGET_DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** The budgets, in gzipped bytes. */
export const WIDGET_BUDGETS = {
  /** `touchpoint.js`, on every page of the host site. */
  loaderGzip: 2 * 1024,
  /** Everything needed to show a survey: loader + renderer (with its CSS inlined). */
  surveyGzip: 20 * 1024,
  /** `chat.js`, the chat panel (CSS inlined), loaded only when the visitor opens the chat. */
  chatGzip: 25 * 1024,
  /** The hosted survey page's script (its CSS is inlined into the page by the server, not counted). */
  hostedGzip: 35 * 1024,
} as const;

export const WIDGET_FILES = { loader: 'touchpoint.js', renderer: 'renderer.js', chat: 'chat.js' } as const;

export interface TSize {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface TWidgetSizes {
  loader: TSize;
  renderer: TSize;
  /** The panel's stylesheet as shipped inside renderer.js (already counted in the renderer). */
  css: TSize;
  /** Loader + renderer: what a visitor downloads to see a survey. */
  survey: TSize;
  /** The chat chunk alone (the loader is on the page already when the visitor opens the chat). */
  chat: TSize;
}

export function sizeOf(content: string | Buffer): TSize {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The built files; throws a message that says how to build them when they are missing. */
export function readWidgetDist(dist: string = WIDGET_DIST): {
  loader: Buffer;
  renderer: Buffer;
  chat: Buffer;
} {
  const paths = Object.values(WIDGET_FILES).map((file) => join(dist, file));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `The widget is not built (missing ${missing.join(', ')}). Run \`npm run build -w @touchpoint/widget\` first.`,
    );
  }
  return {
    loader: readFileSync(join(dist, WIDGET_FILES.loader)),
    renderer: readFileSync(join(dist, WIDGET_FILES.renderer)),
    chat: readFileSync(join(dist, WIDGET_FILES.chat)),
  };
}

/**
 * The minified stylesheets inside the renderer: the panel's (the template literal that starts with
 * `:host{`) and the step's shared with the hosted page (`*,:before,:after{`).
 */
export function shippedCss(renderer: Buffer | string): string {
  const code = renderer.toString();
  const sheets = [':host{', '*,:before,:after{'].map((marker) => {
    const start = code.indexOf(`\`${marker}`);
    const end = code.indexOf('`', start + 1);
    if (start < 0 || end < 0)
      throw new Error(`The widget stylesheet ${marker} was not found inlined in renderer.js`);
    return code.slice(start + 1, end);
  });
  return sheets.join('');
}

export function measureWidget(dist: string = WIDGET_DIST): TWidgetSizes {
  const { loader, renderer, chat } = readWidgetDist(dist);
  const loaderSize = sizeOf(loader);
  const rendererSize = sizeOf(renderer);
  return {
    loader: loaderSize,
    renderer: rendererSize,
    css: sizeOf(shippedCss(renderer)),
    survey: {
      raw: loaderSize.raw + rendererSize.raw,
      gzip: loaderSize.gzip + rendererSize.gzip,
      brotli: loaderSize.brotli + rendererSize.brotli,
    },
    chat: sizeOf(chat),
  };
}

/** The hosted survey page's script, named by the build's `hosted-page.json`. */
export function measureHostedScript(dist: string = WIDGET_DIST): TSize & { file: string } {
  const manifest = join(dist, 'hosted-page.json');
  if (!existsSync(manifest)) {
    throw new Error(
      `The widget is not built (missing ${manifest}). Run \`npm run build -w @touchpoint/widget\` first.`,
    );
  }
  const { script } = JSON.parse(readFileSync(manifest, 'utf8')) as { script: string };
  return { file: script, ...sizeOf(readFileSync(join(dist, script))) };
}
