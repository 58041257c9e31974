import { z } from 'zod';
import { ZBusinessHours, ZSlaPolicy, ZTeamAssignment } from './act';
import { ZEmail, ZId, ZRole } from './common';

export const ZMember = z.object({
  userId: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  teamIds: z.array(ZId),
  joinedAt: z.iso.datetime({ offset: true }),
  /** A deactivated member can no longer sign in to this workspace and is never given cases. */
  deactivatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZUpdateMemberBody = z
  .strictObject({ role: ZRole.optional(), deactivated: z.boolean().optional() })
  .refine((body) => body.role !== undefined || body.deactivated !== undefined, {
    message: 'change the role or deactivated',
  });

export const ZTeam = z.object({
  id: ZId,
  name: z.string(),
  description: z.string(),
  memberIds: z.array(ZId),
  /** When the SLA clock runs; null means around the clock. */
  businessHours: ZBusinessHours.nullable(),
  /** SLA targets in business minutes; null means the defaults. */
  slaPolicy: ZSlaPolicy.nullable(),
  assignment: ZTeamAssignment,
  createdAt: z.iso.datetime({ offset: true }),
});
export type TTeam = z.infer<typeof ZTeam>;

export const ZCreateTeamBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(500).default(''),
});
export const ZUpdateTeamBody = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  description: z.string().trim().max(500).optional(),
  businessHours: ZBusinessHours.nullable().optional(),
  slaPolicy: ZSlaPolicy.nullable().optional(),
  assignment: ZTeamAssignment.optional(),
});
export const ZAddTeamMemberBody = z.strictObject({ userId: ZId });
export const ZTeamMemberParams = z.strictObject({ id: ZId, userId: ZId });
export const ZUserIdParams = z.strictObject({ userId: ZId });

export const ZApiKey = z.object({
  id: ZId,
  name: z.string(),
  role: ZRole,
  prefix: z.string().describe('the first characters of the key, to recognise it'),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  createdBy: z
    .object({
      userId: ZId,
      name: z.string(),
      email: z.string(),
      status: z
        .enum(['active', 'deactivated', 'removed'])
        .describe(
          "the creator's membership now: a key works only while its creator is an active member, and with at most the creator's current role",
        ),
    })
    .nullable()
    .describe('who created the key; null when no member is recorded (the key does not work)'),
});
export type TApiKey = z.infer<typeof ZApiKey>;
export const ZCreateApiKeyBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  role: ZRole,
});
export const ZCreatedApiKey = ZApiKey.extend({
  key: z.string().describe('shown once; store it now — only a hash is kept'),
});

export const ZInvitation = z.object({
  id: ZId,
  email: z.string(),
  role: ZRole,
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  acceptedAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TInvitation = z.infer<typeof ZInvitation>;
export const ZCreateInvitationBody = z.strictObject({ email: ZEmail, role: ZRole });
export const ZCreatedInvitation = ZInvitation.extend({
  token: z.string().describe('shown once'),
  acceptUrl: z.string(),
});
export const ZInvitationLookupQuery = z.strictObject({ token: z.string().min(10).max(200) });
export const ZInvitationPreview = z.object({
  workspaceName: z.string(),
  email: z.string(),
  role: ZRole,
  hasAccount: z.boolean(),
});
export const ZAcceptInvitationBody = z.strictObject({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1).max(120).optional(),
  password: z.string().min(10).max(200).optional(),
});

export const ZAuditEntry = z.object({
  id: z.number().int(),
  type: z.string(),
  actor: z.string().nullable(),
  subjectId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  occurredAt: z.iso.datetime({ offset: true }),
});

export type TCreatedApiKey = z.infer<typeof ZCreatedApiKey>;
export type TCreatedInvitation = z.infer<typeof ZCreatedInvitation>;
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
