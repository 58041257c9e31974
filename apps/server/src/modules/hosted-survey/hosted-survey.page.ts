import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hostedStrings } from '@touchpoint/widget/hosted-strings';
import type { THostedData } from '@touchpoint/widget/hosted-view';
import { escapeHtml, type TChild, toHtml } from '@touchpoint/widget/survey-view';

/** `hosted-page.json`, written by the widget build: the page's hashed script and its (minified) CSS. */
interface TPageAssets {
  script: string;
  css: string;
}

/**
 * Reads the widget build's manifest for the hosted page, again whenever the file changes (a rebuild while
 * the server runs). Without a build the page still works: plain forms, unstyled.
 */
export function createAssetReader(widgetDist: string | undefined): () => TPageAssets | null {
  let cached: { mtimeMs: number; assets: TPageAssets } | null = null;
  return () => {
    const path = widgetDist ? join(widgetDist, 'hosted-page.json') : null;
    if (!path || !existsSync(path)) return null;
    const { mtimeMs } = statSync(path);
    if (cached?.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, assets: JSON.parse(readFileSync(path, 'utf8')) as TPageAssets };
    }
    return cached.assets;
  };
}

/** JSON inside `<script>`: no `</script>` or `<!--` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface TDocument {
  language: string;
  title: string;
  main: TChild[];
  assets: TPageAssets | null;
  /** The walk for the page's script; pages without a walk (messages, the ending) load no script. */
  data?: THostedData | undefined;
  /** The workspace's brand (Settings → Workspace): the accent colour and a logo above the question. */
  brand?: { color: string | null; logoUrl: string | null } | undefined;
}

/** The brand as page markup; the colour was checked as #rrggbb and the logo URL as https or our own path. */
function brandHtml(brand: TDocument['brand']): { style: string; logo: string } {
  const color = brand?.color && /^#[0-9a-fA-F]{6}$/.test(brand.color) ? brand.color : null;
  return {
    style: color ? `<style>:root{--touchpoint-accent:${color}}</style>` : '',
    logo: brand?.logoUrl
      ? `<img class="brand-logo" src="${escapeHtml(brand.logoUrl)}" alt="" style="display:block;max-height:48px;max-width:200px;margin:0 0 16px">`
      : '',
  };
}

/** The whole page: styles inline, the step as HTML, the script deferred (the question shows without it). */
export function renderDocument(doc: TDocument): string {
  const { assets } = doc;
  const brand = brandHtml(doc.brand);
  const script =
    doc.data && assets
      ? `<script type="application/json" id="tp-data">${scriptJson(doc.data)}</script>` +
        `<script src="/widget/${escapeHtml(assets.script)}" defer></script>`
      : '';
  return (
    `<!doctype html><html lang="${escapeHtml(doc.language)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    // No favicon request on a slow line.
    '<link rel="icon" href="data:,">' +
    `<title>${escapeHtml(doc.title)}</title>` +
    (assets ? `<style>${assets.css}</style>` : '') +
    brand.style +
    '</head><body><div class="page"><main class="card" id="main">' +
    brand.logo +
    doc.main.map((node) => toHtml(node)).join('') +
    `</main><p class="powered">${escapeHtml(hostedStrings(doc.language).poweredBy)}</p></div>` +
    `${script}</body></html>`
  );
}
