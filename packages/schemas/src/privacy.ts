import { z } from 'zod';
import { ZEmail, ZId } from './common';

/** Which profile to erase when the id is not known: exactly one of email / externalId. */
export const ZErasureByIdentifierQuery = z.strictObject({
  email: z.string().trim().min(3).max(320).optional(),
  externalId: z.string().trim().min(1).max(200).optional(),
});

export const ERASURE_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** An erasure job: poll `GET /api/v1/privacy/erasures/:id` until status is done. */
export const ZErasure = z.object({
  id: ZId,
  contactId: ZId,
  status: z.enum(ERASURE_STATUSES),
  stepsTotal: z.number().int(),
  stepsDone: z.number().int(),
  currentStep: z.string().nullable(),
  /** Rows changed per place, e.g. `{"responses": 3, "messages": 5}`. */
  counts: z.record(z.string(), z.number()),
  error: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TErasure = z.infer<typeof ZErasure>;

export const ZContactExportQuery = z.strictObject({
  format: z.enum(['json', 'zip']).default('json'),
});

export const CONSENT_CHANNELS = ['email', 'sms', 'phone', 'web', 'in_app', 'chat', 'any'] as const;

export const ZConsent = z.object({
  id: ZId,
  contactId: ZId,
  channel: z.enum(CONSENT_CHANNELS),
  purpose: z.string(),
  granted: z.boolean(),
  source: z.string(),
  recordedAt: z.iso.datetime({ offset: true }),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  createdBy: z.string().nullable(),
});
export type TConsent = z.infer<typeof ZConsent>;

/** A consent given (or refused, granted=false) on a channel for a purpose; `recordedAt` defaults to now. */
export const ZCreateConsentBody = z.strictObject({
  channel: z.enum(CONSENT_CHANNELS),
  purpose: z.string().trim().min(1).max(100),
  granted: z.boolean().default(true),
  source: z.string().trim().min(1).max(100).default('api'),
  recordedAt: z.iso.datetime({ offset: true }).optional(),
});

export const ZConsentParams = z.strictObject({ id: ZId, consentId: ZId });

export const RETENTION_MODES = ['delete', 'anonymise'] as const;

/** Retention per workspace: null days keeps that kind forever. */
export const ZPrivacySettings = z.object({
  retentionMode: z.enum(RETENTION_MODES),
  responsesDays: z.number().int().min(1).max(36500).nullable(),
  conversationsDays: z.number().int().min(1).max(36500).nullable(),
  eventsDays: z.number().int().min(1).max(36500).nullable(),
  selfServiceEnabled: z.boolean(),
  /** The page a workspace links its customers to for a copy of their data (only when enabled). */
  selfServiceUrl: z.string().nullable(),
  lastRetentionRunAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TPrivacySettings = z.infer<typeof ZPrivacySettings>;

export const ZUpdatePrivacySettingsBody = z.strictObject({
  retentionMode: z.enum(RETENTION_MODES).optional(),
  responsesDays: z.number().int().min(1).max(36500).nullable().optional(),
  conversationsDays: z.number().int().min(1).max(36500).nullable().optional(),
  eventsDays: z.number().int().min(1).max(36500).nullable().optional(),
  selfServiceEnabled: z.boolean().optional(),
});

/** A retention preview (dry run) or the outcome of a run: rows per kind older than its limit. */
export const ZRetentionCounts = z.object({
  mode: z.enum(RETENTION_MODES),
  responses: z.number().int(),
  conversations: z.number().int(),
  events: z.number().int(),
});
export type TRetentionCounts = z.infer<typeof ZRetentionCounts>;

/** Settings to preview before saving (the same fields as the update); missing ones use the saved values. */
export const ZRetentionPreviewBody = ZUpdatePrivacySettingsBody;

export const ZSelfServiceRequestBody = z.strictObject({ email: ZEmail });
export const ZSelfServiceParams = z.strictObject({ workspaceId: ZId });
export const ZSelfServiceDownloadParams = z.strictObject({
  workspaceId: ZId,
  token: z.string().min(20).max(100),
});
