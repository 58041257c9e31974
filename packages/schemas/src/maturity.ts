import { z } from 'zod';
import { ZId } from './common';
import { ROLES } from './constants';

// CXM maturity self-assessment. The questionnaire, the scoring rule and the evidence bands live in
// @touchpoint/core (maturity); these are the wire shapes.

export const MATURITY_COMPETENCIES = [
  'strategy',
  'understanding',
  'journeys',
  'measurement',
  'action',
  'employees',
  'governance',
] as const;
export type TMaturityCompetency = (typeof MATURITY_COMPETENCIES)[number];

const ZBilingual = z.object({ en: z.string(), vi: z.string() });
const ZCompetency = z.enum(MATURITY_COMPETENCIES);
const ZLevel = z.number().int().min(1).max(5);

/** Every question answered 1..5; unknown question ids and other values answer 400 with invalidParams. */
export const ZMaturityAnswersBody = z.strictObject({
  answers: z.record(z.string().max(100), z.number()),
});
export type TMaturityAnswersBody = z.infer<typeof ZMaturityAnswersBody>;

export const ZMaturityQuestion = z.object({
  id: z.string(),
  competency: ZCompetency,
  text: ZBilingual,
  options: z.array(z.object({ value: ZLevel, text: ZBilingual })),
});

export const ZMaturityEvidence = z.object({
  id: z.enum([
    'loopClosureRate',
    'timeToFirstAction',
    'responseRate',
    'touchpointsWithOwners',
    'automationsLive',
    'employeeProgramme',
  ]),
  competency: ZCompetency,
  /** A share 0..1, minutes, a count, or yes/no; null when there is nothing to measure yet. */
  value: z.union([z.number(), z.boolean()]).nullable(),
  n: z.number().int(),
  suggestedLevel: ZLevel.nullable(),
});

export const ZMaturityAssessment = z.object({
  id: ZId,
  userId: ZId.nullable(),
  userName: z.string().nullable(),
  role: z.enum(ROLES),
  level: ZLevel,
  mean: z.number(),
  competencies: z.array(z.object({ id: ZCompetency, score: z.number(), level: ZLevel })),
  recommendations: z.array(z.object({ competency: ZCompetency, level: ZLevel, text: ZBilingual })),
  answers: z.record(z.string(), z.number()),
  createdAt: z.string(),
});
export type TMaturityAssessment = z.infer<typeof ZMaturityAssessment>;

export const ZMaturityOverview = z.object({
  questions: z.array(ZMaturityQuestion),
  /** What the workspace's own data shows, per competency it evidences (last 90 days). */
  evidence: z.array(ZMaturityEvidence),
  /** The workspace's most recent assessment, by anyone. */
  latest: ZMaturityAssessment.nullable(),
});
export type TMaturityOverview = z.infer<typeof ZMaturityOverview>;

export const ZMaturityComparison = z.object({
  /** The latest assessment of each person (or API key) who answered. */
  people: z.array(
    z.object({
      assessmentId: ZId,
      userId: ZId.nullable(),
      userName: z.string().nullable(),
      role: z.enum(ROLES),
      level: ZLevel,
      createdAt: z.string(),
    }),
  ),
  competencies: z.array(
    z.object({
      id: ZCompetency,
      min: z.number(),
      max: z.number(),
      spread: z.number(),
      scores: z.array(z.object({ userId: ZId.nullable(), role: z.enum(ROLES), score: z.number() })),
    }),
  ),
});
export type TMaturityComparison = z.infer<typeof ZMaturityComparison>;
