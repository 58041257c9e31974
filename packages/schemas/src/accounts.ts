import { z } from 'zod';
import { ACCOUNT_SORTS } from './account-constants';
import { ZId } from './common';
import { ZContact, ZContactAccount } from './contacts';

/** A role name: `decision_maker`, `influencer`, `finance`, `technical`, `user`, or one the workspace defines. */
export const ZAccountRole = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _, starting with a letter');

const ZAccountAttributeValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

/**
 * Free attributes of a company. Known ones the product reads: `plan`, `arr` (annual spend, a number),
 * `renewal_date` (YYYY-MM-DD), `industry`.
 */
export const ZAccountAttributes = z
  .record(z.string().min(1).max(100), ZAccountAttributeValue)
  .refine((a) => Object.keys(a).length <= 100, 'at most 100 attributes')
  .refine((a) => a.arr === undefined || a.arr === null || typeof a.arr === 'number', {
    message: 'arr must be a number',
    path: ['arr'],
  })
  .refine(
    (a) =>
      a.renewal_date === undefined ||
      a.renewal_date === null ||
      (typeof a.renewal_date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.renewal_date)),
    { message: 'renewal_date must be a date such as 2027-03-31', path: ['renewal_date'] },
  );

const ZDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, 'a domain such as example.com');

export const ZAccountCreate = z.strictObject({
  name: z.string().trim().min(1).max(200),
  domain: ZDomain.optional(),
  externalId: z.string().trim().min(1).max(200).optional(),
  ownerTeamId: ZId.optional(),
  attributes: ZAccountAttributes.default({}),
});
export type TAccountCreate = z.infer<typeof ZAccountCreate>;

export const ZAccountUpdate = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    domain: ZDomain.nullable().optional(),
    externalId: z.string().trim().min(1).max(200).nullable().optional(),
    ownerTeamId: ZId.nullable().optional(),
    /** Replaces the attributes. */
    attributes: ZAccountAttributes.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'give at least one field to change');
export type TAccountUpdate = z.infer<typeof ZAccountUpdate>;

export const ZAccountListQuery = z.strictObject({
  sort: z.enum(ACCOUNT_SORTS).default('name'),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const ZAccountContactBody = z.strictObject({ role: ZAccountRole });
export const ZAccountContactParams = z.strictObject({ id: ZId, contactId: ZId });

export const ZAccountRoleWeights = z.strictObject({
  weights: z
    .record(ZAccountRole, z.number().min(0).max(100))
    .refine((w) => Object.keys(w).length <= 50, 'at most 50 roles'),
});

const ZWeightedEstimate = z.object({
  value: z.number().nullable(),
  /** Respondents (people whose latest answer in the window counts). */
  n: z.number().int(),
  /** Kish's effective sample size of the weights. */
  effectiveN: z.number(),
  ci: z.tuple([z.number(), z.number()]).nullable(),
});

const ZScore = z.object({ value: z.number(), at: z.iso.datetime({ offset: true }) }).nullable();

export const ZLatestScores = z.object({ nps: ZScore, csat: ZScore, ces: ZScore });
export type TLatestScores = z.infer<typeof ZLatestScores>;

export const ZChurnRisk = z
  .object({
    /** The highest risk among the account's people (0–1). */
    score: z.number(),
    /** Role-weighted mean of the people's risk (0–1). */
    weighted: z.number(),
    band: z.string().nullable(),
    /** The person with the highest risk. */
    contactId: ZId,
  })
  .nullable();

export const ZAccountHealth = z.object({
  windowDays: z.number().int(),
  nps: ZWeightedEstimate,
  csat: ZWeightedEstimate,
  coverage: z.object({
    decisionMakers: z.object({ answered: z.number().int(), total: z.number().int() }),
    people: z.object({ answered: z.number().int(), total: z.number().int() }),
    text: z.string(),
  }),
  trend: z.object({
    nps: z.object({
      current: z.number().nullable(),
      previous: z.number().nullable(),
      change: z.number().nullable(),
    }),
    csat: z.object({
      current: z.number().nullable(),
      previous: z.number().nullable(),
      change: z.number().nullable(),
    }),
  }),
  openCases: z.number().int(),
  sentiment: z.object({
    /** Mean sentiment score (−1…1) of the people's comments in the window; null without comments. */
    score: z.number().nullable(),
    n: z.number().int(),
    negative: z.number().int(),
    positive: z.number().int(),
  }),
  churnRisk: ZChurnRisk,
  renewalDate: z.string().nullable(),
});
export type TAccountHealth = z.infer<typeof ZAccountHealth>;

export const ZAccount = z.object({
  id: ZId,
  name: z.string(),
  domain: z.string().nullable(),
  externalId: z.string().nullable(),
  ownerTeamId: ZId.nullable(),
  attributes: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TAccount = z.infer<typeof ZAccount>;

export const ZAccountListItem = ZAccount.extend({
  people: z.number().int(),
  /** Role-weighted NPS of the last 90 days (what `sort=health` orders by). */
  health: z.number().nullable(),
  healthN: z.number().int(),
  risk: z.number().nullable(),
  spend: z.number().nullable(),
  renewalDate: z.string().nullable(),
});
export type TAccountListItem = z.infer<typeof ZAccountListItem>;

export const ZAccountPerson = ZContact.extend({
  accountRole: z.string(),
  weight: z.number(),
  latestScores: ZLatestScores,
  lastAnsweredAt: z.iso.datetime({ offset: true }).nullable(),
});

export const ZAccountOpenCase = z.object({
  id: ZId,
  number: z.number().int(),
  title: z.string(),
  status: z.string(),
  priority: z.string(),
  contactId: ZId.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const ZAccountDetail = ZAccount.extend({
  people: z.array(ZAccountPerson),
  health: ZAccountHealth,
  openCases: z.array(ZAccountOpenCase),
});
export type TAccountDetail = z.infer<typeof ZAccountDetail>;

export const ZAccountMembership = z.object({ accountId: ZId, contactId: ZId, role: z.string() });

/** What the 360 profile shows beside the contact: latest scores, sentiment by month, open cases. */
export const ZContactProfile = z.object({
  latestScores: ZLatestScores,
  sentimentTrend: z.array(z.object({ month: z.string(), score: z.number(), n: z.number().int() })),
  openCases: z.array(ZAccountOpenCase),
  accounts: z.array(ZContactAccount),
});
export type TContactProfile = z.infer<typeof ZContactProfile>;
