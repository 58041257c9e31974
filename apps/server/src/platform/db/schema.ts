import type { TLocale, TRole } from '@touchpoint/schemas';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** Table types as Kysely sees them (camelCase; CamelCasePlugin maps to the snake_case columns). */
export interface Database {
  users: {
    id: string;
    email: string;
    name: string;
    passwordHash: string;
    locale: ColumnType<TLocale, TLocale | undefined, TLocale>;
    createdAt: Timestamp;
  };
  workspaces: { id: string; name: string; isDemo: Generated<boolean>; createdAt: Timestamp };
  memberships: { workspaceId: string; userId: string; role: TRole; createdAt: Timestamp };
  sessions: {
    tokenHash: string;
    userId: string;
    workspaceId: string | null;
    csrfToken: string;
    createdAt: Timestamp;
    expiresAt: Timestamp;
  };
  teams: {
    workspaceId: string;
    id: string;
    name: string;
    description: Generated<string>;
    createdAt: Timestamp;
  };
  teamMembers: { workspaceId: string; teamId: string; userId: string; createdAt: Timestamp };
  apiKeys: {
    workspaceId: string;
    id: string;
    name: string;
    role: TRole;
    prefix: string;
    keyHash: string;
    createdBy: string | null;
    createdAt: Timestamp;
    lastUsedAt: NullableTimestamp;
    revokedAt: NullableTimestamp;
  };
  invitations: {
    workspaceId: string;
    id: string;
    email: string;
    role: TRole;
    tokenHash: string;
    invitedBy: string | null;
    createdAt: Timestamp;
    expiresAt: Timestamp;
    acceptedAt: NullableTimestamp;
    revokedAt: NullableTimestamp;
  };
  domainEvents: {
    workspaceId: string;
    id: Generated<number>;
    type: string;
    actor: string | null;
    subjectId: string | null;
    payload: ColumnType<Record<string, unknown>, string | Record<string, unknown>, never>;
    occurredAt: Timestamp;
    dispatchedAt: NullableTimestamp;
  };
}
