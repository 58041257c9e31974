/** The roles a contact can have in an account out of the box; workspaces may use their own too. */
export const ACCOUNT_ROLES = ['decision_maker', 'influencer', 'finance', 'technical', 'user'] as const;

/** How much each role counts in an account's health unless the workspace says otherwise. */
export const DEFAULT_ACCOUNT_ROLE_WEIGHTS: Readonly<Record<string, number>> = {
  decision_maker: 3,
  influencer: 2,
  finance: 2,
  technical: 1,
  user: 1,
};

/** The weight of a role the workspace defined but gave no weight. */
export const DEFAULT_CUSTOM_ROLE_WEIGHT = 1;

/** The window account health reads, in days (and the previous window of the same length for the trend). */
export const ACCOUNT_HEALTH_WINDOW_DAYS = 90;

export const ACCOUNT_SORTS = ['health', 'risk', 'spend', 'renewal', 'name'] as const;
