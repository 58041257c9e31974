import { z } from 'zod';
import { ZId } from './common';
import { ZPublicSurvey } from './surveys';
import { ZPageContact, ZUserHash } from './workspace-settings';

export const ZWidgetEligibleBody = z.strictObject({
  workspaceId: ZId,
  contact: ZPageContact.optional(),
  /** Proves `contact` (see ZUserHash); without it a known contact is not used when the workspace requires it. */
  userHash: ZUserHash.optional(),
  attributes: z
    .record(z.string().min(1).max(100), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
    .default({}),
  trigger: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('page_view'), url: z.string().max(2000) }),
    z.strictObject({
      type: z.literal('click'),
      selector: z.string().max(200),
      url: z.string().max(2000).optional(),
    }),
    z.strictObject({
      type: z.literal('event'),
      event: z.string().max(200),
      url: z.string().max(2000).optional(),
    }),
    z.strictObject({ type: z.literal('exit_intent'), url: z.string().max(2000).optional() }),
  ]),
  /** Surveys this browser already showed, so an anonymous visitor is not asked twice. */
  seenSurveyIds: z.array(ZId).max(100).default([]),
});

export const ZWidgetEligibleResult = z.object({
  survey: ZPublicSurvey.nullable(),
  /** Why nothing is shown (no matching trigger, targeting, over the contact budget…), for debugging. */
  reason: z.string().nullable(),
});

export const ZWidgetConfigQuery = z.strictObject({ workspaceId: ZId });
export const ZWidgetConfig = z.object({
  /** The workspace's brand colour (#rrggbb) for the panel and the chat, or null for the default. */
  brand: z.object({ color: z.string().nullable() }).optional(),
  clickSelectors: z.array(z.string()),
  events: z.array(z.string()),
  exitIntent: z.boolean(),
  pageViews: z.boolean(),
});
