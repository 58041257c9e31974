export type {
  TAuditEntry,
  TCreatedApiKey,
  TCreatedInvitation,
  TInvitationPreview,
} from '@touchpoint/schemas/browser';
