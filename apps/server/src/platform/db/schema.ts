import type {
  TAnswerValue,
  TCondition,
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

/** Team business hours: days keyed 0 = Sunday … 6 = Saturday, each a list of ["HH:MM", "HH:MM"] ranges. */
export interface TBusinessHours {
  timeZone: string;
  days: Partial<Record<'0' | '1' | '2' | '3' | '4' | '5' | '6', [string, string][]>>;
  holidays: string[];
}

/** SLA targets in business minutes per priority. */
export interface TSlaPolicy {
  firstAction: Record<'low' | 'normal' | 'high' | 'urgent', number>;
  resolve: Record<'low' | 'normal' | 'high' | 'urgent', number>;
}

/** A jsonb column: read as T, written as a JSON string (`JSON.stringify`). */
type JsonColumn<T> = ColumnType<
  T,
  string | undefined | (T extends null ? null : never),
  string | (T extends null ? null : never)
>;

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** Table types as Kysely sees them (camelCase; CamelCasePlugin maps to the snake_case columns). */
export interface Database {
  // Employees (20261208090000_employees): the directory, and who completed an employee survey.
  employees: {
    workspaceId: string;
    id: string;
    email: string;
    name: Generated<string>;
    department: string | null;
    location: string | null;
    teamId: string | null;
    managerEmail: string | null;
    startDate: ColumnType<string | null, string | null | undefined, string | null>;
    attributes: JsonColumn<Record<string, string>>;
    leftAt: NullableTimestamp;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  employeeSurveyCompletions: {
    workspaceId: string;
    surveyId: string;
    employeeId: string;
    completedOn: string;
  };
  // Employee programmes on a schedule and their waves (20261209040500_employee_schedules).
  employeeProgrammeSchedules: {
    workspaceId: string;
    id: string;
    surveyId: string;
    cadence: 'weekly' | 'monthly' | 'quarterly';
    scope: Generated<'everyone' | 'per_department'>;
    departments: ColumnType<string[], string[] | undefined, string[]>;
    remindAfterDays: number | null;
    closeAfterDays: Generated<number>;
    nextRunAt: Timestamp;
    lastRunAt: NullableTimestamp;
    lastError: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  employeeProgrammeWaves: {
    workspaceId: string;
    surveyId: string;
    scheduleId: string;
    series: Generated<string>;
    wave: number;
    closeAt: Timestamp;
    createdAt: Timestamp;
  };
  // Converse: knowledge base and bot (20261208010000_knowledge).
  knowledgeArticles: {
    workspaceId: string;
    id: string;
    title: JsonColumn<{ en?: string; vi?: string }>;
    body: JsonColumn<{ en?: string; vi?: string }>;
    questions: JsonColumn<string[]>;
    tags: ColumnType<string[], string[] | undefined, string[]>;
    status: ColumnType<'published' | 'draft', 'published' | 'draft' | undefined, 'published' | 'draft'>;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  botIntents: {
    workspaceId: string;
    id: string;
    name: string;
    examples: JsonColumn<string[]>;
    reply: JsonColumn<{ en: string; vi?: string }>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  botSettings: {
    workspaceId: string;
    enabled: ColumnType<boolean, boolean | undefined, boolean>;
    greeting: JsonColumn<{ en?: string; vi?: string }>;
    handoffRules: JsonColumn<{ condition: TCondition; reason: string }[]>;
    threshold: number;
    updatedAt: Timestamp;
  };
  users: {
    id: string;
    email: string;
    name: string;
    passwordHash: string;
    locale: ColumnType<TLocale, TLocale | undefined, TLocale>;
    createdAt: Timestamp;
    totpSecret: string | null;
    totpPendingSecret: string | null;
    totpEnabledAt: NullableTimestamp;
    totpLastStep: ColumnType<number | null, number | null | undefined, number | null>;
  };
  userRecoveryCodes: { userId: string; codeHash: string; usedAt: NullableTimestamp };
  passwordResetTokens: {
    tokenHash: string;
    userId: string;
    createdAt: Timestamp;
    expiresAt: Timestamp;
    usedAt: NullableTimestamp;
  };
  workspaces: {
    id: string;
    name: string;
    isDemo: Generated<boolean>;
    createdAt: Timestamp;
    requireTwoFactor: Generated<boolean>;
    embedOrigins: ColumnType<string[], string[] | undefined, string[]>;
    timeZone: Generated<string>;
    defaultLanguage: Generated<string>;
    brandColor: string | null;
    logoUrl: string | null;
    logoImage: Buffer | null;
    logoContentType: string | null;
    identitySecret: string | null;
    requireIdentityVerification: Generated<boolean>;
    rollupRebuildStatus: Generated<'idle' | 'queued' | 'running' | 'failed'>;
    rollupRebuildProgress: Generated<number>;
  };
  memberships: {
    workspaceId: string;
    userId: string;
    role: TRole;
    createdAt: Timestamp;
    deactivatedAt: NullableTimestamp;
    notificationDigest: Generated<'off' | 'daily'>;
  };
  workspaceSso: {
    workspaceId: string;
    enabled: Generated<boolean>;
    issuerUrl: string;
    clientId: string;
    /** Sealed by the secret box (`tpsb1:…`), never the secret itself. */
    clientSecret: string;
    allowedDomains: ColumnType<string[], string[] | undefined, string[]>;
    requireSso: Generated<boolean>;
    jitRole: TRole | null;
    updatedAt: Timestamp;
  };
  ssoIdentities: {
    workspaceId: string;
    issuer: string;
    subject: string;
    userId: string;
    createdAt: Timestamp;
    lastSignInAt: Timestamp;
  };
  sessions: {
    tokenHash: string;
    userId: string;
    workspaceId: string | null;
    csrfToken: string;
    createdAt: Timestamp;
    expiresAt: Timestamp;
    id: Generated<string>;
    userAgent: string | null;
    lastSeenAt: Generated<Date>;
    /** Set when the session was opened by this workspace's SSO: it then acts in that workspace only. */
    ssoWorkspaceId: ColumnType<string | null, string | null | undefined, string | null>;
  };
  teams: {
    workspaceId: string;
    id: string;
    name: string;
    description: Generated<string>;
    createdAt: Timestamp;
    businessHours: JsonColumn<TBusinessHours | null>;
    slaPolicy: JsonColumn<TSlaPolicy | null>;
    assignment: Generated<'round_robin' | 'manual'>;
    lastAssignedUserId: string | null;
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
    /** Employee programmes (20261208090000_employees). */
    audience: Generated<'customers' | 'employees'>;
    anonymous: Generated<boolean>;
    reportingAttributes: ColumnType<string[], string[] | undefined, string[]>;
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
    /** One-click unsubscribe token of automation and announcement emails (made when first needed). */
    unsubscribeToken: Generated<string | null>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  accounts: {
    workspaceId: string;
    id: string;
    name: string;
    domain: string | null;
    externalId: string | null;
    ownerTeamId: string | null;
    attributes: ColumnType<Record<string, unknown>, string | undefined, string>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  accountContacts: {
    workspaceId: string;
    accountId: string;
    contactId: string;
    role: string;
    createdAt: Timestamp;
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
    /** A personal link of an employee invitation (20261209040000_employee_invitations). */
    employeeId: ColumnType<string | null, string | null | undefined, string | null>;
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
    /** Account health: how much each contact role counts (null = the defaults in @touchpoint/schemas). */
    accountRoleWeights: ColumnType<Record<string, number> | null, string | null | undefined, string | null>;
    /** Minimum group sizes of anonymous results (null = 5 and 10; never below 3). */
    minGroupSize: ColumnType<number | null, number | null | undefined, number | null>;
    minCommentGroupSize: ColumnType<number | null, number | null | undefined, number | null>;
    /** Per-employee survey budget (20261209040000_employee_invitations; null = not limited). */
    employeeSurveyBudget: ColumnType<TContactBudget | null, string | null | undefined, string | null>;
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
    /** Exactly one of contactId / employeeId is set (20261209040000_employee_invitations). */
    contactId: string | null;
    employeeId: ColumnType<string | null, string | null | undefined, string | null>;
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
    itemKind: 'response' | 'review' | 'conversation';
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
    itemKind: 'response' | 'review' | 'conversation';
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
    itemKind: 'response' | 'review' | 'conversation';
    itemId: string;
    field: string;
    topicId: string;
    source: 'rule' | 'classifier';
    confidence: number;
    modelVersion: number | null;
    /** The polarity of the clauses that mention the topic (NULL before topic-level sentiment existed). */
    sentimentLabel: 'negative' | 'neutral' | 'positive' | 'mixed' | null;
    sentimentScore: number | null;
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
    attempts: Generated<number>;
    deadLetteredAt: NullableTimestamp;
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
  alertRules: {
    workspaceId: string;
    id: string;
    name: string;
    kind: Generated<'feedback' | 'anomaly'>;
    surveyId: string | null;
    condition: JsonColumn<Record<string, unknown> | null>;
    anomaly: JsonColumn<Record<string, unknown> | null>;
    createCase: JsonColumn<Record<string, unknown> | null>;
    notify: JsonColumn<Record<string, unknown>>;
    active: Generated<boolean>;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  cases: {
    workspaceId: string;
    id: string;
    number: number;
    title: string;
    description: Generated<string>;
    status: Generated<'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed'>;
    priority: Generated<'low' | 'normal' | 'high' | 'urgent'>;
    source: Generated<'manual' | 'alert' | 'automation' | 'api'>;
    alertRuleId: string | null;
    contactId: string | null;
    touchpointId: string | null;
    topicId: string | null;
    teamId: string | null;
    assigneeId: string | null;
    actionPlanId: string | null;
    firstActionDueAt: NullableTimestamp;
    resolveDueAt: NullableTimestamp;
    firstActionAt: NullableTimestamp;
    resolvedAt: NullableTimestamp;
    closedAt: NullableTimestamp;
    escalationLevel: Generated<number>;
    firstActionBreached: Generated<boolean>;
    resolveBreached: Generated<boolean>;
    outcome: 'resolved' | 'not_resolved' | 'no_reply' | 'not_contactable' | null;
    outcomeNote: string | null;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  caseItems: {
    workspaceId: string;
    caseId: string;
    itemKind: 'response' | 'review' | 'conversation';
    itemId: string;
  };
  caseActivities: {
    workspaceId: string;
    id: Generated<number>;
    caseId: string;
    kind: string;
    actor: string | null;
    body: Generated<string>;
    data: JsonColumn<Record<string, unknown>>;
    createdAt: Timestamp;
  };
  alerts: {
    workspaceId: string;
    id: string;
    ruleId: string;
    subjectKind: 'response' | 'review' | 'metric' | 'conversation';
    subjectKey: string;
    caseId: string | null;
    facts: JsonColumn<Record<string, unknown>>;
    firedAt: Timestamp;
  };
  caseFollowUps: {
    workspaceId: string;
    id: string;
    caseId: string;
    channel: Generated<'email'>;
    toAddress: string;
    subject: string;
    body: string;
    status: Generated<'queued' | 'sent' | 'failed'>;
    error: string | null;
    tokenHash: string;
    feltHeard: boolean | null;
    customerComment: string | null;
    answeredAt: NullableTimestamp;
    createdBy: string | null;
    createdAt: Timestamp;
    sentAt: NullableTimestamp;
  };
  actionPlans: {
    workspaceId: string;
    id: string;
    title: string;
    description: Generated<string>;
    topicId: string | null;
    touchpointId: string | null;
    ownerTeamId: string | null;
    dueDate: ColumnType<string | null, string | null | undefined, string | null>;
    status: Generated<'planned' | 'in_progress' | 'done' | 'cancelled'>;
    metric: Generated<'nps' | 'csat' | 'ces'>;
    expectedEffect: number | null;
    announcementSubject: string | null;
    announcementBody: string | null;
    completedAt: NullableTimestamp;
    announcedAt: NullableTimestamp;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  actionPlanNotices: {
    workspaceId: string;
    planId: string;
    contactId: string;
    status: 'sent' | 'skipped_unsubscribed' | 'skipped_budget' | 'skipped_no_email' | 'failed';
    error: string | null;
    createdAt: Timestamp;
  };
  automationRules: {
    workspaceId: string;
    id: string;
    name: string;
    description: Generated<string>;
    trigger: JsonColumn<Record<string, unknown>>;
    condition: JsonColumn<Record<string, unknown> | null>;
    actions: JsonColumn<Record<string, unknown>[]>;
    active: Generated<boolean>;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  automationRuns: {
    workspaceId: string;
    id: Generated<number>;
    ruleId: string;
    triggerKey: string;
    subjectKind: string;
    subjectId: string;
    status: 'running' | 'succeeded' | 'failed' | 'skipped';
    depth: Generated<number>;
    results: JsonColumn<Record<string, unknown>[]>;
    /** Rule ids of the runs whose actions led to this one, oldest first (loop prevention). */
    chain: JsonColumn<string[]>;
    error: string | null;
    startedAt: Timestamp;
    finishedAt: NullableTimestamp;
  };
  couponPools: {
    workspaceId: string;
    id: string;
    name: string;
    description: Generated<string>;
    createdAt: Timestamp;
  };
  couponCodes: {
    workspaceId: string;
    poolId: string;
    code: string;
    contactId: string | null;
    runId: number | null;
    assignedAt: NullableTimestamp;
  };
  itemTags: {
    workspaceId: string;
    itemKind: 'response' | 'review' | 'contact' | 'case' | 'conversation';
    itemId: string;
    tag: string;
    createdBy: string | null;
    createdAt: Timestamp;
  };
  sentimentCalibrations: {
    workspaceId: string;
    version: number;
    status: Generated<'training' | 'active' | 'inactive' | 'rejected' | 'failed'>;
    progress: Generated<number>;
    stage: Generated<string>;
    examples: Generated<number>;
    heldOut: Generated<number>;
    comparison: JsonColumn<Record<string, unknown> | null>;
    model: JsonColumn<unknown>;
    error: string | null;
    createdBy: string | null;
    createdAt: Timestamp;
    trainedAt: NullableTimestamp;
  };
  churnModels: {
    workspaceId: string;
    version: number;
    label: JsonColumn<{ attribute: string } | { event: string }>;
    status: Generated<'training' | 'ready' | 'failed'>;
    progress: Generated<number>;
    stage: Generated<string>;
    metrics: JsonColumn<Record<string, unknown> | null>;
    model: JsonColumn<unknown>;
    error: string | null;
    contactsScored: Generated<number>;
    createdBy: string | null;
    createdAt: Timestamp;
    trainedAt: NullableTimestamp;
  };
  contactChurnScores: {
    workspaceId: string;
    contactId: string;
    score: number;
    band: 'low' | 'medium' | 'high';
    reasons: JsonColumn<Record<string, unknown>[]>;
    modelVersion: number;
    scoredAt: Timestamp;
  };
  notifications: {
    workspaceId: string;
    id: Generated<number>;
    userId: string;
    kind: string;
    title: string;
    body: Generated<string>;
    link: string | null;
    sourceKey: string;
    readAt: NullableTimestamp;
    digestedAt: NullableTimestamp;
    createdAt: Timestamp;
  };
  conversations: {
    workspaceId: string;
    id: string;
    status: 'bot' | 'open' | 'pending' | 'resolved';
    contactId: string | null;
    /** Unverified identifiers a public chat page claimed that matched an existing contact (not linked). */
    claimedIdentity: JsonColumn<{ externalId?: string; email?: string; name?: string } | null>;
    language: 'en' | 'vi';
    tokenHash: string;
    channel: string;
    touchpointId: string | null;
    assigneeUserId: string | null;
    teamId: string | null;
    handoffReason: string | null;
    handedOverAt: NullableTimestamp;
    firstResponseAt: NullableTimestamp;
    firstResponseDueAt: NullableTimestamp;
    resolvedAt: NullableTimestamp;
    resolvedByUserId: string | null;
    resolvedByTeamId: string | null;
    resolution: 'bot_confirmed' | 'bot_assumed' | 'agent' | null;
    snoozedUntil: NullableTimestamp;
    caseId: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
    lastMessageAt: Timestamp;
  };
  conversationMessages: {
    workspaceId: string;
    id: string;
    conversationId: string;
    author: 'customer' | 'bot' | 'agent' | 'system';
    authorUserId: string | null;
    text: string;
    private: Generated<boolean>;
    clientMessageId: string | null;
    inReplyTo: string | null;
    createdAt: Timestamp;
  };
  conversationBotDecisions: {
    workspaceId: string;
    messageId: string;
    conversationId: string;
    confidence: number;
    handoff: Generated<boolean>;
    reason: string | null;
    articleId: string | null;
    intent: string | null;
    createdAt: Timestamp;
  };
  agentPresence: {
    workspaceId: string;
    userId: string;
    presence: Generated<'online' | 'away' | 'offline'>;
    capacity: Generated<number>;
    lastSeenAt: NullableTimestamp;
    lastAssignedAt: NullableTimestamp;
  };
  cannedReplies: {
    workspaceId: string;
    id: string;
    shortcut: string;
    title: string;
    text: JsonColumn<{ en: string; vi?: string | undefined }>;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  conversationSettings: {
    workspaceId: string;
    routing: JsonColumn<
      { teamId: string; language?: 'en' | 'vi'; channel?: string; touchpointId?: string }[]
    >;
    updatedAt: Timestamp;
  };
  segments: {
    workspaceId: string;
    id: string;
    name: string;
    description: Generated<string>;
    kind: 'dynamic' | 'static';
    condition: ColumnType<Record<string, unknown> | null, string | null, string | null>;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  segmentMembers: {
    workspaceId: string;
    segmentId: string;
    contactId: string;
    addedAt: Timestamp;
  };
  maturityAssessments: {
    workspaceId: string;
    id: string;
    userId: string | null;
    role: string;
    answers: JsonColumn<Record<string, number>>;
    result: JsonColumn<Record<string, unknown>>;
    createdAt: Timestamp;
  };
  nbaRules: {
    workspaceId: string;
    id: string;
    builtinKey: string | null;
    name: string;
    description: Generated<string>;
    condition: JsonColumn<Record<string, unknown>>;
    action: JsonColumn<Record<string, unknown>>;
    priority: Generated<number>;
    cooldownDays: Generated<number>;
    active: Generated<boolean>;
    createdAt: Generated<Date>;
    updatedAt: Generated<Date>;
  };
  nbaActionsTaken: {
    workspaceId: string;
    id: string;
    ruleId: string;
    contactId: string;
    accountId: string | null;
    kind: string;
    evidence: Generated<string>;
    result: JsonColumn<Record<string, unknown>>;
    takenBy: string | null;
    takenAt: Generated<Date>;
  };
  emailTemplates: {
    workspaceId: string;
    id: string;
    name: string;
    defaultLanguage: string;
    content: JsonColumn<Record<string, { subject: string; body: string }>>;
    createdAt: Generated<Date>;
    updatedAt: Generated<Date>;
  };
  campaigns: {
    workspaceId: string;
    id: string;
    name: string;
    segmentId: string | null;
    segmentName: Generated<string>;
    kind: 'survey' | 'email';
    surveyId: string | null;
    templateId: string | null;
    priority: Generated<string>;
    status: Generated<'draft' | 'sending' | 'sent' | 'failed'>;
    total: Generated<number>;
    processed: Generated<number>;
    error: string | null;
    createdBy: string | null;
    createdAt: Generated<Date>;
    startedAt: NullableTimestamp;
    finishedAt: NullableTimestamp;
  };
  templateEmails: {
    workspaceId: string;
    id: string;
    templateId: string | null;
    contactId: string;
    source: string;
    email: string;
    language: string;
    subject: string;
    body: string;
    links: JsonColumn<string[]>;
    clickToken: string;
    status: Generated<'queued' | 'sending' | 'sent' | 'failed'>;
    error: string | null;
    attempts: Generated<number>;
    createdAt: Generated<Date>;
    sentAt: NullableTimestamp;
    clickedAt: NullableTimestamp;
  };
  campaignRecipients: {
    workspaceId: string;
    campaignId: string;
    contactId: string;
    email: string | null;
    language: string | null;
    status: 'queued' | 'skipped';
    skipReason: string | null;
    detail: string | null;
    invitationId: string | null;
    templateEmailId: string | null;
    createdAt: Generated<Date>;
  };
}
