export { accountRoutes } from './accounts.routes';
export { accountOfContact, linkContactToAccount, updateAccount } from './accounts.service';
