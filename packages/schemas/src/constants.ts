// Plain constants with no zod import, so the browser can use them without bundling the validator.
export const ROLES = ['admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer'] as const;
export type TRole = (typeof ROLES)[number];

export const LOCALES = ['en', 'vi'] as const;
export type TLocale = (typeof LOCALES)[number];
