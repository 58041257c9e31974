import type { Db, Tx } from '../../platform/db/database';
import type { SecretBox } from '../../platform/secret-box';
import { normaliseIdentifiers, resolveContact } from '../contacts/index';
import { type PageIdentifiers, type PageIdentity, screenPageIdentity } from './page-identity';

/**
 * A public request body (widget, display, answer) with its page-supplied `contact` screened: kept when the
 * identity is verified (or unverified in a workspace that does not require verification), removed when it
 * is refused — the request then goes on as an anonymous visitor, so the identifiers never find, merge into,
 * read from or attach anything to a contact.
 */
export async function withScreenedContact<
  T extends {
    contact?: (PageIdentifiers & { userHash?: string | undefined }) | undefined;
    userHash?: string | undefined;
  },
>(db: Db, box: SecretBox, workspaceId: string | undefined, body: T): Promise<T> {
  if (!body.contact) return body;
  // The hash may come in the body or inside the contact (as `Touchpoint.identify({ email, userHash })` sends it).
  const { userHash: innerHash, ...contact } = body.contact;
  const userHash = body.userHash ?? innerHash;
  const { contact: _given, userHash: _hash, ...rest } = body;
  if (!workspaceId) return { ...rest, contact } as T; // the service answers 404 for an unknown survey or workspace
  const identity = await screenPageIdentity(db, box, workspaceId, contact, userHash);
  if (!identity.identifiers) return rest as T;
  // Verified: only the signed identifier goes on (the others were not signed); other fields are kept.
  const { externalId: _e, email: _m, phone: _p, ...others } = contact;
  return { ...rest, contact: { ...others, ...definedOnly(identity.identifiers) } } as T;
}

function definedOnly(ids: PageIdentifiers): PageIdentifiers {
  return Object.fromEntries(Object.entries(ids).filter(([, value]) => value !== undefined && value !== ''));
}

/** The workspace of a survey, for screening a public answer before the ingestion path sees it. */
export async function workspaceOfSurvey(db: Db, surveyId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('surveys')
    .select('workspaceId')
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row?.workspaceId;
}

type ClaimedIdentity = { externalId?: string; email?: string; name?: string };

/**
 * The chat's contact for a screened identity, or null when the chat's own rule for unverified identities
 * applies. Verified: the conversation joins the known contact (created when new; the name fills a gap).
 * Refused: no contact at all, the claim is kept as unverified for the agent to see.
 */
export async function chatContactOfIdentity(
  tx: Tx,
  workspaceId: string,
  identity: PageIdentity,
  contact:
    | { externalId?: string | undefined; email?: string | undefined; name?: string | undefined }
    | undefined,
): Promise<{ contactId: string | null; claimedIdentity: ClaimedIdentity | null } | null> {
  if (identity.status === 'unverified' || identity.status === 'anonymous') return null;
  // Verified: the screened identifiers hold only what the hash signed (never an unsigned email beside it).
  const source = identity.status === 'verified' ? (identity.identifiers ?? {}) : (contact ?? {});
  const ids = normaliseIdentifiers({ externalId: source.externalId, email: source.email });
  const name = contact?.name?.trim() || undefined;
  if (identity.status === 'verified') {
    const resolved = await resolveContact(tx, workspaceId, ids, {}, 'system');
    if (name && resolved.contact.attributes.name === undefined) {
      await tx
        .updateTable('contacts')
        .set({ attributes: JSON.stringify({ ...resolved.contact.attributes, name }), updatedAt: new Date() })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', resolved.contact.id)
        .execute();
    }
    return { contactId: resolved.contact.id, claimedIdentity: null };
  }
  const claim: ClaimedIdentity = {
    ...(ids.externalId ? { externalId: ids.externalId } : {}),
    ...(ids.email ? { email: ids.email } : {}),
    ...(name ? { name } : {}),
  };
  return { contactId: null, claimedIdentity: Object.keys(claim).length > 0 ? claim : null };
}
