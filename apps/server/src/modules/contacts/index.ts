export { contactRoutes } from './contacts.routes';
export { normaliseIdentifiers, resolveContact } from './identity-resolution';
