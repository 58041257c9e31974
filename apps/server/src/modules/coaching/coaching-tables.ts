import type { ColumnType } from 'kysely';
import type { Db, Tx } from '../../platform/db/database';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** The coaching table of migration 20261209050000_employee_experience, as Kysely sees it. */
export type CoachingTables = {
  coachingNotes: {
    workspaceId: string;
    id: string;
    agentUserId: string;
    authorUserId: string | null;
    text: string;
    createdAt: Timestamp;
  };
};

export function withCoachingTables(db: Db | Tx) {
  return db.withTables<CoachingTables>();
}
