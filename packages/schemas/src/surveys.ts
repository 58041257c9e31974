import { z } from 'zod';
import { ZId, ZLanguage } from './common';
import { ZCondition } from './condition';
import { QUESTION_TYPES, SURVEY_STATUSES } from './constants';
import { ZSurveyDistribution } from './distribution';
import { EMPLOYEE_REPORTING_ATTRIBUTES } from './employees';

/** Who a survey is for: customers (the default) or staff (an employee programme). */
export const SURVEY_AUDIENCES = ['customers', 'employees'] as const;

/** Question, option, hidden-field and ending ids: stable, author-chosen, safe in URLs and CSV headers. */
export const ZFieldId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'use letters, digits, _ or -, starting with a letter (max 64)');

/** Translatable text: a map from language code to text. Must contain the survey's default language. */
export const ZText = z.record(ZLanguage, z.string().max(2000));
export type TText = z.infer<typeof ZText>;

export const ZOption = z.strictObject({ id: ZFieldId, label: ZText });

const base = {
  id: ZFieldId,
  text: ZText,
  description: ZText.optional(),
  required: z.boolean().default(false),
};

export const ZQuestion = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('nps'),
    lowLabel: ZText.optional(),
    highLabel: ZText.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('csat') }),
  z.strictObject({ ...base, type: z.literal('ces') }),
  z.strictObject({
    ...base,
    type: z.literal('rating'),
    min: z.number().int().min(0).max(1).default(1),
    max: z.number().int().min(2).max(10).default(5),
    lowLabel: ZText.optional(),
    highLabel: ZText.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('single_choice'), options: z.array(ZOption).min(2).max(50) }),
  z.strictObject({
    ...base,
    type: z.literal('multiple_choice'),
    options: z.array(ZOption).min(2).max(50),
    minSelected: z.number().int().min(0).max(50).optional(),
    maxSelected: z.number().int().min(1).max(50).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('open_text'),
    maxLength: z.number().int().min(1).max(10_000).default(2_000),
    multiline: z.boolean().default(true),
  }),
]);
export type TQuestion = z.infer<typeof ZQuestion>;
export const ZQuestionType = z.enum(QUESTION_TYPES);

/** After answering `after`, the first rule whose condition holds decides: jump forward to a question, or end. */
export const ZLogicRule = z.strictObject({
  after: ZFieldId,
  if: ZCondition,
  then: z.union([z.strictObject({ goTo: ZFieldId }), z.strictObject({ end: ZFieldId.nullable() })]),
});
export type TLogicRule = z.infer<typeof ZLogicRule>;

export const ZEnding = z.strictObject({ id: ZFieldId, title: ZText, message: ZText.optional() });
export type TEnding = z.infer<typeof ZEnding>;

/** The part of a survey that respondents see and that answers are validated against. */
export const ZSurveyDefinition = z.strictObject({
  defaultLanguage: ZLanguage.default('en'),
  languages: z.array(ZLanguage).min(1).max(20).optional(),
  questions: z.array(ZQuestion).min(1).max(200),
  hiddenFields: z.array(ZFieldId).max(50).default([]),
  logic: z.array(ZLogicRule).max(500).default([]),
  endings: z.array(ZEnding).max(20).default([]),
});
export type TSurveyDefinition = z.infer<typeof ZSurveyDefinition>;

export const ZCreateSurveyBody = ZSurveyDefinition.extend({
  name: z.string().trim().min(1).max(200),
  distribution: ZSurveyDistribution.optional(),
  touchpointId: ZId.nullable().optional(),
  /** `employees` makes the survey an employee programme (fixed at creation). */
  audience: z.enum(SURVEY_AUDIENCES).default('customers'),
  /** Anonymous mode (employee programmes only): responses keep no identity, only the reporting attributes. */
  anonymous: z.boolean().default(false),
  reportingAttributes: z.array(z.enum(EMPLOYEE_REPORTING_ATTRIBUTES)).max(3).default([]),
}).superRefine((body, ctx) => {
  if (body.anonymous && body.audience !== 'employees') {
    ctx.addIssue({
      code: 'custom',
      path: ['anonymous'],
      message: 'only an employee programme can be anonymous',
    });
  }
  if (body.reportingAttributes.length > 0 && !body.anonymous) {
    ctx.addIssue({
      code: 'custom',
      path: ['reportingAttributes'],
      message: 'reporting attributes belong to anonymous programmes',
    });
  }
  if (new Set(body.reportingAttributes).size !== body.reportingAttributes.length) {
    ctx.addIssue({ code: 'custom', path: ['reportingAttributes'], message: 'each attribute once' });
  }
});

export const ZUpdateSurveyBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  distribution: ZSurveyDistribution.optional(),
  touchpointId: ZId.nullable().optional(),
  defaultLanguage: ZLanguage.optional(),
  languages: z.array(ZLanguage).min(1).max(20).optional(),
  questions: z.array(ZQuestion).min(1).max(200).optional(),
  hiddenFields: z.array(ZFieldId).max(50).optional(),
  logic: z.array(ZLogicRule).max(500).optional(),
  endings: z.array(ZEnding).max(20).optional(),
});

export const ZSurveyStatus = z.enum(SURVEY_STATUSES);

export const ZSurvey = z.object({
  id: ZId,
  name: z.string(),
  status: ZSurveyStatus,
  touchpointId: ZId.nullable(),
  defaultLanguage: z.string(),
  languages: z.array(z.string()),
  questions: z.array(z.unknown()).describe('see ZQuestion'),
  hiddenFields: z.array(z.string()),
  logic: z.array(z.unknown()).describe('see ZLogicRule'),
  endings: z.array(z.unknown()).describe('see ZEnding'),
  version: z.number().int(),
  distribution: ZSurveyDistribution,
  responseCount: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  hostedUrl: z.string(),
  audience: z.enum(SURVEY_AUDIENCES),
  anonymous: z.boolean(),
  reportingAttributes: z.array(z.string()),
});
export type TSurvey = Omit<z.infer<typeof ZSurvey>, 'questions' | 'logic' | 'endings'> & {
  questions: TQuestion[];
  logic: TLogicRule[];
  endings: TEnding[];
};

export const ZSurveyListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  status: ZSurveyStatus.optional(),
  touchpointId: ZId.optional(),
});

/** What the hosted page and the widget need to show a published survey (no internal fields). */
export const ZPublicSurvey = z.object({
  id: ZId,
  name: z.string(),
  status: ZSurveyStatus,
  defaultLanguage: z.string(),
  languages: z.array(z.string()),
  questions: z.array(z.unknown()),
  hiddenFields: z.array(z.string()),
  logic: z.array(z.unknown()),
  endings: z.array(z.unknown()),
  version: z.number().int(),
});

export const ZSurveyTemplate = z.object({
  id: z.string(),
  name: ZText,
  description: ZText,
  definition: z.unknown().describe('a survey definition: questions, logic, endings'),
});

export const ZCreateSurveyLinkBody = z.strictObject({
  contact: z
    .strictObject({
      externalId: z.string().trim().min(1).max(200).optional(),
      email: z.string().trim().max(254).optional(),
      phone: z.string().trim().max(40).optional(),
    })
    .optional(),
  language: ZLanguage.optional(),
  singleUse: z.boolean().default(true),
  expiresInDays: z.number().int().min(1).max(365).default(30),
});

export const ZSurveyLink = z.object({
  id: ZId,
  url: z.string(),
  token: z.string().describe('shown once'),
  contactId: ZId.nullable(),
  singleUse: z.boolean(),
  expiresAt: z.iso.datetime({ offset: true }),
});

export const ZQrQuery = z.strictObject({
  format: z.enum(['svg', 'png']).default('svg'),
  size: z.coerce.number().int().min(64).max(2048).default(512),
  language: ZLanguage.optional(),
});
