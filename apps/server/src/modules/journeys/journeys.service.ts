import type { TChannel, TJourney, TJourneyMapInput, TPageQuery, TTouchpoint } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

/** Loads journeys with their stages and touchpoints in order (three queries, not one per journey). */
async function loadJourneys(db: Db, workspaceId: string, journeyIds: string[]): Promise<TJourney[]> {
  if (journeyIds.length === 0) return [];
  const [journeys, stages, touchpoints] = await Promise.all([
    db
      .selectFrom('journeys')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', journeyIds)
      .execute(),
    db
      .selectFrom('journeyStages')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('journeyId', 'in', journeyIds)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('touchpoints')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('journeyId', 'in', journeyIds)
      .orderBy('position')
      .execute(),
  ]);
  const byId = new Map(journeys.map((j) => [j.id, j]));
  return journeyIds.flatMap((id) => {
    const journey = byId.get(id);
    if (!journey) return [];
    return [
      {
        id: journey.id,
        name: journey.name,
        description: journey.description,
        createdAt: journey.createdAt.toISOString(),
        updatedAt: journey.updatedAt.toISOString(),
        stages: stages
          .filter((s) => s.journeyId === id)
          .map((stage) => ({
            id: stage.id,
            name: stage.name,
            position: stage.position,
            touchpoints: touchpoints.filter((t) => t.stageId === stage.id).map(presentTouchpoint),
          })),
      },
    ];
  });
}

function presentTouchpoint(row: {
  id: string;
  journeyId: string;
  stageId: string;
  name: string;
  description: string;
  ownerTeamId: string | null;
  channels: string[];
  position: number;
}): TTouchpoint {
  return {
    id: row.id,
    journeyId: row.journeyId,
    stageId: row.stageId,
    name: row.name,
    description: row.description,
    ownerTeamId: row.ownerTeamId,
    channels: row.channels as TChannel[],
    position: row.position,
  };
}

export async function listJourneys(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const after = decodeCursor(page.cursor);
  const rows = await ctx.db
    .selectFrom('journeys')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(after), (q) => q.where('id', '>', after as string))
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  const shown = rows.slice(0, page.limit).map((r) => r.id);
  const journeys = await loadJourneys(ctx.db, workspaceId, shown);
  return toPage(
    [...journeys, ...(rows.length > page.limit ? [null] : [])],
    page.limit,
    (j) => j?.id ?? '',
    (j) => j as TJourney,
  );
}

export async function getJourney(ctx: AppContext, workspaceId: string, id: string): Promise<TJourney> {
  const [journey] = await loadJourneys(ctx.db, workspaceId, [id]);
  if (!journey) throw AppError.notFound('journey');
  return journey;
}

async function assertTeamsExist(tx: Tx, workspaceId: string, map: TJourneyMapInput) {
  const teamIds = [
    ...new Set(
      map.stages
        .flatMap((s) => s.touchpoints.map((t) => t.ownerTeamId))
        .filter((id): id is string => Boolean(id)),
    ),
  ];
  if (teamIds.length === 0) return;
  const found = await tx
    .selectFrom('teams')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', teamIds)
    .execute();
  const known = new Set(found.map((t) => t.id));
  const invalid = map.stages.flatMap((stage, s) =>
    stage.touchpoints.flatMap((t, i) =>
      t.ownerTeamId && !known.has(t.ownerTeamId)
        ? [
            {
              name: `body.stages.${s}.touchpoints.${i}.ownerTeamId`,
              reason: 'no such team in this workspace',
            },
          ]
        : [],
    ),
  );
  if (invalid.length > 0)
    throw new AppError('VALIDATION_FAILED', 'A touchpoint names an unknown owner team.', invalid);
}

/**
 * Writes the whole map: stages and touchpoints in the given order. Given ids must belong to this journey
 * (so attribution of surveys and responses survives an edit); missing ones are deleted.
 */
async function writeMap(tx: Tx, workspaceId: string, journeyId: string, map: TJourneyMapInput) {
  await assertTeamsExist(tx, workspaceId, map);
  const [existingStages, existingTouchpoints] = await Promise.all([
    tx
      .selectFrom('journeyStages')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('journeyId', '=', journeyId)
      .execute(),
    tx
      .selectFrom('touchpoints')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('journeyId', '=', journeyId)
      .execute(),
  ]);
  const stageIds = new Set(existingStages.map((s) => s.id));
  const touchpointIds = new Set(existingTouchpoints.map((t) => t.id));
  const unknown = [
    ...map.stages.flatMap((s, i) => (s.id && !stageIds.has(s.id) ? [`body.stages.${i}.id`] : [])),
    ...map.stages.flatMap((s, i) =>
      s.touchpoints.flatMap((t, j) =>
        t.id && !touchpointIds.has(t.id) ? [`body.stages.${i}.touchpoints.${j}.id`] : [],
      ),
    ),
  ];
  if (unknown.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Some ids do not belong to this journey; leave id out to create a new stage or touchpoint.',
      unknown.map((name) => ({ name, reason: 'not a stage or touchpoint of this journey' })),
    );
  }
  const keptStages = new Set(map.stages.map((s) => s.id).filter(Boolean));
  const keptTouchpoints = new Set(map.stages.flatMap((s) => s.touchpoints.map((t) => t.id)).filter(Boolean));
  const removedTouchpoints = [...touchpointIds].filter((id) => !keptTouchpoints.has(id));
  const removedStages = [...stageIds].filter((id) => !keptStages.has(id));
  if (removedTouchpoints.length > 0) {
    await tx
      .deleteFrom('touchpoints')
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', removedTouchpoints)
      .execute();
  }
  for (const [position, stage] of map.stages.entries()) {
    const stageId = stage.id ?? uuidv7();
    await tx
      .insertInto('journeyStages')
      .values({ workspaceId, id: stageId, journeyId, name: stage.name, position })
      .onConflict((oc) => oc.columns(['workspaceId', 'id']).doUpdateSet({ name: stage.name, position }))
      .execute();
    for (const [index, touchpoint] of stage.touchpoints.entries()) {
      const values = {
        name: touchpoint.name,
        description: touchpoint.description,
        ownerTeamId: touchpoint.ownerTeamId,
        channels: touchpoint.channels,
        position: index,
        stageId,
      };
      await tx
        .insertInto('touchpoints')
        .values({ workspaceId, id: touchpoint.id ?? uuidv7(), journeyId, ...values })
        .onConflict((oc) => oc.columns(['workspaceId', 'id']).doUpdateSet(values))
        .execute();
    }
  }
  if (removedStages.length > 0) {
    await tx
      .deleteFrom('journeyStages')
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', removedStages)
      .execute();
  }
}

export async function createJourney(ctx: AppContext, principal: WorkspacePrincipal, map: TJourneyMapInput) {
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('journeys')
      .values({ workspaceId: principal.workspaceId, id, name: map.name, description: map.description })
      .execute();
    await writeMap(tx, principal.workspaceId, id, map);
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'journey.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: map.name },
    });
  });
  return getJourney(ctx, principal.workspaceId, id);
}

export async function replaceJourney(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  map: TJourneyMapInput,
) {
  await getJourney(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('journeys')
      .set({ name: map.name, description: map.description, updatedAt: new Date() })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await writeMap(tx, principal.workspaceId, id, map);
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'journey.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: map.name, stages: map.stages.length },
    });
  });
  return getJourney(ctx, principal.workspaceId, id);
}

export async function deleteJourney(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  const journey = await getJourney(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('journeys')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'journey.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: journey.name },
    });
  });
}

export async function listTouchpoints(ctx: AppContext, workspaceId: string, journeyId?: string) {
  const rows = await ctx.db
    .selectFrom('touchpoints')
    .innerJoin('journeyStages', (join) =>
      join
        .onRef('journeyStages.workspaceId', '=', 'touchpoints.workspaceId')
        .onRef('journeyStages.id', '=', 'touchpoints.stageId'),
    )
    .innerJoin('journeys', (join) =>
      join
        .onRef('journeys.workspaceId', '=', 'touchpoints.workspaceId')
        .onRef('journeys.id', '=', 'touchpoints.journeyId'),
    )
    .selectAll('touchpoints')
    .select([
      'journeys.name as journeyName',
      'journeyStages.name as stageName',
      'journeyStages.position as stagePosition',
    ])
    .where('touchpoints.workspaceId', '=', workspaceId)
    .$if(Boolean(journeyId), (q) => q.where('touchpoints.journeyId', '=', journeyId as string))
    .orderBy('journeys.name')
    .orderBy('journeyStages.position')
    .orderBy('touchpoints.position')
    .execute();
  return {
    items: rows.map((row) => ({
      ...presentTouchpoint(row),
      journeyName: row.journeyName,
      stageName: row.stageName,
    })),
    nextCursor: null,
  };
}

/** A touchpoint of this workspace, or a 400 naming the field (used by surveys). */
export async function assertTouchpointExists(
  db: Db,
  workspaceId: string,
  touchpointId: string,
  field: string,
) {
  const row = await db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', touchpointId)
    .executeTakeFirst();
  if (!row) {
    throw new AppError('VALIDATION_FAILED', 'No such touchpoint in this workspace.', [
      { name: field, reason: 'no such touchpoint in this workspace' },
    ]);
  }
}
