import type { ColumnType, Generated } from 'kysely';
import type { Db, Tx } from '../../platform/db/database';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** The suggestion tables of migration 20261209050000_employee_experience, as Kysely sees them. */
export type SuggestionTables = {
  suggestions: {
    workspaceId: string;
    id: string;
    title: string;
    body: string;
    anonymous: boolean;
    authorUserId: string | null;
    status: Generated<'open' | 'planned' | 'done' | 'declined'>;
    answer: string | null;
    answeredBy: string | null;
    answeredAt: NullableTimestamp;
    lang: string;
    sentimentLabel: string;
    sentimentScore: number;
    topics: ColumnType<{ id: string; name: string }[], string, string>;
    voteCount: Generated<number>;
    createdAt: Timestamp;
  };
  suggestionVotes: { workspaceId: string; suggestionId: string; userId: string; createdAt: Timestamp };
};

export function withSuggestionTables(db: Db | Tx) {
  return db.withTables<SuggestionTables>();
}
