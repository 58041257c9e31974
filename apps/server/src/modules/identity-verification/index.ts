export {
  generateIdentitySecret,
  isValidUserHash,
  type PageIdentifiers,
  type PageIdentity,
  screenPageIdentity,
  userHashOf,
} from './page-identity';
export { chatContactOfIdentity, withScreenedContact, workspaceOfSurvey } from './public-contact';
