import type { TCsvTable } from '../../lib/csv';
import type { TRecipient } from './distribution.api';

/** What the API takes in one call (ZSendInvitationsBody). */
export const MAX_RECIPIENTS = 1000;
const MAX_NAME = 120;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** A line (or CSV row) that cannot be sent as it is, and why, as a translation key under `sendEmail.problems`. */
export interface TRecipientProblem {
  line: number;
  text: string;
  problem: 'noEmail' | 'badLanguage' | 'longName';
}

export interface TParsedRecipients {
  recipients: (TRecipient & { line: number })[];
  problems: TRecipientProblem[];
}

/** `VI` → `vi`, `vi_vn` → `vi-VN`; anything else is returned as typed, for the check to refuse. */
export function normalizeLanguage(value: string): string {
  const match = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?$/.exec(value.trim());
  if (!match) return value.trim();
  const [, base = '', region] = match;
  return region ? `${base.toLowerCase()}-${region.toUpperCase()}` : base.toLowerCase();
}

function toRecipient(
  line: number,
  text: string,
  email: string,
  name: string,
  language: string,
): { recipient?: TRecipient & { line: number }; problem?: TRecipientProblem } {
  if (!email) return { problem: { line, text, problem: 'noEmail' } };
  const normalized = language ? normalizeLanguage(language) : '';
  if (normalized && !LANGUAGE_PATTERN.test(normalized)) {
    return { problem: { line, text, problem: 'badLanguage' } };
  }
  if (name.length > MAX_NAME) return { problem: { line, text, problem: 'longName' } };
  return {
    recipient: {
      line,
      email,
      ...(name ? { name } : {}),
      ...(normalized ? { language: normalized } : {}),
    },
  };
}

const looksLikeLanguage = (value: string) => LANGUAGE_PATTERN.test(normalizeLanguage(value));

/**
 * Pasted recipients, one a line: `email`, `email, name` or `email, name, language` (commas, semicolons or
 * tabs, as a spreadsheet pastes them); `email, , vi` gives a language without a name. Blank lines, `#`
 * comments and a header line (`email, name…`) are skipped. Email addresses are not judged here: the
 * server reports each bad one without failing the others.
 */
export function parseRecipientLines(text: string): TParsedRecipients {
  const result: TParsedRecipients = { recipients: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const parts = line.split(/[,;\t]/).map((part) => part.trim());
    const [first = '', ...rest] = parts;
    if (index === 0 && /^e-?mail$/i.test(first)) return;
    // "Ana Lima <ana@example.com>" as mail programs copy it (then the next part is the language).
    const angle = /^(.*)<([^>]+)>$/.exec(first);
    const email = angle ? (angle[2] ?? '').trim() : first;
    // The third part is the language. More parts: a name with commas, then a language if the last is one.
    let language = '';
    if (
      (angle && rest.length === 1) ||
      rest.length === 2 ||
      (rest.length > 2 && looksLikeLanguage(rest[rest.length - 1] ?? ''))
    ) {
      language = rest.pop() ?? '';
    }
    const name = (angle ? (angle[1] ?? '').trim().replace(/^"|"$/g, '') : rest.join(', ')).trim();
    const { recipient, problem } = toRecipient(index + 1, line, email, name, language);
    if (recipient) result.recipients.push(recipient);
    if (problem) result.problems.push(problem);
  });
  return result;
}

const COLUMN_ALIASES: Record<'email' | 'name' | 'language', readonly string[]> = {
  email: ['email', 'e-mail', 'email_address', 'emailaddress', 'mail'],
  name: ['name', 'full_name', 'fullname', 'contact_name', 'customer_name'],
  language: ['language', 'lang', 'locale'],
};

/** Which CSV column holds the email, the name and the language (by common header names, any case). */
export function findRecipientColumns(columns: readonly string[]) {
  const find = (field: keyof typeof COLUMN_ALIASES) =>
    columns.find((column) =>
      COLUMN_ALIASES[field].includes(
        column
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_'),
      ),
    ) ?? (field === 'email' ? columns.find((column) => /e-?mail/i.test(column)) : undefined);
  return { email: find('email'), name: find('name'), language: find('language') };
}

/** Recipients from an uploaded CSV with email / name / language columns. */
export function recipientsFromCsv(table: TCsvTable): TParsedRecipients & { hasEmailColumn: boolean } {
  const columns = findRecipientColumns(table.columns);
  const result: TParsedRecipients = { recipients: [], problems: [] };
  if (!columns.email) return { ...result, hasEmailColumn: false };
  for (const { line, record } of table.rows) {
    const email = (record[columns.email] ?? '').trim();
    const name = columns.name ? (record[columns.name] ?? '').trim() : '';
    const language = columns.language ? (record[columns.language] ?? '').trim() : '';
    const text = [email, name, language].filter(Boolean).join(', ');
    const { recipient, problem } = toRecipient(line, text, email, name, language);
    if (recipient) result.recipients.push(recipient);
    if (problem) result.problems.push(problem);
  }
  return { ...result, hasEmailColumn: true };
}
