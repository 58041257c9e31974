export { accountRoutes } from './accounts.routes';
export { accountOfContact, linkContactToAccount } from './accounts.service';
