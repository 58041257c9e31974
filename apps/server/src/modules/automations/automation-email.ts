import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { escapeHtml, unsubscribeHeaders } from '../../platform/mail';
import { contactUnsubscribeUrl } from '../distribution/index';
import { workspaceLanguage } from '../workspace-settings/index';
import { releaseCouponCode } from './coupons.service';

/**
 * One email of one run (a send_email to the customer or a notify_email to members), keyed by run and
 * action index. The run stored the rendered message with status `queued`; this job sends it.
 */
export const sendAutomationEmailJob = {
  name: 'automations.send-email',
  payload: z.object({
    workspaceId: z.uuid(),
    runId: z.number().int(),
    index: z.number().int().min(0).max(9),
  }),
};

/** Send attempts before an email counts as failed (SMTP refusals; each retry waits longer). */
const MAX_SEND_ATTEMPTS = 3;

export function emailJobKey(runId: number, index: number): string {
  return `automation-email:${runId}:${index}`;
}

/** Replaces `{{coupon}}` and `{{customerName}}`; other braces stay as written. */
export function renderTemplate(template: string, values: { coupon?: string | null; customerName: string }) {
  return template
    .replaceAll('{{coupon}}', values.coupon ?? '')
    .replaceAll('{{customerName}}', values.customerName);
}

function htmlOf(text: string, language: EmailLanguage, unsubscribeUrl?: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`)
    .join('\n');
  const footer = unsubscribeUrl
    ? `\n<p style="font-size:12px;color:#6b7280"><a href="${escapeHtml(unsubscribeUrl)}" style="color:#6b7280">${UNSUBSCRIBE_TEXT[language]}</a></p>`
    : '';
  return `<!doctype html><html lang="${language}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">\n${paragraphs}${footer}\n</body></html>`;
}

type EmailLanguage = 'en' | 'vi';
const UNSUBSCRIBE_TEXT: Record<EmailLanguage, string> = { en: 'Unsubscribe', vi: 'Hủy đăng ký' };

/**
 * The language of the email's own words (the unsubscribe line): the contact's `language` attribute, else
 * the workspace's default language (Settings → Workspace).
 */
async function emailLanguage(ctx: AppContext, workspaceId: string, contactId: string | undefined) {
  if (contactId) {
    const contact = await ctx.db
      .selectFrom('contacts')
      .select('attributes')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', contactId)
      .executeTakeFirst();
    const own = String(contact?.attributes?.language ?? contact?.attributes?.locale ?? '')
      .trim()
      .slice(0, 2)
      .toLowerCase();
    if (own === 'vi' || own === 'en') return own;
  }
  return workspaceLanguage(ctx.db, workspaceId);
}

type Patch = Record<string, unknown>;

/** Merges fields into one action's result (and into its `data`), in place, without rewriting the others. */
async function patchResult(
  db: Db | Tx,
  workspaceId: string,
  runId: number,
  index: number,
  top: Patch,
  data: Patch = {},
) {
  await sql`
    UPDATE automation_runs
    SET results = jsonb_set(
      results,
      ARRAY[${String(index)}],
      (results -> ${index}::int) || ${JSON.stringify(top)}::jsonb
        || jsonb_build_object('data', coalesce(results -> ${index}::int -> 'data', '{}'::jsonb) || ${JSON.stringify(data)}::jsonb)
    )
    WHERE workspace_id = ${workspaceId} AND id = ${runId}
  `.execute(db);
}

/** A failed email fails its run (the run log shows why). */
async function failRun(
  db: Db,
  workspaceId: string,
  runId: number,
  index: number,
  error: string,
  extra: Patch = {},
) {
  // One transaction: the run log never shows a failed email under a run that still reads as succeeded.
  await db.transaction().execute(async (tx) => {
    const result = await sql<{ type: string | null }>`
      SELECT results -> ${index}::int ->> 'type' AS type FROM automation_runs
      WHERE workspace_id = ${workspaceId} AND id = ${runId}
    `.execute(tx);
    await patchResult(tx, workspaceId, runId, index, { status: 'failed', error }, extra);
    await tx
      .updateTable('automationRuns')
      .set({ status: 'failed', error: `Action ${index + 1} (${result.rows[0]?.type ?? 'email'}): ${error}` })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', runId)
      .where('status', '!=', 'failed')
      .execute();
  });
}

/**
 * Sends one queued email exactly once. The result is moved `queued` → `sending` before the SMTP call
 * (an atomic compare-and-set, so a duplicate or retried job finds nothing to do) and to `sent` after it.
 * If the process dies between the SMTP server accepting the message and recording `sent`, the result
 * stays `sending` and is never sent again: at most once, on purpose — a second recovery email would hand
 * out a second coupon. A refusal by the SMTP server puts it back to `queued` and the job retries.
 */
export async function sendAutomationEmail(
  ctx: AppContext,
  payload: { workspaceId: string; runId: number; index: number },
): Promise<void> {
  const { workspaceId, runId, index } = payload;
  const claimed = await sql<{ result: Record<string, unknown> }>`
    UPDATE automation_runs
    SET results = jsonb_set(
      results,
      ARRAY[${String(index)}],
      (results -> ${index}::int) || jsonb_build_object('status', 'sending', 'sendingAt', ${new Date().toISOString()}::text)
    )
    WHERE workspace_id = ${workspaceId} AND id = ${runId}
      AND results -> ${index}::int ->> 'status' = 'queued'
    RETURNING results -> ${index}::int AS result
  `.execute(ctx.db);
  const result = claimed.rows[0]?.result;
  if (!result) return; // sent, being sent, failed, or not an email
  const data = (result.data ?? {}) as {
    contactId?: string;
    to?: string | string[];
    subject?: string;
    body?: string;
    couponCode?: string;
    couponPoolId?: string;
  };
  const attempts = typeof result.attempts === 'number' ? result.attempts + 1 : 1;
  /** Gives the code back to the pool (the email definitely did not go out); what the result then says. */
  const releaseCoupon = async (): Promise<Patch> => {
    if (!data.couponCode || !data.couponPoolId) return {};
    await releaseCouponCode(ctx.db, { workspaceId, poolId: data.couponPoolId, code: data.couponCode, runId });
    return { couponReleased: true };
  };
  if (!ctx.mailer) {
    const released = await releaseCoupon();
    await failRun(
      ctx.db,
      workspaceId,
      runId,
      index,
      'SMTP is not configured (SMTP_URL); the email was not sent.',
      released,
    );
    return;
  }
  const to = Array.isArray(data.to) ? data.to.join(', ') : (data.to ?? '');
  const body = data.body ?? '';
  try {
    // An email to a customer can be stopped with one click (RFC 8058), like invitations; one to members
    // (notify_email) is the team's own alerting.
    const unsubscribeUrl =
      result.type === 'send_email' && data.contactId
        ? await contactUnsubscribeUrl(ctx, workspaceId, data.contactId)
        : undefined;
    const language = await emailLanguage(ctx, workspaceId, data.contactId);
    const text = unsubscribeUrl ? `${body}\n\n--\n${UNSUBSCRIBE_TEXT[language]}: ${unsubscribeUrl}` : body;
    const sent = await ctx.mailer.send({
      to,
      subject: data.subject ?? '',
      text,
      html: htmlOf(body, language, unsubscribeUrl),
      ...(unsubscribeUrl ? { headers: unsubscribeHeaders(unsubscribeUrl) } : {}),
    });
    await patchResult(
      ctx.db,
      workspaceId,
      runId,
      index,
      { status: 'sent', attempts },
      { sentAt: new Date().toISOString(), messageId: sent.messageId },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : 'send failed';
    if (attempts >= MAX_SEND_ATTEMPTS) {
      const released = await releaseCoupon();
      await failRun(
        ctx.db,
        workspaceId,
        runId,
        index,
        `The SMTP server refused the email: ${message}`,
        released,
      );
      return;
    }
    await patchResult(ctx.db, workspaceId, runId, index, { status: 'queued', attempts, error: message });
    throw error; // the job queue retries with backoff
  }
}

/** Stale states the sweep repairs: lost jobs of queued emails, and sends interrupted mid-way. */
export async function repairStaleEmails(ctx: AppContext, now = new Date()): Promise<number> {
  const stale = await sql<{
    workspaceId: string;
    id: number;
    results: { status?: string; sendingAt?: string }[];
  }>`
    SELECT workspace_id AS "workspaceId", id, results FROM automation_runs
    WHERE finished_at < ${new Date(now.getTime() - 2 * 60_000)}
      AND (results @> '[{"status": "queued"}]'::jsonb OR results @> '[{"status": "sending"}]'::jsonb)
    ORDER BY id
    LIMIT 500
  `.execute(ctx.db);
  let repaired = 0;
  for (const run of stale.rows) {
    for (const [index, result] of run.results.entries()) {
      if (result.status === 'queued') {
        await ctx.jobs.send(
          sendAutomationEmailJob,
          { workspaceId: run.workspaceId, runId: run.id, index },
          { singletonKey: emailJobKey(run.id, index) },
        );
        repaired++;
      } else if (
        result.status === 'sending' &&
        typeof result.sendingAt === 'string' &&
        new Date(result.sendingAt) < new Date(now.getTime() - 15 * 60_000)
      ) {
        // The worker stopped during the send: whether it went out is unknown, and it is not sent twice.
        await failRun(
          ctx.db,
          run.workspaceId,
          run.id,
          index,
          'The worker stopped while sending; the email may or may not have gone out and is not sent again.',
        );
        repaired++;
      }
    }
  }
  return repaired;
}
