import { checkContactBudget, type SurveyTouch } from '@touchpoint/core';
import type {
  TCampaign,
  TCampaignCreate,
  TCampaignRecipient,
  TContactBudget,
  TSurveyPriority,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import type { PiiView } from '../../platform/pii-view';
import {
  assertMailConfigured,
  createInvitation,
  deliverInvitationJob,
  findInvitableSurvey,
  type InvitableSurvey,
} from '../distribution/index';
import { segmentContactIds } from '../segments/index';
import { findEmailTemplate } from './email-templates.service';
import { deliverTemplateEmailJob, queueTemplateEmail, type TemplateRow } from './template-emails';

/** A campaign reaches at most this many people (a larger segment answers 422 before anything is sent). */
export const MAX_CAMPAIGN_RECIPIENTS = 5000;
const DAY_MS = 86_400_000;
const PROGRESS_EVERY = 25;

export const sendCampaignJob = {
  name: 'campaigns.send',
  payload: z.object({ workspaceId: z.uuid(), campaignId: z.uuid() }),
};

const COLUMNS = [
  'id',
  'name',
  'segmentId',
  'segmentName',
  'kind',
  'surveyId',
  'templateId',
  'priority',
  'status',
  'total',
  'processed',
  'error',
  'createdAt',
  'startedAt',
  'finishedAt',
] as const;

type Row = {
  id: string;
  name: string;
  segmentId: string | null;
  segmentName: string;
  kind: 'survey' | 'email';
  surveyId: string | null;
  templateId: string | null;
  priority: string;
  status: 'draft' | 'sending' | 'sent' | 'failed';
  total: number;
  processed: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

function present(row: Row, results?: TCampaign['results']): TCampaign {
  return {
    id: row.id,
    name: row.name,
    segmentId: row.segmentId,
    segmentName: row.segmentName,
    kind: row.kind,
    surveyId: row.surveyId,
    templateId: row.templateId,
    priority: row.priority,
    status: row.status,
    progress: { total: row.total, processed: row.processed },
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    ...(results ? { results } : {}),
  };
}

async function findCampaign(db: Db, workspaceId: string, id: string): Promise<Row> {
  const row = await db
    .selectFrom('campaigns')
    .select(COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('campaign');
  return row;
}

async function publishedSurvey(db: Db, workspaceId: string, surveyId: string): Promise<InvitableSurvey> {
  const survey = await findInvitableSurvey(db, workspaceId, surveyId);
  if (!survey) {
    throw new AppError('VALIDATION_FAILED', 'That survey does not exist in this workspace.', [
      { name: 'body.survey.surveyId', reason: 'no such survey' },
    ]);
  }
  if (survey.status !== 'published') {
    throw new AppError('CONFLICT', 'Publish the survey before sending a campaign with it.');
  }
  return survey;
}

export async function createCampaign(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TCampaignCreate,
): Promise<TCampaign> {
  const { workspaceId } = principal;
  const segment = await ctx.db
    .selectFrom('segments')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', body.segmentId)
    .executeTakeFirst();
  if (!segment) {
    throw new AppError('VALIDATION_FAILED', 'That segment does not exist in this workspace.', [
      { name: 'body.segmentId', reason: 'no such segment' },
    ]);
  }
  if (body.survey) await publishedSurvey(ctx.db, workspaceId, body.survey.surveyId);
  if (body.email)
    await findEmailTemplate(ctx.db, workspaceId, body.email.templateId, 'body.email.templateId');
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('campaigns')
      .values({
        workspaceId,
        id,
        name: body.name,
        segmentId: segment.id,
        segmentName: segment.name,
        kind: body.survey ? 'survey' : 'email',
        surveyId: body.survey?.surveyId ?? null,
        templateId: body.email?.templateId ?? null,
        priority: body.email?.priority ?? 'normal',
        createdBy: principal.userId,
      })
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'campaign.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: body.name, segmentId: segment.id, kind: body.survey ? 'survey' : 'email' },
    });
  });
  if (body.send) return sendCampaign(ctx, principal, id);
  return getCampaign(ctx, workspaceId, id);
}

/**
 * Starts sending a draft campaign (or a failed one again: people already handled are not sent twice).
 * The segment is read now; a segment larger than a campaign can take answers 422 before anything is sent.
 */
export async function sendCampaign(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<TCampaign> {
  const { workspaceId } = principal;
  const campaign = await findCampaign(ctx.db, workspaceId, id);
  if (campaign.status === 'sending' || campaign.status === 'sent') {
    throw new AppError('CONFLICT', 'This campaign was already sent.');
  }
  const segment = campaign.segmentId
    ? await ctx.db
        .selectFrom('segments')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', campaign.segmentId)
        .executeTakeFirst()
    : undefined;
  if (!campaign.segmentId || !segment) {
    throw new AppError('CONFLICT', 'The segment of this campaign was deleted; create a new campaign.');
  }
  assertMailConfigured(ctx);
  if (campaign.surveyId) await publishedSurvey(ctx.db, workspaceId, campaign.surveyId);
  const contacts = await segmentContactIds(
    ctx.db,
    workspaceId,
    campaign.segmentId,
    MAX_CAMPAIGN_RECIPIENTS + 1,
  );
  if (contacts.length > MAX_CAMPAIGN_RECIPIENTS) {
    throw new AppError(
      'UNPROCESSABLE',
      `The segment has more than ${MAX_CAMPAIGN_RECIPIENTS} contacts; narrow its condition.`,
      [{ name: 'segmentId', reason: `more than ${MAX_CAMPAIGN_RECIPIENTS} contacts` }],
    );
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('campaigns')
      .set({ status: 'sending', total: contacts.length, startedAt: new Date(), error: null })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'campaign.sending',
      actor: actorOf(principal),
      subjectId: id,
      payload: { recipients: contacts.length },
    });
  });
  await ctx.jobs.send(sendCampaignJob, { workspaceId, campaignId: id }, { singletonKey: `campaign:${id}` });
  return getCampaign(ctx, workspaceId, id);
}

type Recipient = { id: string; email: string | null; attributes: Record<string, unknown> };

/** Whether a campaign email may reach the contact now: unsubscribes, then the workspace contact budget. */
async function emailBudgetDecision(
  tx: Tx,
  workspaceId: string,
  contactId: string,
  campaign: { id: string; priority: TSurveyPriority },
  now: Date,
) {
  const contact = await tx
    .selectFrom('contacts')
    .select('unsubscribedAt')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contactId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const settings = await tx
    .selectFrom('workspaceSettings')
    .select('contactBudget')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  const budget: TContactBudget | null = settings?.contactBudget ?? null;
  const since = new Date(now.getTime() - (budget?.perDays ?? 0) * DAY_MS);
  const touches: SurveyTouch[] = [];
  if (budget) {
    // Surveys and earlier campaign emails both count against the budget, by priority.
    const surveys = await tx
      .selectFrom('surveyTouches')
      .select(['surveyId', 'priority', 'at'])
      .where('workspaceId', '=', workspaceId)
      .where('contactId', '=', contactId)
      .where('at', '>', since)
      .execute();
    for (const t of surveys)
      touches.push({ surveyId: t.surveyId, priority: t.priority as TSurveyPriority, at: t.at });
    const emails = await tx
      .selectFrom('campaignRecipients as r')
      .innerJoin('campaigns as c', (join) =>
        join.onRef('c.workspaceId', '=', 'r.workspaceId').onRef('c.id', '=', 'r.campaignId'),
      )
      .select(['c.id', 'c.priority', 'r.createdAt'])
      .where('r.workspaceId', '=', workspaceId)
      .where('r.contactId', '=', contactId)
      .where('r.status', '=', 'queued')
      .where('r.templateEmailId', 'is not', null)
      .where('r.createdAt', '>', since)
      .execute();
    for (const e of emails)
      touches.push({ surveyId: e.id, priority: e.priority as TSurveyPriority, at: e.createdAt });
  }
  return checkContactBudget({
    contactId,
    isUnsubscribed: contact.unsubscribedAt !== null,
    survey: { id: campaign.id, priority: campaign.priority, cadenceDays: null, samplingPercent: 100 },
    budget,
    touches,
    now,
  });
}

async function skip(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  contact: Recipient,
  reason: string,
  detail: string,
) {
  await tx
    .insertInto('campaignRecipients')
    .values({
      workspaceId,
      campaignId,
      contactId: contact.id,
      email: contact.email,
      language: null,
      status: 'skipped',
      skipReason: reason,
      detail,
    })
    .execute();
}

/** One person of a survey campaign: the invitation path (budget, unsubscribes, cadence, language). */
async function sendSurveyTo(
  ctx: AppContext,
  campaign: Row & { workspaceId: string },
  survey: InvitableSurvey,
  contact: Recipient,
) {
  const { workspaceId } = campaign;
  const email = contact.email;
  const invitationId = await inTransaction(ctx, async (tx) => {
    if (!email) {
      await skip(tx, workspaceId, campaign.id, contact, 'no_email', 'This contact has no email address.');
      return null;
    }
    const outcome = await createInvitation(
      tx,
      survey,
      {
        contactId: contact.id,
        email,
        name: typeof contact.attributes.name === 'string' ? contact.attributes.name : null,
        language: typeof contact.attributes.language === 'string' ? contact.attributes.language : undefined,
      },
      { remindAfterDays: null, trigger: `campaign:${campaign.id}` },
    );
    const invitation = await tx
      .selectFrom('surveyInvitations')
      .select('language')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', outcome.invitationId)
      .executeTakeFirst();
    await tx
      .insertInto('campaignRecipients')
      .values({
        workspaceId,
        campaignId: campaign.id,
        contactId: contact.id,
        email,
        language: invitation?.language ?? null,
        status: outcome.status === 'queued' ? 'queued' : 'skipped',
        skipReason: outcome.status === 'skipped' ? outcome.reason : null,
        detail: outcome.status === 'skipped' ? outcome.detail : null,
        invitationId: outcome.invitationId,
      })
      .execute();
    return outcome.status === 'queued' ? outcome.invitationId : null;
  });
  if (invitationId) {
    await ctx.jobs.send(deliverInvitationJob, { workspaceId, invitationId, kind: 'invitation' });
  }
}

/** One person of an email campaign: unsubscribes and the contact budget, then the template email. */
async function sendEmailTo(
  ctx: AppContext,
  campaign: Row & { workspaceId: string },
  template: TemplateRow,
  contact: Recipient,
) {
  const { workspaceId } = campaign;
  const email = contact.email;
  const emailId = await inTransaction(ctx, async (tx) => {
    if (!email) {
      await skip(tx, workspaceId, campaign.id, contact, 'no_email', 'This contact has no email address.');
      return null;
    }
    const decision = await emailBudgetDecision(
      tx,
      workspaceId,
      contact.id,
      { id: campaign.id, priority: campaign.priority as TSurveyPriority },
      new Date(),
    );
    if (!decision.allowed) {
      await skip(tx, workspaceId, campaign.id, contact, decision.reason, decision.detail);
      return null;
    }
    const queued = await queueTemplateEmail(tx, ctx.publicUrl, {
      workspaceId,
      template,
      contact: { id: contact.id, email, attributes: contact.attributes },
      source: `campaign:${campaign.id}`,
    });
    await tx
      .insertInto('campaignRecipients')
      .values({
        workspaceId,
        campaignId: campaign.id,
        contactId: contact.id,
        email,
        language: queued.language,
        status: 'queued',
        templateEmailId: queued.id,
      })
      .execute();
    return queued.id;
  });
  if (emailId) await ctx.jobs.send(deliverTemplateEmailJob, { workspaceId, id: emailId });
}

/**
 * The job that sends a campaign: each person of the segment once (a retried or resumed job skips those
 * already handled), progress saved as it goes, `sent` at the end. A failure marks the campaign failed
 * with the reason; sending it again resumes where it stopped.
 */
export async function runCampaign(ctx: AppContext, payload: { workspaceId: string; campaignId: string }) {
  const { workspaceId, campaignId } = payload;
  const campaign = { ...(await findCampaign(ctx.db, workspaceId, campaignId)), workspaceId };
  if (campaign.status !== 'sending' || !campaign.segmentId) return;
  try {
    const survey = campaign.surveyId ? await publishedSurvey(ctx.db, workspaceId, campaign.surveyId) : null;
    const template = campaign.templateId
      ? await findEmailTemplate(ctx.db, workspaceId, campaign.templateId)
      : null;
    const contacts = await segmentContactIds(ctx.db, workspaceId, campaign.segmentId, campaign.total);
    const done = new Set(
      (
        await ctx.db
          .selectFrom('campaignRecipients')
          .select('contactId')
          .where('workspaceId', '=', workspaceId)
          .where('campaignId', '=', campaignId)
          .execute()
      ).map((r) => r.contactId),
    );
    let processed = done.size;
    for (const contact of contacts) {
      if (done.has(contact.id)) continue;
      if (survey) await sendSurveyTo(ctx, campaign, survey, contact);
      else if (template) await sendEmailTo(ctx, campaign, template, contact);
      processed++;
      if (processed % PROGRESS_EVERY === 0) {
        await ctx.db
          .updateTable('campaigns')
          .set({ processed })
          .where('workspaceId', '=', workspaceId)
          .where('id', '=', campaignId)
          .execute();
      }
    }
    await inTransaction(ctx, async (tx) => {
      await tx
        .updateTable('campaigns')
        .set({
          status: 'sent',
          processed,
          total: Math.max(processed, campaign.total),
          finishedAt: new Date(),
        })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', campaignId)
        .execute();
      await recordEvent(tx, {
        workspaceId,
        type: 'campaign.sent',
        actor: null,
        subjectId: campaignId,
        payload: { processed },
      });
    });
  } catch (error) {
    const message =
      error instanceof AppError
        ? error.message
        : 'Sending stopped on an unexpected error; send it again to resume.';
    ctx.logger.error({ err: error, campaignId }, 'campaign send failed');
    await ctx.db
      .updateTable('campaigns')
      .set({ status: 'failed', error: message.slice(0, 500), finishedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', campaignId)
      .execute();
  }
}

/** Sent, skipped with reasons, opened (link clicked or survey shown), answered — per campaign. */
async function resultsOf(
  db: Db,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, NonNullable<TCampaign['results']>>> {
  const out = new Map<string, NonNullable<TCampaign['results']>>();
  if (ids.length === 0) return out;
  const rows = await sql<{
    campaignId: string;
    recipients: number;
    sent: number;
    queued: number;
    failed: number;
    skipped: number;
    opened: number;
    answered: number;
  }>`
    SELECT r.campaign_id,
      count(*)::int AS recipients,
      count(*) FILTER (WHERE i.status = 'sent' OR e.status = 'sent')::int AS sent,
      count(*) FILTER (WHERE r.status = 'queued' AND (i.status = 'queued' OR e.status IN ('queued', 'sending')))::int AS queued,
      count(*) FILTER (WHERE i.status = 'failed' OR e.status = 'failed')::int AS failed,
      count(*) FILTER (WHERE r.status = 'skipped')::int AS skipped,
      count(*) FILTER (WHERE e.clicked_at IS NOT NULL OR (i.link_id IS NOT NULL AND (
        EXISTS (SELECT 1 FROM responses x WHERE x.workspace_id = r.workspace_id AND x.link_id = i.link_id)
        OR EXISTS (SELECT 1 FROM survey_displays d WHERE d.workspace_id = r.workspace_id
          AND d.survey_id = i.survey_id AND d.contact_id = r.contact_id AND d.created_at >= i.created_at))))::int AS opened,
      count(*) FILTER (WHERE i.link_id IS NOT NULL AND EXISTS (SELECT 1 FROM responses x
        WHERE x.workspace_id = r.workspace_id AND x.link_id = i.link_id AND x.finished))::int AS answered
    FROM campaign_recipients r
    LEFT JOIN survey_invitations i ON i.workspace_id = r.workspace_id AND i.id = r.invitation_id
    LEFT JOIN template_emails e ON e.workspace_id = r.workspace_id AND e.id = r.template_email_id
    WHERE r.workspace_id = ${workspaceId} AND r.campaign_id = ANY(${ids}::uuid[])
    GROUP BY r.campaign_id`.execute(db);
  const reasons = await db
    .selectFrom('campaignRecipients')
    .select(['campaignId', 'skipReason', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspaceId', '=', workspaceId)
    .where('campaignId', '=', sql<string>`ANY(${ids}::uuid[])`)
    .where('status', '=', 'skipped')
    .groupBy(['campaignId', 'skipReason'])
    .execute();
  for (const id of ids) {
    const row = rows.rows.find((r) => r.campaignId === id);
    out.set(id, {
      recipients: row?.recipients ?? 0,
      sent: row?.sent ?? 0,
      queued: row?.queued ?? 0,
      failed: row?.failed ?? 0,
      skipped: row?.skipped ?? 0,
      skippedByReason: Object.fromEntries(
        reasons.filter((r) => r.campaignId === id).map((r) => [r.skipReason ?? 'unknown', Number(r.n)]),
      ),
      opened: row?.opened ?? 0,
      answered: row?.answered ?? 0,
    });
  }
  return out;
}

export async function getCampaign(ctx: AppContext, workspaceId: string, id: string): Promise<TCampaign> {
  const row = await findCampaign(ctx.db, workspaceId, id);
  const results = await resultsOf(ctx.db, workspaceId, [id]);
  return present(row, results.get(id));
}

export async function listCampaigns(
  ctx: AppContext,
  workspaceId: string,
  query: { limit: number; cursor?: string | undefined },
) {
  const before = decodeCursor(query.cursor);
  const rows = await ctx.db
    .selectFrom('campaigns')
    .select(COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const results = await resultsOf(
    ctx.db,
    workspaceId,
    rows.slice(0, query.limit).map((r) => r.id),
  );
  return toPage(
    rows,
    query.limit,
    (r) => r.id,
    (r) => present(r, results.get(r.id)),
  );
}

/** The people of a campaign with what happened to each (skips with their reason), a page at a time. */
export async function listCampaignRecipients(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  query: {
    limit: number;
    cursor?: string | undefined;
    status?: 'sent' | 'skipped' | 'queued' | 'failed' | undefined;
  },
  pii: PiiView,
) {
  await findCampaign(ctx.db, workspaceId, id);
  const after = decodeCursor(query.cursor);
  const status = sql<string>`CASE WHEN r.status = 'skipped' THEN 'skipped'
    ELSE coalesce(i.status, CASE WHEN e.status = 'sending' THEN 'queued' ELSE e.status END, 'queued') END`;
  const rows = await sql<{
    contactId: string;
    email: string | null;
    language: string | null;
    status: TCampaignRecipient['status'];
    skipReason: string | null;
    detail: string | null;
    opened: boolean;
    answered: boolean;
  }>`
    SELECT * FROM (
      SELECT r.contact_id, r.email, r.language, ${status} AS status, r.skip_reason, r.detail,
        (e.clicked_at IS NOT NULL OR (i.link_id IS NOT NULL AND EXISTS (SELECT 1 FROM responses x
          WHERE x.workspace_id = r.workspace_id AND x.link_id = i.link_id))) AS opened,
        (i.link_id IS NOT NULL AND EXISTS (SELECT 1 FROM responses x
          WHERE x.workspace_id = r.workspace_id AND x.link_id = i.link_id AND x.finished)) AS answered
      FROM campaign_recipients r
      LEFT JOIN survey_invitations i ON i.workspace_id = r.workspace_id AND i.id = r.invitation_id
      LEFT JOIN template_emails e ON e.workspace_id = r.workspace_id AND e.id = r.template_email_id
      WHERE r.workspace_id = ${workspaceId} AND r.campaign_id = ${id}
        ${after ? sql`AND r.contact_id > ${after}::uuid` : sql``}
    ) t
    ${query.status ? sql`WHERE t.status = ${query.status}` : sql``}
    ORDER BY t.contact_id
    LIMIT ${query.limit + 1}`.execute(ctx.db);
  return toPage(
    rows.rows,
    query.limit,
    (r) => r.contactId,
    (r) => ({
      ...r,
      email: r.email === null ? null : pii.contactEmail(r.email),
      opened: Boolean(r.opened),
      answered: Boolean(r.answered),
    }),
  );
}
