// Types of API answers the schemas package declares as zod schemas only. Type-only imports: nothing of
// zod reaches the browser bundle (verbatimModuleSyntax erases them), and the types follow the contracts.
import type {
  ZImportReviewsResult,
  ZSendInvitationsResult,
  ZSurveyInvitation,
  ZTimelineItem,
  ZUnsubscribePreview,
} from '@touchpoint/schemas/browser';
import type { z } from 'zod';

export type TSurveyInvitation = z.infer<typeof ZSurveyInvitation>;
export type TSendInvitationsResult = z.infer<typeof ZSendInvitationsResult>;
export type TUnsubscribePreview = z.infer<typeof ZUnsubscribePreview>;
export type TImportReviewsResult = z.infer<typeof ZImportReviewsResult>;
export type TTimelineItem = z.infer<typeof ZTimelineItem>;
