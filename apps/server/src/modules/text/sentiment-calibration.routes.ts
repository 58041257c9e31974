import {
  ZSentimentCalibration,
  ZSentimentCalibrationOverview,
  ZSentimentCalibrationVersionParams,
  ZSetCalibrationActiveBody,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  sentimentCalibrationOverview,
  setSentimentCalibrationActive,
  startSentimentCalibration,
} from './sentiment-calibration.service';

export function sentimentCalibrationRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/text/sentiment-calibration',
      tag: 'Text analytics',
      summary:
        "The workspace's sentiment calibrations (newest first) with their held-out comparison against the built-in analyzer, the active one, and the scored comments available to learn from",
      access: 'responses.read',
      responses: { 200: ZSentimentCalibrationOverview },
      handler: ({ principal }) => sentimentCalibrationOverview(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/text/sentiment-calibration/train',
      tag: 'Text analytics',
      summary:
        'Train a new calibration from scored comments (NPS 0–3 / CSAT 1 negative, NPS 9–10 / CSAT 5 positive); 202 with the queued version. It switches on only if it beats the built-in analyzer on held-out comments',
      access: 'topics.manage',
      responses: { 202: ZSentimentCalibration },
      handler: ({ principal }) => startSentimentCalibration(ctx, requireWorkspace(principal)),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/text/sentiment-calibration/:version',
      tag: 'Text analytics',
      summary:
        'Switch a calibration version on (only one that beat the built-in analyzer) or off; stored comments are read again',
      access: 'topics.manage',
      params: ZSentimentCalibrationVersionParams,
      body: ZSetCalibrationActiveBody,
      responses: { 200: ZSentimentCalibration },
      handler: ({ params, body, principal }) =>
        setSentimentCalibrationActive(ctx, requireWorkspace(principal), params.version, body.active),
    }),
  ];
}
