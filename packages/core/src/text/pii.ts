// PII redaction for feedback text before it is stored, shown to agents or sent to an external model.
// Detectors are deliberately format-based (no dictionaries of names): each proposes spans, then overlaps are
// resolved in favour of the more specific type, so a Luhn-valid card number is never half-redacted as a
// phone and an e-mail address containing digits stays one finding.

import { foldDiacritics, normalizeText } from './normalize';
import { isVietnameseSyllable } from './topic-query';
import type { PiiFinding, PiiType, RedactionResult } from './types';

interface Candidate extends PiiFinding {
  /** Higher wins an overlap; the order encodes how specific (how unlikely to be accidental) a match is. */
  rank: number;
}

const RANK: Record<PiiType, number> = { email: 5, card: 4, national_id: 3, phone: 2, address: 1 };

/**
 * Replaces e-mails, phone numbers, payment cards, national ids and street addresses with `[type]`.
 * Offsets in `findings` refer to `normalizeText(text)` (NFC, entities decoded), which `redacted` is built from.
 */
export function redactPii(text: string): RedactionResult {
  const normalized = normalizeText(text);
  // Everything but an e-mail contains a digit; most feedback has neither, and skipping costs nothing.
  const hasDigit = /\d/.test(normalized);
  const findings = resolveOverlaps([
    ...(normalized.includes('@') ? findEmails(normalized) : []),
    ...(hasDigit ? findCards(normalized) : []),
    ...(hasDigit ? findNationalIds(normalized) : []),
    ...(hasDigit ? findPhones(normalized) : []),
    ...(hasDigit ? findAddresses(normalized) : []),
  ]);
  let redacted = '';
  let cursor = 0;
  for (const finding of findings) {
    redacted += `${normalized.slice(cursor, finding.start)}[${finding.type}]`;
    cursor = finding.end;
  }
  return { redacted: redacted + normalized.slice(cursor), findings };
}

function resolveOverlaps(candidates: Candidate[]): PiiFinding[] {
  const byPreference = [...candidates].sort(
    (a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of byPreference) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end))
      kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ type, start, end }) => ({ type, start, end }));
}

function candidate(type: PiiType, start: number, end: number): Candidate {
  return { type, start, end, rank: RANK[type] };
}

const digitsOf = (value: string): string => value.replace(/\D/g, '');

// --- e-mail ---------------------------------------------------------------------------------------------

// The local part accepts RFC 5322 "atext" so unusual but valid addresses are still caught; the domain needs
// a dot and an alphabetic top-level label, which keeps "@united" (a social handle) out.
const EMAIL =
  /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

function findEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(EMAIL)) {
    // Quotes and brackets typed around an address are prose, not part of it.
    const leading = /^['{|`]+/.exec(match[0])?.[0].length ?? 0;
    found.push(candidate('email', match.index + leading, match.index + match[0].length));
  }
  return found;
}

// --- payment cards ---------------------------------------------------------------------------------------

// 13–19 digits, optionally grouped by single spaces or dashes; a number preceded by "+" is a phone. Payment
// cards start with 2–6 (the banking and travel industry identifiers), which halves the Luhn check's one-in-ten
// false positives on long order and voucher codes.
const CARD = /(?<![\d+][ -]?)[2-6](?:[ -]?\d){12,18}(?![ -]?\d)/g;

/** Luhn's mod-10 check, as printed on every payment card number. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function findCards(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(CARD)) {
    const digits = digitsOf(match[0]);
    if (hasMixedSeparators(match[0])) continue;
    if (passesLuhn(digits)) found.push(candidate('card', match.index, match.index + match[0].length));
  }
  return found;
}

// "4111-1111 1111-1111" is not how anyone writes a card; mixing separators usually means two numbers.
function hasMixedSeparators(value: string): boolean {
  return value.includes(' ') && value.includes('-');
}

// --- national ids ----------------------------------------------------------------------------------------

// CCCD has 12 digits and CMND 9; both are also plausible order or account numbers, so they only count
// when the text names the document nearby. US SSNs have a distinctive 3-2-4 shape with reserved ranges.
const VN_ID = /(?<![\d.,-])(?:\d{12}|\d{9}|\d{3}([ .])\d{3}\1\d{3}(?:\1\d{3})?)(?![\d]|[.,-]\d)/g;
const VN_ID_CONTEXT = /\b(?:cccd|cmnd|cmt|can cuoc|chung minh|dinh danh|so id|id card|national id)\b/;
const SSN = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d]|-\d)/g;
const SSN_BARE = /(?<![\d-])\d{9}(?!\d)/g;
const SSN_CONTEXT = /\b(?:ssn|social security)\b/;
const CONTEXT_WINDOW = 40;

function findNationalIds(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(VN_ID)) {
    if (mentionsNearby(text, match.index, match.index + match[0].length, VN_ID_CONTEXT)) {
      found.push(candidate('national_id', match.index, match.index + match[0].length));
    }
  }
  for (const match of text.matchAll(SSN)) {
    if (isPlausibleSsn(match[1] ?? '', match[2] ?? '', match[3] ?? '')) {
      found.push(candidate('national_id', match.index, match.index + match[0].length));
    }
  }
  for (const match of text.matchAll(SSN_BARE)) {
    const value = match[0];
    if (
      isPlausibleSsn(value.slice(0, 3), value.slice(3, 5), value.slice(5)) &&
      mentionsNearby(text, match.index, match.index + value.length, SSN_CONTEXT)
    ) {
      found.push(candidate('national_id', match.index, match.index + value.length));
    }
  }
  return found;
}

// The SSA never issues area 000, 666 or 9xx, group 00 or serial 0000.
function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

// Context words are matched folded, so "căn cước", "Căn Cước" and "can cuoc" all count.
function mentionsNearby(text: string, start: number, end: number, context: RegExp): boolean {
  const window = text.slice(Math.max(0, start - CONTEXT_WINDOW), Math.min(text.length, end + CONTEXT_WINDOW));
  return context.test(foldDiacritics(window));
}

// --- phones ----------------------------------------------------------------------------------------------

// Separators between digit groups: one space, dot or dash (customers rarely type more).
const PHONE_PATTERNS: RegExp[] = [
  // International: "+44 20 7946 0958", "+1 (415) 555-0100", "+84 912 345 678".
  /(?<![\w+])\+\d{1,3}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,5})){1,6}(?![\w]|[ .-]\d)/g,
  // North American with separators: "(415) 555-0100", "415-555-0100", "1-415-555-0100".
  /(?<![\w+(]|\d[ .-])(?:1[ .-])?(?:\([2-9]\d{2}\)[ .-]?|[2-9]\d{2}[ .-])\d{3}[ .-]\d{4}(?![\w]|[ .-]\d)/g,
  // Vietnamese mobile, 10 digits from 03/05/07/08/09: "0912 345 678", "0912.345.678", "091-234-5678".
  /(?<![\w+]|\d[ .-])0[35789]\d(?:[ .-]?\d){7}(?![\w]|[ .-]\d)/g,
  // Vietnamese mobile in international form without "+": "84912345678".
  /(?<![\w+]|\d[ .-])84[35789]\d{8}(?![\w]|[ .-]\d)/g,
  // Vietnamese landline, 11 digits from 02: "028 3822 1234", "(028) 3822 1234".
  /(?<![\w+]|\d[ .-])(?:02\d(?:[ .-]?\d){8}|\(02\d\)[ .-]?\d{4}[ .-]?\d{4})(?![\w]|[ .-]\d)/g,
];

// Ten unbroken digits are as likely a booking or bag number, so a North American number typed without
// separators ("call me 9148445695") counts only when the text talks about calling.
const BARE_NANP_PHONE = /(?<![\w+])1?[2-9]\d{2}[2-9]\d{6}(?!\w)/g;
const PHONE_CONTEXT =
  /\b(?:call|called|calling|phone|tel|telephone|mobile|cell|text me|reach me|contact|hotline|sdt|so dien thoai|dien thoai|goi|lien he|zalo)\b/;

function findPhones(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of PHONE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const digitCount = digitsOf(match[0]).length;
      // E.164 allows at most 15 digits; fewer than 9 is an extension, a code or a quantity.
      if (digitCount < 9 || digitCount > 15) continue;
      found.push(candidate('phone', match.index, match.index + match[0].length));
    }
  }
  for (const match of text.matchAll(BARE_NANP_PHONE)) {
    const end = match.index + match[0].length;
    if (mentionsNearby(text, match.index, end, PHONE_CONTEXT))
      found.push(candidate('phone', match.index, end));
  }
  return found;
}

// --- street addresses ------------------------------------------------------------------------------------

const EN_STREET_TYPES = (
  'Street St Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Place Pl Way Terrace Parkway Pkwy ' +
  'Highway Hwy Square Sq Crescent Alley'
)
  .split(' ')
  // "12 High street" is as common as "12 High Street".
  .map((type) => `[${type[0]}${type[0]?.toLowerCase()}]${type.slice(1)}`)
  .join('|');
// A house number (optionally with a letter: "221B"), one to four capitalised name words or an ordinal
// ("5th"), then a street type; name words must be capitalised, otherwise "3 times on the way" would match.
// "Dr" and "St" before a capitalised name are titles ("on 5 May Dr Smith said"), not street types.
const EN_ADDRESS = new RegExp(
  `(?<![\\w/-])\\d{1,5}[A-Za-z]?(?:\\s+(?:\\p{Lu}[\\p{L}'-]*\\.?|\\d{1,3}(?:st|nd|rd|th))){1,4}\\s+(?:${EN_STREET_TYPES})\\b(?!(?<=[DdSs][rt])\\s+\\p{Lu}\\p{Ll})(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?`,
  'gu',
);

/** A case-insensitive pattern for one word without the `i` flag, which would also loosen `\p{Lu}`. */
function anyCase(word: string): string {
  return [...word]
    .map((char) => {
      const upper = char.toUpperCase();
      return upper === char ? escapeRegExp(char) : `[${upper}${char}]`;
    })
    .join('');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const alternatives = (words: string[]): string => words.map(anyCase).join('|');

// A capitalised Vietnamese name of one to four syllables ("Lê Lợi", "Nguyễn Thị Minh Khai"), or a street
// number ("3/2", "số 5").
const VN_KEYWORDS = 'phường quận huyện xã thị tỉnh thành tp đường phố ngõ hẻm'.split(' ');
// Stops a name before the next part's keyword, so "123 Nguyễn Huệ Quận 1" keeps "Quận 1" as a unit.
const VN_NAME_WORD = `(?!(?:${alternatives(VN_KEYWORDS)})(?![\\p{L}]))\\p{Lu}\\p{L}*`;
const VN_NAME = `${VN_NAME_WORD}(?:\\s+${VN_NAME_WORD}){0,3}`;
const VN_NAME_OR_NUMBER = `(?:${VN_NAME}|(?:${anyCase('số')}\\s+)?\\d{1,3}(?:/\\d{1,3})?)`;
const VN_HOUSE = `(?:(?:${anyCase('số')}\\s+(?:${anyCase('nhà')}\\s+)?)?\\d{1,4}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?)*)`;
const VN_STREET = `(?:${alternatives(['đường', 'phố', 'đ.'])})\\s*${VN_NAME_OR_NUMBER}`;
// "ngõ 12 phố Huế", "hẻm 45/6 Lê Văn Sỹ": a lane number, then usually the street it opens on.
const VN_LANE = `(?:${alternatives(['ngõ', 'ngách', 'hẻm', 'kiệt'])})\\s+\\d{1,4}(?:/\\d{1,4})*(?:\\s+(?:${VN_STREET}|${VN_NAME}))?`;
const VN_ADMIN_KEYWORDS = alternatives(
  'phường|quận|huyện|xã|thị trấn|thị xã|tỉnh|thành phố|tp.|tp|p.|q.'.split('|'),
);
const VN_ADMIN = `(?:${VN_ADMIN_KEYWORDS})\\s*${VN_NAME_OR_NUMBER}`;
const VN_SEPARATOR = '(?:\\s*,\\s*|\\s+-\\s+|\\s+)';
// A chain of address parts. What makes it an address is checked afterwards (`isVietnameseAddress`), because
// a regular expression cannot count part kinds.
const VN_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${VN_HOUSE}\\s+(?:${VN_LANE}|${VN_STREET}|${VN_NAME})|${VN_LANE}|${VN_STREET}|${VN_ADMIN})(?:${VN_SEPARATOR}(?:${VN_LANE}|${VN_STREET}|${VN_ADMIN}))*(?![\\p{L}\\p{N}])`,
  'gu',
);
const VN_LEADING_HOUSE = new RegExp(`^${VN_HOUSE}\\s+`, 'u');
const VN_STREET_START = new RegExp(`^(?:${alternatives(['đường', 'phố', 'đ.'])})`, 'u');
const VN_LANE_WORD = new RegExp(
  `(?:^|[\\s,])(?:${alternatives(['ngõ', 'ngách', 'hẻm', 'kiệt'])})\\s+\\d`,
  'u',
);
const VN_ADMIN_WORD = new RegExp(`(?:^|[\\s,])(?:${VN_ADMIN_KEYWORDS})\\s*[\\p{Lu}\\d]`, 'gu');
const VN_WARD_WORD = new RegExp(
  `(?:^|[\\s,])(?:${alternatives(['phường', 'xã', 'thị trấn', 'p.'])})\\s*[\\p{Lu}\\d]`,
  'u',
);
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const VN_LEADING_NAME = new RegExp(`^${VN_NAME}`, 'u');

function findAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(EN_ADDRESS)) {
    found.push(candidate('address', match.index, match.index + match[0].length));
  }
  for (const match of text.matchAll(VN_ADDRESS)) {
    const value = match[0];
    if (isVietnameseAddress(value)) found.push(candidate('address', match.index, match.index + value.length));
  }
  return found;
}

// An address must narrow a place down: a house or lane number, a street with its district, or a ward with
// its district. A street or district alone ("giảng đường 2" is a lecture hall, "quận 1" a district of two
// hundred thousand people) identifies nobody.
function isVietnameseAddress(value: string): boolean {
  const house = VN_LEADING_HOUSE.exec(value);
  const rest = house ? value.slice(house[0].length) : value;
  if (VN_LANE_WORD.test(value)) return true;
  if (house && VN_STREET_START.test(rest)) return true;
  // "123 Nguyễn Huệ": a house number then a name of 2+ syllables ("2 Samsung Galaxy" is not Vietnamese).
  // Without diacritics a name after a number is as often a person ("Feb 21 Kim Y says"), so unmarked
  // names count only after an unmistakable house number ("số 12", "45/2").
  if (house && isVietnameseName(VN_LEADING_NAME.exec(rest)?.[0] ?? '')) {
    if (VIETNAMESE_LETTER.test(rest) || /\/|^[Ss]ố/.test(house[0])) return true;
  }
  const adminParts = value.match(VN_ADMIN_WORD)?.length ?? 0;
  // A ward with its district ("phường 3, quận 1") is a neighbourhood; a district with its city is not.
  if (adminParts >= 2 && VN_WARD_WORD.test(value)) return true;
  return adminParts >= 1 && VN_STREET_START.test(rest);
}

function isVietnameseName(name: string): boolean {
  const syllables = name.split(/\s+/).filter(Boolean);
  return (
    syllables.length >= 2 && syllables.every((syllable) => isVietnameseSyllable(foldDiacritics(syllable)))
  );
}
