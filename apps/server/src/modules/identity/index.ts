export { createAuthenticator } from './authenticate';
export { buildMe, insertUser, insertWorkspace, signInAs } from './identity.service';
export { identityRoutes } from './identity.routes';
export { purgeExpiredSessions } from './sessions';
