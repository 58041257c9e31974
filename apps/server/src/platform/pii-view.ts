import { redactPii } from '@touchpoint/core';
import { can, type TRole } from '@touchpoint/schemas';

/** A contact's own identifiers (name, email, phone), replaced wherever they appear in text about them. */
export type KnownIdentifiers = readonly (string | null | undefined)[];

/**
 * The one policy for personal data in API answers; every reading path that returns customer text or
 * contact details goes through it, so a new endpoint cannot forget it.
 * - Free text (answers, hidden fields, reviews, case titles, notes, follow-ups, error details) is shown as
 *   written only with `pii.read`; otherwise emails, phones, card numbers, national ids and addresses become
 *   `[type]` (`redactPii`, the same redaction the text analytics stores), and the contact's known
 *   identifiers become `[name]` / `[email]` / `[phone]` (a name has no format a detector could find).
 * - A contact field (an invitation's recipient, a case's customer) is the contact directory's data: shown
 *   to whoever may read contacts (`contacts.read`) or personal data (`pii.read`), otherwise masked.
 */
export interface PiiView {
  readonly canReadPii: boolean;
  readonly canReadContacts: boolean;
  text(value: string, known?: KnownIdentifiers): string;
  /** `text` for optional values. */
  optionalText(value: string | null, known?: KnownIdentifiers): string | null;
  /** Every string value of a record (answers, hidden fields) through `text`; numbers and ids pass. */
  values<T extends Record<string, unknown>>(record: T, known?: KnownIdentifiers): T;
  /** A contact's email address (or another contact field) as the caller may see it. */
  contactEmail(value: string): string;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function maskKnown(text: string, known: KnownIdentifiers): string {
  let result = text.normalize('NFC');
  for (const value of known) {
    const trimmed = value?.normalize('NFC').trim();
    // One- and two-letter values ("A", "Bo") would blank out ordinary words.
    if (!trimmed || trimmed.length < 3) continue;
    const kind = trimmed.includes('@') ? 'email' : /^\+?[\d\s().-]+$/.test(trimmed) ? 'phone' : 'name';
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}])`, 'giu');
    result = result.replace(pattern, `[${kind}]`);
  }
  return result;
}

function createPiiView(canReadPii: boolean, canReadContacts: boolean): PiiView {
  const text = (value: string, known: KnownIdentifiers = []) =>
    canReadPii ? value : redactPii(maskKnown(value, known)).redacted;
  return {
    canReadPii,
    canReadContacts,
    text,
    optionalText: (value, known) => (value === null ? null : text(value, known)),
    values: (record, known) =>
      canReadPii
        ? record
        : (Object.fromEntries(
            Object.entries(record).map(([key, value]) => [
              key,
              typeof value === 'string' ? text(value, known) : value,
            ]),
          ) as typeof record),
    contactEmail: (value) => (canReadContacts || canReadPii ? value : value && '[email]'),
  };
}

/** What a caller with this role may see of personal data. */
export function piiViewOf(principal: { role: TRole }): PiiView {
  return createPiiView(can(principal.role, 'pii.read'), can(principal.role, 'contacts.read'));
}
