export { createAuthenticator } from './authenticate';
export { identityRoutes } from './identity.routes';
export { buildMe, findUserIdByEmail, insertUser, insertWorkspace, signInAs } from './identity.service';
export { purgeExpiredSessions } from './sessions';
export { embedOriginsOf } from './workspace-security.service';
export { sealPlainTwoFactorSecrets } from './two-factor';
export { startSession } from './sessions';
