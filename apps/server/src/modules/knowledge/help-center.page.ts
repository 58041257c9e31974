// The public help center of a workspace, `/help/:workspaceId`: rendered on the server as plain HTML (it
// works without JavaScript), in English or Vietnamese (`?lang=`, else Accept-Language), with a search form,
// the published articles, one page per article, and a "Chat with us" button that the widget loader turns
// into the chat (the only script on the page is the widget's own loader).
import { parseAcceptLanguage } from '@touchpoint/core';
import type { TBotLanguage, TPublicArticle } from '@touchpoint/schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { publicPagePolicy } from '../../platform/http/security-headers';
import { embedOriginsOf } from '../identity/index';
import { brandOf } from '../workspace-settings/index';
import { getPublicArticle, listPublicArticles } from './knowledge.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STRINGS = {
  en: {
    title: 'Help center',
    search: 'Search the help center',
    searchButton: 'Search',
    results: (q: string) => `Results for “${q}”`,
    noResults: 'No article matches your search. Ask us in the chat instead.',
    latest: 'Articles',
    empty: 'There are no articles yet.',
    back: 'All articles',
    chat: 'Chat with us',
    chatHint: 'Did not find your answer? Our assistant answers at once, and a person takes over when needed.',
    missing: 'This page does not exist.',
    language: 'Tiếng Việt',
    updated: 'Updated',
  },
  vi: {
    title: 'Trung tâm trợ giúp',
    search: 'Tìm trong trung tâm trợ giúp',
    searchButton: 'Tìm',
    results: (q: string) => `Kết quả cho “${q}”`,
    noResults: 'Không có bài viết nào phù hợp. Hãy hỏi chúng tôi qua khung chat.',
    latest: 'Bài viết',
    empty: 'Chưa có bài viết nào.',
    back: 'Tất cả bài viết',
    chat: 'Trò chuyện với chúng tôi',
    chatHint: 'Chưa tìm thấy câu trả lời? Trợ lý ảo trả lời ngay, và nhân viên sẽ hỗ trợ khi cần.',
    missing: 'Trang này không tồn tại.',
    language: 'English',
    updated: 'Cập nhật',
  },
} as const;

const CSS =
  'body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#f8fafc}' +
  'a{color:#3730a3}header{background:var(--brand,#312e81);color:#fff;padding:24px 16px}header a{color:#fff}' +
  'img.logo{display:block;max-height:48px;max-width:200px;margin:0 0 12px}' +
  '.wrap{max-width:760px;margin:0 auto;padding:0 16px}h1{margin:0 0 12px;font-size:1.6rem}' +
  'form{display:flex;gap:8px}input[type=search]{flex:1;padding:10px 12px;border:1px solid #c7d2fe;border-radius:8px;font:inherit}' +
  'button{padding:10px 16px;border:0;border-radius:8px;background:var(--brand,#4338ca);color:#fff;font:inherit;cursor:pointer}' +
  'button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}' +
  'main{padding:24px 0}ul.articles{list-style:none;padding:0}ul.articles li{background:#fff;border:1px solid #e5e7eb;border-radius:8px;margin:8px 0;padding:12px 16px}' +
  'ul.articles p{margin:4px 0 0;color:#4b5563}.body{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:16px 20px;white-space:pre-line}' +
  '.chat{margin-top:32px;padding:16px 20px;border-radius:8px;background:#eef2ff}.meta{color:#6b7280;font-size:.9rem}.lang{float:right;font-size:.9rem}';

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

function excerpt(body: string, max = 180): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()}…`;
}

function languageOf(request: FastifyRequest): TBotLanguage {
  const asked = new URL(request.url, 'http://localhost').searchParams.get('lang');
  if (asked === 'vi' || asked === 'en') return asked;
  for (const tag of parseAcceptLanguage(request.headers['accept-language'])) {
    if (/^vi\b/i.test(tag)) return 'vi';
    if (/^en\b/i.test(tag)) return 'en';
  }
  return 'en';
}

interface PageParts {
  workspaceId: string;
  language: TBotLanguage;
  title: string;
  query?: string;
  /** The path of this page without `?lang=`, for the language switch. */
  path: string;
  main: string;
  /** The workspace's brand (Settings → Workspace): header and button colour, a logo above the title. */
  brand?: { color: string | null; logoUrl: string | null } | undefined;
}

/**
 * The brand as a `<style>` rule and a logo. The colour is used only when it is #rrggbb and the logo is
 * styled by class, so no inline style attribute is needed (the page policy allows `<style>` only).
 */
function brandParts(brand: PageParts['brand']): { style: string; logo: string } {
  const color = brand?.color && /^#[0-9a-fA-F]{6}$/.test(brand.color) ? brand.color : null;
  return {
    style: color ? `<style>:root{--brand:${color}}</style>` : '',
    logo: brand?.logoUrl ? `<img class="logo" src="${escapeHtml(brand.logoUrl)}" alt="">` : '',
  };
}

function renderPage(parts: PageParts): string {
  const t = STRINGS[parts.language];
  const other: TBotLanguage = parts.language === 'vi' ? 'en' : 'vi';
  const base = `/help/${parts.workspaceId}`;
  const langLink = `${parts.path}${parts.path.includes('?') ? '&' : '?'}lang=${other}`;
  const brand = brandParts(parts.brand);
  return (
    `<!doctype html><html lang="${parts.language}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">' +
    `<title>${escapeHtml(parts.title)}</title><style>${CSS}</style>${brand.style}</head><body>` +
    `<header><div class="wrap"><a class="lang" href="${escapeHtml(langLink)}" lang="${other}">${escapeHtml(t.language)}</a>` +
    brand.logo +
    `<h1><a href="${base}?lang=${parts.language}">${escapeHtml(t.title)}</a></h1>` +
    `<form method="get" action="${base}" role="search"><input type="hidden" name="lang" value="${parts.language}">` +
    `<input type="search" name="q" maxlength="500" value="${escapeHtml(parts.query ?? '')}" aria-label="${escapeHtml(t.search)}" placeholder="${escapeHtml(t.search)}">` +
    `<button type="submit">${escapeHtml(t.searchButton)}</button></form></div></header>` +
    `<main class="wrap" id="main">${parts.main}` +
    `<section class="chat" id="touchpoint-chat" data-workspace-id="${parts.workspaceId}"><p>${escapeHtml(t.chatHint)}</p>` +
    `<button type="button" data-touchpoint-chat>${escapeHtml(t.chat)}</button></section></main>` +
    `<script src="/widget/touchpoint.js" data-workspace="${parts.workspaceId}" async></script>` +
    '</body></html>'
  );
}

function articleList(workspaceId: string, language: TBotLanguage, items: TPublicArticle[]): string {
  return (
    '<ul class="articles">' +
    items
      .map(
        (item) =>
          `<li lang="${item.language}"><a href="/help/${workspaceId}/articles/${item.id}?lang=${language}">` +
          `${escapeHtml(item.title)}</a><p>${escapeHtml(excerpt(item.body))}</p></li>`,
      )
      .join('') +
    '</ul>'
  );
}

/**
 * Sends a page with the policy of pages customers open: styles inline, no inline script, framable only by
 * the workspace's own sites (Settings → Security), like the hosted survey.
 */
function send(reply: FastifyReply, status: number, html: string, embedOrigins: readonly string[] = []) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', publicPagePolicy(embedOrigins))
    .send(html);
}

/** Registers `/help/:workspaceId` and `/help/:workspaceId/articles/:id`. */
export function registerHelpCenterPage(app: FastifyInstance, ctx: AppContext): void {
  const limit = { rateLimit: { max: ctx.limits.publicPerIpPerMinute * 3, timeWindow: 60_000 } };

  const missing = (reply: FastifyReply, workspaceId: string, language: TBotLanguage) => {
    const t = STRINGS[language];
    const safeId = UUID.test(workspaceId) ? workspaceId : '';
    return send(
      reply,
      404,
      renderPage({
        workspaceId: safeId,
        language,
        title: t.title,
        path: `/help/${safeId}`,
        main: `<p>${escapeHtml(t.missing)}</p>`,
      }),
    );
  };

  app.get('/help/:workspaceId', { config: limit }, async (request, reply) => {
    const { workspaceId } = request.params as { workspaceId: string };
    const language = languageOf(request);
    if (!UUID.test(workspaceId)) return missing(reply, workspaceId, language);
    const t = STRINGS[language];
    const q = (new URL(request.url, 'http://localhost').searchParams.get('q') ?? '').trim().slice(0, 500);
    let items: TPublicArticle[];
    try {
      ({ items } = await listPublicArticles(ctx, workspaceId, {
        ...(q ? { q } : {}),
        language,
        limit: q ? 20 : 50,
      }));
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return missing(reply, workspaceId, language);
      throw error;
    }
    const heading = q ? t.results(q) : t.latest;
    const body = items.length
      ? articleList(workspaceId, language, items)
      : `<p>${escapeHtml(q ? t.noResults : t.empty)}</p>`;
    return send(
      reply,
      200,
      renderPage({
        workspaceId,
        language,
        title: t.title,
        query: q,
        path: q ? `/help/${workspaceId}?q=${encodeURIComponent(q)}` : `/help/${workspaceId}`,
        main: `<h2>${escapeHtml(heading)}</h2>${body}`,
        brand: await brandOf(ctx.db, workspaceId),
      }),
      await embedOriginsOf(ctx.db, workspaceId),
    );
  });

  app.get('/help/:workspaceId/articles/:id', { config: limit }, async (request, reply) => {
    const { workspaceId, id } = request.params as { workspaceId: string; id: string };
    const language = languageOf(request);
    if (!UUID.test(workspaceId) || !UUID.test(id)) return missing(reply, workspaceId, language);
    const t = STRINGS[language];
    let article: TPublicArticle;
    try {
      article = await getPublicArticle(ctx, workspaceId, id, language);
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return missing(reply, workspaceId, language);
      throw error;
    }
    return send(
      reply,
      200,
      renderPage({
        workspaceId,
        language,
        title: `${article.title} · ${t.title}`,
        path: `/help/${workspaceId}/articles/${id}`,
        main:
          `<p><a href="/help/${workspaceId}?lang=${language}">← ${escapeHtml(t.back)}</a></p>` +
          `<article lang="${article.language}"><h2>${escapeHtml(article.title)}</h2>` +
          `<div class="body">${escapeHtml(article.body)}</div>` +
          `<p class="meta">${escapeHtml(t.updated)} ${escapeHtml(article.updatedAt.slice(0, 10))}</p></article>`,
        brand: await brandOf(ctx.db, workspaceId),
      }),
      await embedOriginsOf(ctx.db, workspaceId),
    );
  });
}
