import type { TSurvey, TSurveyDefinition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

export function surveyRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('surveys')
    .select([
      'surveys.id',
      'surveys.name',
      'surveys.status',
      'surveys.touchpointId',
      'surveys.definition',
      'surveys.distribution',
      'surveys.version',
      'surveys.createdAt',
      'surveys.updatedAt',
      'surveys.publishedAt',
      'surveys.closedAt',
      'surveys.audience',
      'surveys.anonymous',
      'surveys.reportingAttributes',
      sql<number>`(select count(*)::int from responses r where r.workspace_id = surveys.workspace_id and r.survey_id = surveys.id)`.as(
        'responseCount',
      ),
    ])
    .where('surveys.workspaceId', '=', workspaceId);
}

export type SurveyRow = Awaited<ReturnType<ReturnType<typeof surveyRows>['execute']>>[number];

export function presentSurvey(row: SurveyRow, publicUrl: string): TSurvey {
  const definition = row.definition as TSurveyDefinition;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    touchpointId: row.touchpointId,
    defaultLanguage: definition.defaultLanguage,
    languages: definition.languages ?? [definition.defaultLanguage],
    questions: definition.questions,
    hiddenFields: definition.hiddenFields,
    logic: definition.logic,
    endings: definition.endings,
    version: row.version,
    distribution: row.distribution,
    responseCount: row.responseCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    hostedUrl: `${publicUrl}/s/${row.id}`,
    audience: row.audience,
    anonymous: row.anonymous,
    reportingAttributes: row.reportingAttributes,
  };
}

/** Public endpoints know only the survey id; the survey tells which workspace it belongs to. */
export function findSurveyForPublic(db: Db, surveyId: string) {
  return db
    .selectFrom('surveys')
    .select([
      'workspaceId',
      'id',
      'name',
      'status',
      'touchpointId',
      'definition',
      'distribution',
      'version',
      'anonymous',
      'reportingAttributes',
      // A system survey (the conversation CSAT survey) is answered only through its own flow, never publicly.
      sql<boolean>`EXISTS (SELECT 1 FROM conversation_csat_surveys c WHERE c.survey_id = surveys.id)`.as(
        'system',
      ),
    ])
    .where('id', '=', surveyId)
    .executeTakeFirst();
}
