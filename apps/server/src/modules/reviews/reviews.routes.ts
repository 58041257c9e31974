import {
  ZImportReviewsBody,
  ZImportReviewsResult,
  ZReview,
  ZReviewListQuery,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { actorOf, requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import { importReviews, listReviews } from './reviews.service';

export function reviewRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/reviews',
      tag: 'Reviews',
      summary:
        'Import reviews and social posts (up to 1,000 per call); duplicates by source and external id are skipped',
      access: 'reviews.write',
      bodyLimitBytes: 10 * 1024 * 1024,
      body: ZImportReviewsBody,
      responses: { 200: ZImportReviewsResult },
      handler: ({ body, principal }) => {
        const workspace = requireWorkspace(principal);
        return importReviews(ctx, workspace.workspaceId, actorOf(workspace), body.items);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/reviews',
      tag: 'Reviews',
      summary: 'List reviews, newest first, by source, touchpoint and date',
      access: 'responses.read',
      query: ZReviewListQuery,
      responses: { 200: zPage(ZReview) },
      handler: ({ query, principal }) => {
        const workspace = requireWorkspace(principal);
        return listReviews(ctx, workspace.workspaceId, query, piiViewOf(workspace));
      },
    }),
  ];
}
