import { z } from 'zod';
import { CASE_PRIORITIES } from './case-constants';
import { ZId } from './common';
import { ZCondition } from './condition';
import { SKIP_REASONS, SURVEY_PRIORITIES } from './constants';

// Next best action (suggested actions per customer and account, from workspace rules) and campaigns (an
// email template or a survey sent to a segment). The rule logic is in @touchpoint/core (next-best-action).

export const NBA_ACTION_KINDS = ['create_case', 'send_survey', 'send_email', 'assign_owner'] as const;
export type TNbaActionKind = (typeof NBA_ACTION_KINDS)[number];

/** What a rule suggests; ids left out are chosen by the person who does it (or the body of `take`). */
export const ZNbaAction = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('create_case'),
      title: z.string().trim().min(1).max(200),
      priority: z.enum(CASE_PRIORITIES).default('normal'),
      /** Hours to the first action, shown in the suggestion ("call back within 24 h"). */
      withinHours: z.number().int().min(1).max(720).optional(),
    }),
    z.strictObject({ kind: z.literal('send_survey'), surveyId: ZId.optional() }),
    z.strictObject({ kind: z.literal('send_email'), templateId: ZId.optional() }),
    z.strictObject({ kind: z.literal('assign_owner'), teamId: ZId.optional() }),
  ])
  .meta({ id: 'NbaAction' });
export type TNbaAction = z.infer<typeof ZNbaAction>;

const ZRuleName = z.string().trim().min(1).max(120);

export const ZNbaRuleCreate = z.strictObject({
  name: ZRuleName,
  description: z.string().trim().max(500).default(''),
  /** The segment condition language (npsBand, openCases, account.role, lastResponseAt, churnRisk…). */
  condition: ZCondition,
  action: ZNbaAction,
  /** Higher first when several rules suggest something for the same person. */
  priority: z.number().int().min(0).max(100).default(50),
  /** After the action was taken for a person, the rule rests this many days for them. */
  cooldownDays: z.number().int().min(0).max(365).default(14),
  active: z.boolean().default(true),
});
export type TNbaRuleCreate = z.infer<typeof ZNbaRuleCreate>;

export const ZNbaRuleUpdate = z.strictObject({
  name: ZRuleName.optional(),
  description: z.string().trim().max(500).optional(),
  condition: ZCondition.optional(),
  action: ZNbaAction.optional(),
  priority: z.number().int().min(0).max(100).optional(),
  cooldownDays: z.number().int().min(0).max(365).optional(),
  active: z.boolean().optional(),
});
export type TNbaRuleUpdate = z.infer<typeof ZNbaRuleUpdate>;

export const ZNbaRule = z.object({
  id: ZId,
  /** Set on the built-in defaults (they can be edited and turned off, not deleted). */
  builtinKey: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  condition: ZCondition,
  action: ZNbaAction,
  priority: z.number().int(),
  cooldownDays: z.number().int(),
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TNbaRule = z.infer<typeof ZNbaRule>;

export const ZNbaEvidence = z.object({
  field: z.string(),
  /** What a person reads: "Latest NPS answer: 3 (detractor)", "2 open cases". */
  text: z.string(),
});

export const ZNbaSuggestion = z.object({
  ruleId: ZId,
  ruleName: z.string(),
  action: ZNbaAction,
  priority: z.number().int(),
  contactId: ZId,
  /** The person's email or name, for account lists (redacted without pii.read). */
  contactLabel: z.string(),
  accountId: ZId.nullable(),
  accountRole: z.string().nullable(),
  evidence: z.array(ZNbaEvidence),
  /** The evidence as one sentence. */
  summary: z.string(),
});
export type TNbaSuggestion = z.infer<typeof ZNbaSuggestion>;

export const ZNbaTaken = z.object({
  id: ZId,
  ruleId: ZId,
  ruleName: z.string(),
  kind: z.enum(NBA_ACTION_KINDS),
  contactId: ZId,
  evidence: z.string(),
  result: z.record(z.string(), z.unknown()),
  takenBy: z.string().nullable(),
  takenAt: z.iso.datetime({ offset: true }),
});
export type TNbaTaken = z.infer<typeof ZNbaTaken>;

export const ZNbaSuggestions = z.object({
  suggestions: z.array(ZNbaSuggestion),
  /** Actions taken recently (newest first), so people see what was already done. */
  taken: z.array(ZNbaTaken),
});
export type TNbaSuggestions = z.infer<typeof ZNbaSuggestions>;

export const ZNbaTakeBody = z.strictObject({
  ruleId: ZId,
  contactId: ZId,
  /** The account the suggestion was shown for (the account page); else the person's first account. */
  accountId: ZId.optional(),
  /** Fills in what the rule leaves open (the survey, the template, the team). */
  surveyId: ZId.optional(),
  templateId: ZId.optional(),
  teamId: ZId.optional(),
  /** The case page the action was taken from (noted on the case). */
  caseId: ZId.optional(),
});
export type TNbaTakeBody = z.infer<typeof ZNbaTakeBody>;

// Email templates: a subject and a plain-text body per language; {{customerName}} is replaced.
const ZTemplateText = z.strictObject({
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
});
export const ZEmailTemplateCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    defaultLanguage: z.string().trim().min(2).max(10).default('en'),
    content: z.record(z.string().min(2).max(10), ZTemplateText),
  })
  .superRefine((body, ctx) => {
    if (!body.content[body.defaultLanguage]) {
      ctx.addIssue({
        code: 'custom',
        path: ['content'],
        message: `give the text in the default language (${body.defaultLanguage})`,
      });
    }
  });
export type TEmailTemplateCreate = z.infer<typeof ZEmailTemplateCreate>;
export const ZEmailTemplateUpdate = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  defaultLanguage: z.string().trim().min(2).max(10).optional(),
  content: z.record(z.string().min(2).max(10), ZTemplateText).optional(),
});
export type TEmailTemplateUpdate = z.infer<typeof ZEmailTemplateUpdate>;
export const ZEmailTemplate = z.object({
  id: ZId,
  name: z.string(),
  defaultLanguage: z.string(),
  content: z.record(z.string(), z.object({ subject: z.string(), body: z.string() })),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TEmailTemplate = z.infer<typeof ZEmailTemplate>;

export const CAMPAIGN_STATUSES = ['draft', 'sending', 'sent', 'failed'] as const;
/** Why a campaign did not reach someone: the contact budget's reasons plus campaign-only ones. */
export const CAMPAIGN_SKIP_REASONS = [...SKIP_REASONS, 'no_email'] as const;
export type TCampaignSkipReason = (typeof CAMPAIGN_SKIP_REASONS)[number];

export const ZCampaignCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    segmentId: ZId,
    survey: z.strictObject({ surveyId: ZId }).optional(),
    email: z
      .strictObject({
        templateId: ZId,
        /** Under the contact budget, only emails and surveys of the same or higher priority count. */
        priority: z.enum(SURVEY_PRIORITIES).default('normal'),
      })
      .optional(),
    /** Start sending at once (else `POST /campaigns/:id/send`). */
    send: z.boolean().default(false),
  })
  .superRefine((body, ctx) => {
    if (Boolean(body.survey) === Boolean(body.email)) {
      ctx.addIssue({ code: 'custom', path: ['survey'], message: 'give exactly one of survey or email' });
    }
  });
export type TCampaignCreate = z.infer<typeof ZCampaignCreate>;

export const ZCampaignResults = z.object({
  /** Contacts in the segment when it was sent (processed so far while sending). */
  recipients: z.number().int(),
  sent: z.number().int(),
  queued: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  skippedByReason: z.record(z.string(), z.number().int()),
  /** Opened the link in the email (a click on a tracked link, or the survey page shown). */
  opened: z.number().int(),
  /** Finished the survey through the campaign's link (survey campaigns). */
  answered: z.number().int(),
});

export const ZCampaign = z.object({
  id: ZId,
  name: z.string(),
  segmentId: ZId.nullable(),
  segmentName: z.string(),
  kind: z.enum(['survey', 'email']),
  surveyId: ZId.nullable(),
  templateId: ZId.nullable(),
  priority: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  progress: z.object({ total: z.number().int(), processed: z.number().int() }),
  error: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  startedAt: z.iso.datetime({ offset: true }).nullable(),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  results: ZCampaignResults.optional(),
});
export type TCampaign = z.infer<typeof ZCampaign>;

export const ZCampaignRecipient = z.object({
  contactId: ZId,
  email: z.string().nullable(),
  language: z.string().nullable(),
  status: z.enum(['queued', 'sent', 'failed', 'skipped']),
  skipReason: z.string().nullable(),
  detail: z.string().nullable(),
  opened: z.boolean(),
  answered: z.boolean(),
});
export type TCampaignRecipient = z.infer<typeof ZCampaignRecipient>;

export const ZCampaignRecipientQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  status: z.enum(['sent', 'skipped', 'queued', 'failed']).optional(),
});
