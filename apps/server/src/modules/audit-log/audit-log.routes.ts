import { ZAuditEntry, ZPageQuery, zPage } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';

export function auditLogRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/audit-log',
      tag: 'Audit log',
      summary: 'What changed in the workspace, who did it and when (newest first)',
      access: 'auditLog.read',
      query: ZPageQuery,
      responses: { 200: zPage(ZAuditEntry) },
      handler: async ({ query, principal }) => {
        const { workspaceId } = requireWorkspace(principal);
        const before = decodeCursor(query.cursor);
        const beforeId = before === undefined ? undefined : Number(before);
        const rows = await ctx.db
          .selectFrom('domainEvents')
          .select(['id', 'type', 'actor', 'subjectId', 'payload', 'occurredAt'])
          .where('workspaceId', '=', workspaceId)
          .$if(beforeId !== undefined && Number.isSafeInteger(beforeId), (q) =>
            q.where('id', '<', beforeId as number),
          )
          .orderBy('id', 'desc')
          .limit(query.limit + 1)
          .execute();
        return toPage(
          rows,
          query.limit,
          (row) => row.id,
          (row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }),
        );
      },
    }),
  ];
}
