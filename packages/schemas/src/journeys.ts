import { z } from 'zod';
import { ZId } from './common';
import { CHANNELS } from './constants';

export const ZChannel = z.enum(CHANNELS);

export const ZTouchpoint = z.object({
  id: ZId,
  journeyId: ZId,
  stageId: ZId,
  name: z.string(),
  description: z.string(),
  ownerTeamId: ZId.nullable(),
  channels: z.array(ZChannel),
  position: z.number().int(),
});
export type TTouchpoint = z.infer<typeof ZTouchpoint>;

export const ZStage = z.object({
  id: ZId,
  name: z.string(),
  position: z.number().int(),
  touchpoints: z.array(ZTouchpoint),
});
export type TStage = z.infer<typeof ZStage>;

export const ZJourney = z.object({
  id: ZId,
  name: z.string(),
  description: z.string(),
  stages: z.array(ZStage),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TJourney = z.infer<typeof ZJourney>;

const ZTouchpointInput = z.strictObject({
  /** Keep the id of an existing touchpoint so surveys and responses attributed to it stay attached. */
  id: ZId.optional(),
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(500).default(''),
  ownerTeamId: ZId.nullable().default(null),
  channels: z.array(ZChannel).max(CHANNELS.length).default([]),
});

const ZStageInput = z.strictObject({
  id: ZId.optional(),
  name: z.string().trim().min(1).max(120),
  touchpoints: z.array(ZTouchpointInput).max(50).default([]),
});

/** A whole journey map in order: stages in order, each with its touchpoints in order. */
export const ZJourneyMapInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000).default(''),
  stages: z.array(ZStageInput).max(30).default([]),
});
export type TJourneyMapInput = z.infer<typeof ZJourneyMapInput>;

export const ZTouchpointListQuery = z.strictObject({ journeyId: ZId.optional() });
