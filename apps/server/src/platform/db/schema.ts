import type {
  TAnswerValue,
  TContactBudget,
  TLocale,
  TRole,
  TSurveyDefinition,
  TSurveyDistribution,
  TSurveyPriority,
  TTextSignals,
} from '@touchpoint/schemas';
import type { ColumnType, Generated } from 'kysely';

/** What `text_analyses.result` holds: the parts of an analysis that are not columns. */
export interface TStoredTextResult {
  drivers: { phrase: string; start: number; end: number; weight: number }[];
  signals: TTextSignals;
  piiTypes: string[];
}

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
  journeys: {
    workspaceId: string;
    id: string;
    name: string;
    description: string;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  journeyStages: { workspaceId: string; id: string; journeyId: string; name: string; position: number };
  touchpoints: {
    workspaceId: string;
    id: string;
    journeyId: string;
    stageId: string;
    name: string;
    description: string;
    ownerTeamId: string | null;
    channels: string[];
    position: number;
  };
  surveys: {
    workspaceId: string;
    id: string;
    name: string;
    status: Generated<'draft' | 'published' | 'closed'>;
    touchpointId: string | null;
    definition: ColumnType<TSurveyDefinition, string, string>;
    distribution: ColumnType<TSurveyDistribution, string | undefined, string>;
    version: Generated<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
    publishedAt: NullableTimestamp;
    closedAt: NullableTimestamp;
  };
  contacts: {
    workspaceId: string;
    id: string;
    externalId: string | null;
    email: string | null;
    phone: string | null;
    attributes: ColumnType<Record<string, unknown>, string | undefined, string>;
    mergedInto: string | null;
    unsubscribedAt: NullableTimestamp;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  contactEvents: {
    workspaceId: string;
    id: Generated<number>;
    contactId: string;
    event: string;
    properties: ColumnType<Record<string, unknown>, string | undefined, string>;
    occurredAt: Timestamp;
    receivedAt: Timestamp;
  };
  surveyLinks: {
    workspaceId: string;
    id: string;
    surveyId: string;
    tokenHash: string;
    contactId: string | null;
    language: string | null;
    singleUse: boolean;
    expiresAt: Timestamp;
    usedAt: NullableTimestamp;
    createdAt: Timestamp;
  };
  responses: {
    workspaceId: string;
    id: string;
    surveyId: string;
    surveyVersion: number;
    touchpointId: string | null;
    contactId: string | null;
    linkId: string | null;
    idempotencyKey: string;
    channel: string;
    language: string;
    answers: ColumnType<Record<string, TAnswerValue>, string, string>;
    hiddenFields: ColumnType<Record<string, string>, string | undefined, string>;
    meta: ColumnType<Record<string, unknown>, string | undefined, string>;
    npsScore: number | null;
    finished: boolean;
    createdAt: Timestamp;
    updatedAt: Timestamp;
    finishedAt: NullableTimestamp;
  };
  surveyDisplays: {
    workspaceId: string;
    id: string;
    surveyId: string;
    channel: string;
    language: string | null;
    contactId: string | null;
    createdAt: Timestamp;
  };
  workspaceSettings: {
    workspaceId: string;
    contactBudget: ColumnType<TContactBudget | null, string | null | undefined, string | null>;
    updatedAt: Timestamp;
  };
  surveyTouches: {
    workspaceId: string;
    id: string;
    contactId: string;
    surveyId: string;
    priority: TSurveyPriority;
    channel: string;
    at: Timestamp;
  };
  surveyInvitations: {
    workspaceId: string;
    id: string;
    surveyId: string;
    contactId: string;
    linkId: string | null;
    linkToken: string | null;
    email: string;
    name: string | null;
    language: string;
    channel: Generated<string>;
    trigger: string | null;
    unsubscribeToken: string | null;
    status: Generated<'queued' | 'sent' | 'failed' | 'skipped'>;
    skipReason: string | null;
    error: string | null;
    sentAt: NullableTimestamp;
    reminderDueAt: NullableTimestamp;
    remindedAt: NullableTimestamp;
    createdAt: Timestamp;
  };
  reviews: {
    workspaceId: string;
    id: string;
    source: string;
    externalId: string;
    rating: ColumnType<number | null, number | null | undefined, number | null>;
    ratingScale: Generated<number>;
    author: string | null;
    title: string | null;
    text: Generated<string>;
    url: string | null;
    language: string | null;
    touchpointId: string | null;
    postedAt: Timestamp;
    createdAt: Timestamp;
  };
  textAnalyses: {
    workspaceId: string;
    itemKind: 'response' | 'review';
    itemId: string;
    field: string;
    analyzer: string;
    version: number;
    lang: 'en' | 'vi' | 'other';
    sentimentLabel: 'negative' | 'neutral' | 'positive' | 'mixed';
    sentimentScore: number;
    textRedacted: string;
    textFolded: string;
    result: ColumnType<TStoredTextResult, string, string>;
    surveyId: string | null;
    touchpointId: string | null;
    npsScore: number | null;
    rating: number | null;
    satisfied: boolean | null;
    occurredAt: Timestamp;
    analyzedAt: Timestamp;
  };
  topics: {
    workspaceId: string;
    id: string;
    name: string;
    description: Generated<string>;
    query: string | null;
    ownerTeamId: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  topicExamples: {
    workspaceId: string;
    id: string;
    topicId: string;
    itemKind: 'response' | 'review';
    itemId: string;
    field: string;
    text: string;
    positive: boolean;
    createdAt: Timestamp;
  };
  topicModels: {
    workspaceId: string;
    version: number;
    model: ColumnType<unknown, string, string>;
    examples: number;
    topics: number;
    trainedAt: Timestamp;
  };
  textTopicMatches: {
    workspaceId: string;
    itemKind: 'response' | 'review';
    itemId: string;
    field: string;
    topicId: string;
    source: 'rule' | 'classifier';
    confidence: number;
    modelVersion: number | null;
  };
  metricRollups: {
    workspaceId: string;
    day: ColumnType<string, string, string>;
    surveyId: string;
    questionId: string;
    touchpointId: string;
    channel: string;
    language: string;
    questionType: string;
    n: number;
    sum: number;
    sumSquares: number;
    promoters: number;
    passives: number;
    detractors: number;
    satisfied: number;
    agree: number;
  };
  metricRollupDirty: {
    workspaceId: string;
    surveyId: string;
    day: ColumnType<string, string, string>;
    markedAt: Timestamp;
  };
  metricAnnotations: {
    workspaceId: string;
    id: string;
    day: ColumnType<string, string, string>;
    text: string;
    touchpointId: string | null;
    createdBy: string;
    createdAt: Timestamp;
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
    leaseUntil: NullableTimestamp;
  };
  webhooks: {
    workspaceId: string;
    id: string;
    url: string;
    events: string[];
    description: Generated<string>;
    active: Generated<boolean>;
    secret: string;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  webhookDeliveries: {
    workspaceId: string;
    id: string;
    webhookId: string;
    eventType: string;
    sourceKey: string;
    data: ColumnType<Record<string, unknown>, string, string>;
    occurredAt: ColumnType<Date, Date | string, Date | string>;
    status: ColumnType<
      'pending' | 'delivered' | 'failed' | 'dead',
      'pending' | 'delivered' | 'failed' | 'dead' | undefined,
      'pending' | 'delivered' | 'failed' | 'dead'
    >;
    attempts: Generated<number>;
    lastStatusCode: number | null;
    lastError: string | null;
    nextAttemptAt: NullableTimestamp;
    leaseUntil: NullableTimestamp;
    createdAt: Timestamp;
    deliveredAt: NullableTimestamp;
  };
}
