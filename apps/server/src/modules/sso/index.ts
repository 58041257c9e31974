export { refuseIssuerUrl } from './oidc-provider-client';
export { ssoRoutes } from './sso.routes';
