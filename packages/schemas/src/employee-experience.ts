import { z } from 'zod';
import { ZId } from './common';

// Employee experience beyond the directory: the EX–CX link, coaching and the staff suggestion channel.

const ZInterval = z.tuple([z.number(), z.number()]).nullable();

/** A figure with its sample size and 95% interval (value null when nothing was measured). */
export const ZMeasured = z.object({ value: z.number().nullable(), n: z.number().int(), ci95: ZInterval });
export type TMeasured = z.infer<typeof ZMeasured>;

/** An employee figure passed through the confidentiality guard: either measured or suppressed. */
export const ZGuardedFigure = z.union([
  ZMeasured.extend({ suppressed: z.literal(false) }),
  z.object({ suppressed: z.literal(true) }),
]);
export type TGuardedFigure = z.infer<typeof ZGuardedFigure>;

export const ZDateWindowQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const ZCorrelation = z.object({
  /** Pearson's r over (team, wave) pairs where both figures are shown; null below 3 pairs. */
  r: z.number().nullable(),
  n: z.number().int(),
  /** Two-sided p-value of r ≠ 0 (t-test with n − 2 degrees of freedom). */
  pValue: z.number().nullable(),
  significant: z.boolean(),
});

const ZCustomerFigures = z.object({
  csat: ZMeasured,
  nps: ZMeasured,
  sources: z.object({
    touchpoints: z.object({ csat: ZMeasured, nps: ZMeasured }),
    cases: z.object({ csat: ZMeasured, nps: ZMeasured }),
    conversations: z.object({ csat: ZMeasured }),
  }),
});

export const ZExCxResult = z.object({
  from: z.string(),
  to: z.string(),
  minGroupSize: z.number().int(),
  teams: z.array(
    z.object({
      teamId: ZId,
      name: z.string(),
      /** The reporting group the team's staff answer in (anonymous answers keep the department only). */
      department: z.string().nullable(),
      /** From the latest closed employee pulse in the window; null when there was none. */
      wave: z.object({ surveyId: ZId, name: z.string(), closedAt: z.string() }).nullable(),
      enps: ZGuardedFigure.nullable(),
      engagement: ZGuardedFigure.nullable(),
      customer: ZCustomerFigures,
    }),
  ),
  periods: z.array(
    z.object({
      surveyId: ZId,
      name: z.string(),
      closedAt: z.string(),
      month: z.string(),
      teams: z.array(
        z.object({ teamId: ZId, enps: ZGuardedFigure.nullable(), csat: ZMeasured, nps: ZMeasured }),
      ),
    }),
  ),
  correlation: z.object({ enpsCsat: ZCorrelation, enpsNps: ZCorrelation }),
});
export type TExCxResult = z.infer<typeof ZExCxResult>;

// Coaching

const ZDuration = z.object({
  n: z.number().int(),
  medianSeconds: z.number().nullable(),
  meanSeconds: z.number().nullable(),
});

export const ZCoachingFigures = z.object({
  csat: ZMeasured,
  cases: z.object({ resolved: z.number().int(), csat: ZMeasured }),
  conversations: z.object({ resolved: z.number().int(), csat: ZMeasured }),
  firstResponse: ZDuration,
  resolution: ZDuration,
});

export const ZCoachingTopic = z.object({
  topicId: ZId,
  name: z.string(),
  /** Low-CSAT (1–3 of 5) cases and conversations of this agent on the topic in the window. */
  lowCsat: z.number().int(),
  n: z.number().int(),
  csat: ZMeasured,
  teamCsat: ZMeasured,
  /** The team's low-CSAT count on the topic per agent who resolved anything. */
  teamAverageLowCsat: z.number(),
});

export const ZCoachingNote = z.object({
  id: ZId,
  agentUserId: ZId,
  authorUserId: ZId.nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TCoachingNote = z.infer<typeof ZCoachingNote>;

export const ZAgentCoaching = z.object({
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  agent: z.object({ userId: ZId, name: z.string(), email: z.string() }),
  teams: z.array(z.object({ id: ZId, name: z.string() })),
  figures: ZCoachingFigures,
  team: ZCoachingFigures.nullable(),
  topics: z.array(ZCoachingTopic),
  suggestedTraining: z.array(
    z.object({
      topicId: ZId,
      topic: z.string(),
      lowCsat: z.number().int(),
      teamAverage: z.number(),
      days: z.number().int(),
    }),
  ),
  notes: z.array(ZCoachingNote),
  /** Whether the caller may record a coaching note for this agent. */
  canCoach: z.boolean(),
});
export type TAgentCoaching = z.infer<typeof ZAgentCoaching>;

export const ZTeamCoaching = z.object({
  from: z.string(),
  to: z.string(),
  team: z.object({ id: ZId, name: z.string() }),
  figures: ZCoachingFigures,
  agents: z.array(z.object({ userId: ZId, name: z.string(), figures: ZCoachingFigures })),
});
export type TTeamCoaching = z.infer<typeof ZTeamCoaching>;

export const ZCoachingAgentsResult = z.object({
  /** The agents the caller may see: themselves, or the members of the teams they manage. */
  items: z.array(z.object({ userId: ZId, name: z.string(), email: z.string() })),
  teams: z.array(z.object({ id: ZId, name: z.string() })),
});

export const ZCoachingNoteBody = z.strictObject({ text: z.string().trim().min(1).max(4000) });
export const ZCoachingAgentParams = z.strictObject({ userId: ZId });
export const ZTeamIdParams = z.strictObject({ teamId: ZId });

// Suggestions

export const SUGGESTION_STATUSES = ['open', 'planned', 'done', 'declined'] as const;

export const ZSuggestionBody = z.strictObject({
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().max(4000).default(''),
  /** Anonymous stores no author at all (and only the day it was posted). */
  anonymous: z.boolean().default(false),
});

export const ZSuggestionUpdateBody = z
  .strictObject({
    status: z.enum(SUGGESTION_STATUSES).optional(),
    answer: z.string().trim().min(1).max(4000).nullable().optional(),
  })
  .refine((b) => b.status !== undefined || b.answer !== undefined, {
    message: 'give a status or an answer',
  });

export const ZSuggestionListQuery = z.strictObject({
  status: z.enum(SUGGESTION_STATUSES).optional(),
  sort: z.enum(['votes', 'newest']).default('votes'),
});

export const ZSuggestion = z.object({
  id: ZId,
  title: z.string(),
  body: z.string(),
  anonymous: z.boolean(),
  author: z.object({ userId: ZId, name: z.string() }).nullable(),
  status: z.enum(SUGGESTION_STATUSES),
  answer: z.string().nullable(),
  answeredBy: z.object({ userId: ZId, name: z.string() }).nullable(),
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  votes: z.number().int(),
  votedByMe: z.boolean(),
  sentiment: z.object({ label: z.string(), score: z.number() }),
  lang: z.string(),
  topics: z.array(z.object({ id: ZId, name: z.string() })),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TSuggestion = z.infer<typeof ZSuggestion>;
