export { createAuthenticator } from './authenticate';
export { identityRoutes } from './identity.routes';
export { buildMe, findUserIdByEmail, insertUser, insertWorkspace, signInAs } from './identity.service';
export { purgeExpiredSessions, startSession } from './sessions';
export { sealPlainTwoFactorSecrets } from './two-factor';
export { embedOriginsOf } from './workspace-security.service';
