import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db, Tx } from '../../platform/db/database';
import type { SecretBox } from '../../platform/secret-box';

/** Identifiers a web page says its visitor has (widget `identify`, the chat, the public survey API). */
export interface PageIdentifiers {
  externalId?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

/**
 * What the server makes of a page's claim:
 * - `verified`: the page sent a valid `userHash`, made on the customer's server with the workspace secret;
 *   only the signed identifier is kept (see `signedIdentifiersOf`), so it finds at most one contact and
 *   never folds two existing profiles together.
 * - `unverified`: no hash, in a workspace that does not require one; each caller applies its own rule.
 * - `refused`: the workspace requires verification and the hash is missing or wrong, or a hash was sent
 *   and is wrong; the identifiers must not reach any contact (the visitor is anonymous).
 */
export type PageIdentityStatus = 'verified' | 'unverified' | 'refused' | 'anonymous';

export interface PageIdentity {
  status: PageIdentityStatus;
  /** The identifiers when they may be used to find a contact (verified, or unverified by the workspace's choice). */
  identifiers: PageIdentifiers | undefined;
}

/** A new random secret (256 bits); the customer's server keeps it, the page never sees it. */
/** What a sealed identity secret is bound to: it opens in `workspaces.identity_secret` only. */
const IDENTITY_SECRET_PURPOSE = 'workspaces.identity_secret';

/** Seals an identity secret for storage (AES-256-GCM with the server's secret key, like TOTP seeds). */
export function sealIdentitySecret(box: SecretBox, secret: string): string {
  return box.seal(secret, IDENTITY_SECRET_PURPOSE);
}

/** The identity secret of a stored value (a value from before sealing is returned as it is). */
export function openIdentitySecret(box: SecretBox, stored: string): string {
  return box.open(stored, IDENTITY_SECRET_PURPOSE);
}

/**
 * Seals identity secrets stored in plain text before they were encrypted (run on start, like the TOTP
 * seeds); returns how many. Conditional on the plain value, so a secret rotated meanwhile is kept.
 */
export async function sealPlainIdentitySecrets(db: Db, box: SecretBox): Promise<number> {
  const rows = await db
    .selectFrom('workspaces')
    .select(['id', 'identitySecret'])
    .where('identitySecret', 'is not', null)
    .where('identitySecret', 'not like', 'tpsb1:%')
    .execute();
  let sealed = 0;
  for (const row of rows) {
    if (row.identitySecret === null || box.isSealed(row.identitySecret)) continue;
    const result = await db
      .updateTable('workspaces')
      .set({ identitySecret: sealIdentitySecret(box, row.identitySecret) })
      .where('id', '=', row.id)
      .where('identitySecret', '=', row.identitySecret)
      .executeTakeFirst();
    sealed += Number(result.numUpdatedRows);
  }
  return sealed;
}

export function generateIdentitySecret(): string {
  return `tpiv_${randomBytes(32).toString('base64url')}`;
}

/** The identifier a hash covers: the external id when the page gives one, otherwise the email. */
export function hashSubjectOf(ids: PageIdentifiers): string | undefined {
  return ids.externalId?.trim() || ids.email?.trim() || undefined;
}

/**
 * The part of a claim the hash actually signs: the external id when given, otherwise the email. The other
 * identifiers were not signed, so a verified page must not use them to find (or fold) another profile:
 * a visitor with a valid hash for her own id could otherwise add someone else's email and take over
 * (merge, then export) that person's profile.
 */
export function signedIdentifiersOf(claim: PageIdentifiers): PageIdentifiers {
  const externalId = claim.externalId?.trim();
  if (externalId) return { externalId };
  return { email: claim.email?.trim() };
}

/** HMAC-SHA256 of the value with the secret, as lowercase hex (what the customer's server computes). */
export function userHashOf(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value, 'utf8').digest('hex');
}

/**
 * Whether `userHash` signs these identifiers. Compared in constant time; an email may be signed as written
 * or lower-cased (people are matched case-insensitively by email, so either form names the same person).
 */
export function isValidUserHash(secret: string, ids: PageIdentifiers, userHash: string): boolean {
  const subject = hashSubjectOf(ids);
  if (!subject) return false;
  const given = Buffer.from(userHash.trim().toLowerCase(), 'utf8');
  const candidates = new Set([subject]);
  if (!ids.externalId?.trim()) candidates.add(subject.toLowerCase());
  let valid = false;
  for (const candidate of candidates) {
    const expected = Buffer.from(userHashOf(secret, candidate), 'utf8');
    // Always compare every candidate so the time taken does not depend on which one matched.
    if (given.length === expected.length && timingSafeEqual(given, expected)) valid = true;
  }
  return valid;
}

/** Decides what a page-supplied identity may do in this workspace (see `PageIdentityStatus`). */
export async function screenPageIdentity(
  db: Db | Tx,
  box: SecretBox,
  workspaceId: string,
  claim: PageIdentifiers | undefined,
  userHash: string | undefined,
): Promise<PageIdentity> {
  if (!claim || !(claim.externalId || claim.email || claim.phone)) {
    return { status: 'anonymous', identifiers: undefined };
  }
  const workspace = await db
    .selectFrom('workspaces')
    .select(['identitySecret', 'requireIdentityVerification'])
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  const secret = workspace?.identitySecret ? openIdentitySecret(box, workspace.identitySecret) : null;
  if (userHash !== undefined && userHash !== '') {
    if (secret && isValidUserHash(secret, claim, userHash)) {
      return { status: 'verified', identifiers: signedIdentifiersOf(claim) };
    }
    // A page that signs and gets it wrong is treated as an impostor, whatever the workspace requires.
    return { status: 'refused', identifiers: undefined };
  }
  if (workspace?.requireIdentityVerification) return { status: 'refused', identifiers: undefined };
  return { status: 'unverified', identifiers: claim };
}
