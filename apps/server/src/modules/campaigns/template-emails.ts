import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { generateSecret } from '../../platform/crypto';
import type { Tx } from '../../platform/db/database';
import { escapeHtml, unsubscribeHeaders } from '../../platform/mail';
import { renderTemplate } from '../automations/index';
import { contactUnsubscribeUrl } from '../distribution/index';

// Every email made from a template — one of a campaign, or one a person sent from a suggested action —
// is stored with its text and tracked links, then sent by one job, with a one-click unsubscribe (RFC 8058)
// like invitations. Links go through `/c/<token>/<n>`, so a click counts as "opened" and then redirects to
// the link the template had (only links of the stored email: the redirect is never open).

export const deliverTemplateEmailJob = {
  name: 'template-emails.deliver',
  payload: z.object({ workspaceId: z.uuid(), id: z.uuid() }),
};

const MAX_SEND_ATTEMPTS = 3;
const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/g;

export interface TemplateRow {
  id: string;
  defaultLanguage: string;
  content: Record<string, { subject: string; body: string }>;
}

export interface EmailContact {
  id: string;
  email: string;
  attributes: Record<string, unknown>;
}

/** The contact's language when the template has it (`attributes.language`), else the template's default. */
export function templateLanguage(template: TemplateRow, contact: { attributes: Record<string, unknown> }) {
  const wanted = typeof contact.attributes.language === 'string' ? contact.attributes.language : '';
  if (template.content[wanted]) return wanted;
  const base = wanted.split('-')[0] ?? '';
  return template.content[base] ? base : template.defaultLanguage;
}

/** Replaces each link of the body by a tracked one; answers the body and the original links in order. */
function trackLinks(body: string, base: string): { body: string; links: string[] } {
  const links: string[] = [];
  const tracked = body.replace(URL_PATTERN, (url) => {
    links.push(url);
    return `${base}/${links.length - 1}`;
  });
  return { body: tracked, links };
}

/**
 * Stores one email of a template to a contact in the caller's transaction (the caller queues the job
 * after commit): in the contact's language, `{{customerName}}` filled in, links tracked.
 */
export async function queueTemplateEmail(
  tx: Tx,
  publicUrl: string,
  input: { workspaceId: string; template: TemplateRow; contact: EmailContact; source: string },
): Promise<{ id: string; language: string }> {
  const { workspaceId, template, contact } = input;
  const language = templateLanguage(template, contact);
  const text = template.content[language] ?? template.content[template.defaultLanguage];
  if (!text) throw new Error('template has no text in its default language');
  const name = typeof contact.attributes.name === 'string' ? contact.attributes.name : null;
  const values = { customerName: name ?? contact.email.split('@')[0] ?? '' };
  const clickToken = generateSecret(24);
  // Links are taken from the template before the contact's values go in: a customer's name is theirs to
  // choose, and a name like `https://evil.example` must not become a tracked redirect on our domain. A
  // placeholder inside a template link is filled URL-encoded, so it cannot change the link's host.
  const tracked = trackLinks(text.body, `${publicUrl}/c/${clickToken}`);
  const body = renderTemplate(tracked.body, values);
  const links = tracked.links.map((link) =>
    renderTemplate(link, { customerName: encodeURIComponent(values.customerName) }),
  );
  const id = uuidv7();
  await tx
    .insertInto('templateEmails')
    .values({
      workspaceId,
      id,
      templateId: template.id,
      contactId: contact.id,
      source: input.source,
      email: contact.email,
      language,
      subject: renderTemplate(text.subject, values),
      body,
      links: JSON.stringify(links),
      clickToken,
    })
    .execute();
  return { id, language };
}

function htmlOf(text: string, unsubscribeUrl: string, language: string, trackedPrefix: string): string {
  // Only the tracked links (the template's own) become anchors; a URL that came in with a value is text.
  const linked = (p: string) =>
    escapeHtml(p)
      .replaceAll('\n', '<br>')
      .replace(/https?:\/\/[^\s<&]+/g, (url) =>
        url.startsWith(trackedPrefix) ? `<a href="${url}">${url}</a>` : url,
      );
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${linked(p)}</p>`)
    .join('\n');
  const unsubscribe = language === 'vi' ? 'Hủy đăng ký' : 'Unsubscribe';
  return `<!doctype html><html lang="${escapeHtml(language)}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">\n${paragraphs}\n<p style="font-size:12px;color:#6b7280"><a href="${escapeHtml(unsubscribeUrl)}" style="color:#6b7280">${unsubscribe}</a></p>\n</body></html>`;
}

/**
 * Sends one stored template email at most once: `queued` → `sending` is a compare-and-set before the SMTP
 * call, `sent` after it. A contact who unsubscribed after it was queued is not emailed (the email fails
 * with that reason). An SMTP refusal puts it back to `queued` and the job retries, up to 3 attempts.
 */
export async function deliverTemplateEmail(ctx: AppContext, payload: { workspaceId: string; id: string }) {
  const claimed = await ctx.db
    .updateTable('templateEmails')
    .set({ status: 'sending', attempts: sql`attempts + 1` })
    .where('workspaceId', '=', payload.workspaceId)
    .where('id', '=', payload.id)
    .where('status', '=', 'queued')
    .returning(['contactId', 'email', 'subject', 'body', 'language', 'attempts', 'clickToken'])
    .executeTakeFirst();
  if (!claimed) return;
  const fail = (error: string) =>
    ctx.db
      .updateTable('templateEmails')
      .set({ status: 'failed', error })
      .where('workspaceId', '=', payload.workspaceId)
      .where('id', '=', payload.id)
      .execute();
  const contact = await ctx.db
    .selectFrom('contacts')
    .select('unsubscribedAt')
    .where('workspaceId', '=', payload.workspaceId)
    .where('id', '=', claimed.contactId)
    .executeTakeFirst();
  if (!contact || contact.unsubscribedAt) {
    await fail('The contact unsubscribed before the email went out.');
    return;
  }
  if (!ctx.mailer) {
    await fail('SMTP is not configured (SMTP_URL); the email was not sent.');
    return;
  }
  const unsubscribeUrl = await contactUnsubscribeUrl(ctx, payload.workspaceId, claimed.contactId);
  try {
    await ctx.mailer.send({
      to: claimed.email,
      subject: claimed.subject,
      text: `${claimed.body}\n\n--\n${claimed.language === 'vi' ? 'Hủy đăng ký' : 'Unsubscribe'}: ${unsubscribeUrl}`,
      html: htmlOf(
        claimed.body,
        unsubscribeUrl,
        claimed.language,
        `${ctx.publicUrl}/c/${claimed.clickToken}/`,
      ),
      headers: unsubscribeHeaders(unsubscribeUrl),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : 'send failed';
    if (claimed.attempts >= MAX_SEND_ATTEMPTS) {
      await fail(`The SMTP server refused the email: ${message}`);
      return;
    }
    await ctx.db
      .updateTable('templateEmails')
      .set({ status: 'queued', error: message })
      .where('workspaceId', '=', payload.workspaceId)
      .where('id', '=', payload.id)
      .execute();
    throw error; // the job queue retries with backoff
  }
  await ctx.db
    .updateTable('templateEmails')
    .set({ status: 'sent', sentAt: new Date(), error: null })
    .where('workspaceId', '=', payload.workspaceId)
    .where('id', '=', payload.id)
    .execute();
}

const ZClickParams = z.object({ token: z.string().min(10).max(200), n: z.coerce.number().int().min(0) });

/**
 * `GET /c/:token/:n`: a click on the n-th link of a template email. Remembers the first click (the email
 * was opened) and redirects to the link as the template had it. No sign-in: the token is the proof.
 */
export function registerTemplateEmailClicks(app: FastifyInstance, ctx: AppContext): void {
  app.get('/c/:token/:n', async (request, reply) => {
    const params = ZClickParams.safeParse(request.params);
    const row = params.success
      ? await ctx.db
          .selectFrom('templateEmails')
          .select(['workspaceId', 'id', 'links', 'clickedAt'])
          .where('clickToken', '=', params.data.token)
          .executeTakeFirst()
      : undefined;
    const target = params.success ? row?.links[params.data.n] : undefined;
    if (!row || !target) {
      return reply.code(404).type('text/plain; charset=utf-8').send('This link is not valid.');
    }
    if (!row.clickedAt) {
      await ctx.db
        .updateTable('templateEmails')
        .set({ clickedAt: new Date() })
        .where('workspaceId', '=', row.workspaceId)
        .where('id', '=', row.id)
        .where('clickedAt', 'is', null)
        .execute();
    }
    return reply.code(302).header('location', target).header('cache-control', 'no-store').send();
  });
}
