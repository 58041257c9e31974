import { ROLES, type TRole } from './constants';

/**
 * What each role may do. One table, read by the server (to refuse) and by the web app (to hide what a
 * user cannot do). Later features add their own permissions here.
 */
export const PERMISSIONS = {
  'workspace.read': ['admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer'],
  'members.manage': ['admin'],
  'invitations.manage': ['admin'],
  'teams.manage': ['admin', 'cx_manager'],
  'apiKeys.manage': ['admin'],
  'auditLog.read': ['admin'],
  'journeys.manage': ['admin', 'cx_manager'],
  'surveys.manage': ['admin', 'cx_manager'],
  'responses.read': ['admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer'],
  'responses.export': ['admin', 'cx_manager', 'analyst'],
  'contacts.read': ['admin', 'cx_manager', 'analyst', 'team_member', 'agent'],
  'contacts.write': ['admin', 'cx_manager'],
  'invitations.send': ['admin', 'cx_manager'],
  'settings.manage': ['admin', 'cx_manager'],
  'reviews.write': ['admin', 'cx_manager', 'analyst'],
  // Topics: writing rules, tagging examples and retraining the workspace's classifier.
  'topics.manage': ['admin', 'cx_manager', 'analyst'],
  // Trend annotations (events marked on the timeline); reading them needs responses.read.
  'annotations.manage': ['admin', 'cx_manager', 'analyst'],
  // Personal data inside comments (emails, phones, card numbers…); everyone else sees it redacted.
  'pii.read': ['admin', 'cx_manager', 'agent'],
  // Webhooks send workspace data to outside URLs and hold signing secrets.
  'webhooks.manage': ['admin'],
  // Cases: reading the inbox, working cases (create, update, notes, follow-ups), and alert rules.
  'cases.read': ['admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer'],
  'cases.work': ['admin', 'cx_manager', 'team_member', 'agent'],
  'alertRules.manage': ['admin', 'cx_manager'],
  // Automation rules (they email customers, hand out coupons and call webhooks) and coupon pools.
  'automations.manage': ['admin', 'cx_manager'],
  // Action plans (the outer loop: root causes across cases) and their "you said, we did" notices.
  'actionPlans.manage': ['admin', 'cx_manager', 'team_member'],
  // Knowledge base articles and the bot (intents, settings, hand-over rules); every member reads them.
  'knowledge.manage': ['admin', 'cx_manager'],
  'bot.manage': ['admin', 'cx_manager'],
  // Conversations (the inbox): reading them, and working them (replies, notes, transfer, resolve, presence).
  'conversations.read': ['admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer'],
  'conversations.work': ['admin', 'cx_manager', 'team_member', 'agent'],
  // The employee directory (staff names, emails, managers) and its import; anonymous results are guarded.
  'employees.manage': ['admin', 'cx_manager'],
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof PERMISSIONS;

export function can(role: TRole, permission: TPermission): boolean {
  return (PERMISSIONS[permission] as readonly TRole[]).includes(role);
}

export function permissionsOf(role: TRole): TPermission[] {
  return (Object.keys(PERMISSIONS) as TPermission[]).filter((p) => can(role, p));
}

/**
 * The most capable role that may do nothing either role may not: `a` when `b` may do everything `a` may,
 * and so on. Roles are not a ladder (an analyst exports, an agent works cases), so when neither contains
 * the other this is the largest role inside both (at worst `viewer`). An API key acts with the narrower
 * of its own role and its creator's current role.
 */
export function narrowerRole(a: TRole, b: TRole): TRole {
  let best: TRole = 'viewer';
  let bestCount = -1;
  for (const role of ROLES) {
    const permissions = permissionsOf(role);
    if (permissions.every((p) => can(a, p) && can(b, p)) && permissions.length > bestCount) {
      best = role;
      bestCount = permissions.length;
    }
  }
  return best;
}
