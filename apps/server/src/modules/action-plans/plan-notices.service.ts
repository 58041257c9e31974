import { ZSurveyDistribution } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import { escapeHtml, unsubscribeHeaders } from '../../platform/mail';
import { contactUnsubscribeUrl, decideForContact } from '../distribution/index';
import { workspaceLanguage } from '../workspace-settings/index';

// "You said, we did": when a plan is done and has an announcement, the customers whose feedback it
// addressed hear about it — the contacts of the cases linked to the plan, and the contacts whose survey
// responses mention the plan's topic (at the plan's touchpoint, when it has one) between 90 days before the
// plan was created and its completion. Each contact gets at most one notice per plan (the notice row is the
// claim, written before the email goes out), unsubscribed contacts are skipped, and the workspace's contact
// budget is respected: a contact who already had as many surveys as the budget allows in its window is
// skipped (`skipped_budget`). A notice is not a survey, so it does not itself count against the budget.

export const announcePlanJob = {
  name: 'action-plans.announce',
  payload: z.object({ workspaceId: z.uuid(), planId: z.uuid() }),
};

const DAY_MS = 86_400_000;
const TOPIC_LOOKBACK_DAYS = 90;
/** An upper bound on one plan's audience, so a topic everyone mentioned cannot mail a whole customer base. */
const MAX_CONTACTS = 5_000;

/** The budget check reads a survey's distribution; a notice is the lowest priority, so every touch counts. */
const NOTICE_DISTRIBUTION = ZSurveyDistribution.parse({
  priority: 'low',
  cadenceDays: null,
  samplingPercent: 100,
});

const COPY = {
  en: {
    footer: (w: string) => `You are receiving this because you shared feedback with ${w}. Thank you.`,
    unsubscribe: 'Unsubscribe',
  },
  vi: {
    footer: (w: string) => `Bạn nhận được email này vì đã chia sẻ ý kiến với ${w}. Xin cảm ơn.`,
    unsubscribe: 'Hủy đăng ký',
  },
} as const;

export function renderNoticeEmail(input: {
  subject: string;
  body: string;
  workspaceName: string;
  language: string;
  unsubscribeUrl?: string;
}) {
  const copy = input.language === 'vi' ? COPY.vi : COPY.en;
  const footer = copy.footer(input.workspaceName);
  const paragraphs = input.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`);
  const url = input.unsubscribeUrl;
  return {
    subject: input.subject,
    text: `${input.body}\n\n--\n${footer}${url ? `\n${copy.unsubscribe}: ${url}` : ''}`,
    html: `<!doctype html><html lang="${input.language === 'vi' ? 'vi' : 'en'}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
${paragraphs.join('\n')}
<p style="font-size:12px;color:#6b7280">${escapeHtml(footer)}${url ? ` <a href="${escapeHtml(url)}" style="color:#6b7280">${escapeHtml(copy.unsubscribe)}</a>` : ''}</p>
</body></html>`,
    ...(url ? { headers: unsubscribeHeaders(url) } : {}),
  };
}

/** The live contacts (merged profiles resolved to the profile they were merged into) the plan addressed. */
async function audienceOf(
  ctx: AppContext,
  workspaceId: string,
  plan: {
    id: string;
    topicId: string | null;
    touchpointId: string | null;
    createdAt: Date;
    completedAt: Date | null;
  },
): Promise<string[]> {
  const since = new Date(plan.createdAt.getTime() - TOPIC_LOOKBACK_DAYS * DAY_MS);
  const until = plan.completedAt ?? new Date();
  const { rows } = await sql<{ contactId: string }>`
    WITH addressed AS (
      SELECT contact_id FROM cases
      WHERE workspace_id = ${workspaceId} AND action_plan_id = ${plan.id} AND contact_id IS NOT NULL
      ${
        plan.topicId
          ? sql`UNION
      SELECT r.contact_id FROM responses r
      WHERE r.workspace_id = ${workspaceId} AND r.contact_id IS NOT NULL
        AND r.created_at >= ${since} AND r.created_at <= ${until}
        ${plan.touchpointId ? sql`AND r.touchpoint_id = ${plan.touchpointId}` : sql``}
        AND EXISTS (SELECT 1 FROM text_topic_matches m WHERE m.workspace_id = r.workspace_id
          AND m.item_kind = 'response' AND m.item_id = r.id AND m.topic_id = ${plan.topicId})`
          : sql``
      }
    )
    SELECT DISTINCT coalesce(c.merged_into, c.id) AS contact_id
    FROM addressed a JOIN contacts c ON c.workspace_id = ${workspaceId} AND c.id = a.contact_id
    ORDER BY 1
    LIMIT ${MAX_CONTACTS}
  `.execute(ctx.db);
  return rows.map((r) => r.contactId);
}

type NoticeStatus = 'sent' | 'skipped_unsubscribed' | 'skipped_budget' | 'skipped_no_email' | 'failed';

/**
 * Sends a done plan's announcement to everyone it addressed who has not had it yet, recording each
 * outcome. Idempotent: running it again (a second "done", a retried job) mails nobody twice.
 */
export async function announcePlan(
  ctx: AppContext,
  payload: { workspaceId: string; planId: string },
): Promise<Record<NoticeStatus, number>> {
  const counts: Record<NoticeStatus, number> = {
    sent: 0,
    skipped_unsubscribed: 0,
    skipped_budget: 0,
    skipped_no_email: 0,
    failed: 0,
  };
  const { workspaceId, planId } = payload;
  const plan = await ctx.db
    .selectFrom('actionPlans as p')
    .innerJoin('workspaces as w', 'w.id', 'p.workspaceId')
    .select([
      'p.id',
      'p.status',
      'p.topicId',
      'p.touchpointId',
      'p.announcementSubject',
      'p.announcementBody',
      'p.createdAt',
      'p.completedAt',
      'w.name as workspaceName',
    ])
    .where('p.workspaceId', '=', workspaceId)
    .where('p.id', '=', planId)
    .executeTakeFirst();
  if (plan?.status !== 'done' || !plan.announcementSubject || !plan.announcementBody) return counts;
  const subject = plan.announcementSubject;
  const body = plan.announcementBody;
  const fallbackLanguage = await workspaceLanguage(ctx.db, workspaceId);

  for (const contactId of await audienceOf(ctx, workspaceId, plan)) {
    const claim = await ctx.db.transaction().execute(async (tx) => {
      const done = await tx
        .selectFrom('actionPlanNotices')
        .select('status')
        .where('workspaceId', '=', workspaceId)
        .where('planId', '=', planId)
        .where('contactId', '=', contactId)
        .executeTakeFirst();
      if (done) return null;
      // Locks the contact row, so a survey invitation deciding for the same person waits for this one.
      const decision = await decideForContact(tx, workspaceId, contactId, {
        id: planId,
        distribution: NOTICE_DISTRIBUTION,
      });
      const contact = await tx
        .selectFrom('contacts')
        .select(['email', 'attributes'])
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', contactId)
        .executeTakeFirstOrThrow();
      let status: NoticeStatus;
      let error: string | null = null;
      if (!decision.allowed) {
        status = decision.reason === 'unsubscribed' ? 'skipped_unsubscribed' : 'skipped_budget';
        error = decision.detail;
      } else if (!contact.email) {
        status = 'skipped_no_email';
      } else if (!ctx.mailer) {
        status = 'failed';
        error = 'SMTP is not configured (set SMTP_URL); the notice was not sent.';
      } else {
        status = 'sent';
      }
      const inserted = await tx
        .insertInto('actionPlanNotices')
        .values({ workspaceId, planId, contactId, status, error })
        .onConflict((oc) => oc.columns(['workspaceId', 'planId', 'contactId']).doNothing())
        .returning('status')
        .executeTakeFirst();
      if (!inserted) return null;
      const attributes = contact.attributes ?? {};
      // No language of the person's own: the workspace's default language (Settings → Workspace).
      const language = String(attributes.language ?? attributes.locale ?? fallbackLanguage).slice(0, 2);
      return { status, email: contact.email, language };
    });
    if (!claim) continue;
    if (claim.status !== 'sent' || !ctx.mailer || !claim.email) {
      counts[claim.status]++;
      continue;
    }
    try {
      const unsubscribeUrl = await contactUnsubscribeUrl(ctx, workspaceId, contactId);
      await ctx.mailer.send({
        to: claim.email,
        ...renderNoticeEmail({
          subject,
          body,
          workspaceName: plan.workspaceName,
          language: claim.language,
          unsubscribeUrl,
        }),
      });
      counts.sent++;
    } catch (error) {
      counts.failed++;
      await ctx.db
        .updateTable('actionPlanNotices')
        .set({
          status: 'failed',
          error: String(error instanceof Error ? error.message : error).slice(0, 500),
        })
        .where('workspaceId', '=', workspaceId)
        .where('planId', '=', planId)
        .where('contactId', '=', contactId)
        .execute();
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('actionPlans')
      .set({ announcedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', planId)
      .where('announcedAt', 'is', null)
      .execute();
    if (total > 0) {
      await recordEvent(tx, {
        workspaceId,
        type: 'action_plan.announced',
        actor: 'system',
        subjectId: planId,
        payload: { planId, ...counts },
      });
    }
  });
  ctx.logger.info({ planId, ...counts }, 'action plan announced');
  return counts;
}
