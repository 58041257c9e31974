export {
  generateIdentitySecret,
  isValidUserHash,
  openIdentitySecret,
  type PageIdentifiers,
  type PageIdentity,
  screenPageIdentity,
  sealIdentitySecret,
  sealPlainIdentitySecrets,
  userHashOf,
} from './page-identity';
export { chatContactOfIdentity, withScreenedContact, workspaceOfSurvey } from './public-contact';
