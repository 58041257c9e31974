import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { publicPagePolicy } from '../../platform/http/security-headers';
import { escapeHtml } from '../../platform/mail';
import { isSelfServiceEnabled } from './retention.service';
import { downloadSelfServiceExport, requestSelfServiceExport } from './self-service.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORM_BODY_LIMIT = 2048;
const ZEmailField = z.string().trim().max(254).pipe(z.email());

const COPY = {
  en: {
    title: 'Request a copy of your data',
    intro:
      'Enter the email address you use with us. If we hold data about you, we email you a link to download it.',
    email: 'Email address',
    submit: 'Send me the link',
    sent: 'Thank you. If we hold data for this address, a download link is on its way (valid for one hour, one download).',
    invalid: 'Enter a valid email address.',
    off: 'This page is not available.',
  },
  vi: {
    title: 'Yêu cầu bản sao dữ liệu của bạn',
    intro:
      'Nhập địa chỉ email bạn dùng với chúng tôi. Nếu chúng tôi có dữ liệu về bạn, chúng tôi sẽ gửi liên kết tải xuống qua email.',
    email: 'Địa chỉ email',
    submit: 'Gửi liên kết cho tôi',
    sent: 'Cảm ơn bạn. Nếu chúng tôi có dữ liệu cho địa chỉ này, liên kết tải xuống đang được gửi (hiệu lực một giờ, tải một lần).',
    invalid: 'Hãy nhập địa chỉ email hợp lệ.',
    off: 'Trang này không khả dụng.',
  },
} as const;

function languageOf(acceptLanguage: string | undefined): 'en' | 'vi' {
  return /^\s*vi\b/i.test(acceptLanguage ?? '') ? 'vi' : 'en';
}

function page(reply: FastifyReply, status: number, lang: 'en' | 'vi', main: string) {
  const t = COPY[lang];
  return (
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      // A customer-facing page with inline styles and no script; never framed by another site.
      .header('content-security-policy', publicPagePolicy([]))
      .send(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2937;line-height:1.5">
<main><h1 style="font-size:1.4rem">${escapeHtml(t.title)}</h1>${main}</main></body></html>`)
  );
}

function form(workspaceId: string, lang: 'en' | 'vi', error?: string) {
  const t = COPY[lang];
  return `<p>${escapeHtml(t.intro)}</p>
<form method="post" action="/privacy/${workspaceId}">
<label for="email">${escapeHtml(t.email)}</label><br>
<input id="email" name="email" type="email" required autocomplete="email" style="width:100%;padding:.5rem;margin:.25rem 0 .75rem"${error ? ' aria-invalid="true" aria-describedby="error"' : ''}>
${error ? `<p id="error" role="alert" style="color:#b91c1c">${escapeHtml(error)}</p>` : ''}
<button type="submit" style="padding:.5rem 1rem">${escapeHtml(t.submit)}</button>
</form>`;
}

/**
 * The self-service data request page a workspace can link its customers to: `/privacy/:workspaceId` (a
 * plain form, no script), and the emailed single-use download `/privacy/:workspaceId/export/:token`.
 */
export function registerPrivacyPages(app: FastifyInstance, ctx: AppContext): void {
  const limit = { rateLimit: { max: 10, timeWindow: 60_000 } };
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    scope.get('/privacy/:workspaceId', { config: limit }, async (request, reply) => {
      const { workspaceId } = request.params as { workspaceId: string };
      const lang = languageOf(request.headers['accept-language']);
      if (!UUID.test(workspaceId) || !(await isSelfServiceEnabled(ctx, workspaceId))) {
        return page(reply, 404, lang, `<p>${escapeHtml(COPY[lang].off)}</p>`);
      }
      return page(reply, 200, lang, form(workspaceId, lang));
    });

    scope.post(
      '/privacy/:workspaceId',
      { config: limit, bodyLimit: FORM_BODY_LIMIT },
      async (request, reply) => {
        const { workspaceId } = request.params as { workspaceId: string };
        const lang = languageOf(request.headers['accept-language']);
        if (!UUID.test(workspaceId) || !(await isSelfServiceEnabled(ctx, workspaceId))) {
          return page(reply, 404, lang, `<p>${escapeHtml(COPY[lang].off)}</p>`);
        }
        const email = ZEmailField.safeParse((request.body as Record<string, unknown> | null)?.email);
        if (!email.success) return page(reply, 400, lang, form(workspaceId, lang, COPY[lang].invalid));
        void requestSelfServiceExport(ctx, workspaceId, email.data).catch((error: unknown) =>
          ctx.logger.warn({ err: error }, 'could not send a data export link'),
        );
        return page(reply, 202, lang, `<p role="status">${escapeHtml(COPY[lang].sent)}</p>`);
      },
    );

    scope.get('/privacy/:workspaceId/export/:token', { config: limit }, async (request, reply) => {
      const { workspaceId, token } = request.params as { workspaceId: string; token: string };
      if (!UUID.test(workspaceId) || token.length < 20 || token.length > 100) {
        throw AppError.notFound('download link');
      }
      const data = await downloadSelfServiceExport(ctx, workspaceId, token);
      return reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="my-data-${data.exportedAt.slice(0, 10)}.json"`)
        .send(JSON.stringify(data, null, 2));
    });
  });
}
