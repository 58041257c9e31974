// Text normalisation shared by every analyzer. Vietnamese can arrive precomposed (NFC) or decomposed
// (NFD, common from macOS and some keyboards), and customers often type it without diacritics; English
// arrives with elongations ("sooooo") and HTML entities from social sources.

/** NFC-normalises and decodes the HTML entities social sources leave behind (`&amp;`, `&#39;`). */
export function normalizeText(text: string): string {
  return decodeEntities(text.normalize('NFC'));
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Lower-cases and removes diacritics (Vietnamese đ → d too), for diacritic-insensitive matching. */
export function foldDiacritics(text: string): string {
  // Most English text is plain ASCII: skip the decomposition, the costliest step of every analyzer.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

const ASCII_ONLY = /^[ -~\t\n\r]*$/;

function hasTripledCharacter(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  return false;
}

/** Collapses a letter repeated three or more times to two ("soooo" → "soo"), as lexicons expect. */
export function squeezeElongation(word: string): string {
  if (!hasTripledCharacter(word)) return word;
  return word.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

export function isElongated(word: string): boolean {
  return /(\p{L})\1{2,}/u.test(word);
}

export interface Token {
  /** As written (NFC). */
  text: string;
  /** Lower-cased, elongation squeezed; diacritics kept. */
  norm: string;
  /** `norm` without diacritics. */
  folded: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'emoji' | 'emoticon' | 'punct';
}

// Emoticons first so ":)" is not split into punctuation; words keep inner apostrophes and hyphens
// ("don't", "e-mail"); numbers keep separators so phone and card patterns stay whole for PII.
const TOKEN_PATTERN =
  /(?<emoticon>(?:[:;=8xX][-'^o]?[()[\]dDpP3/\\|*@$]+)|(?:[)(\][][-'^o]?[:;=])|<\/?3+)|(?<word>\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)|(?<number>\d+(?:[.,:/]\d+)*)|(?<emoji>\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f)*)|(?<punct>[!?.,;…]+)/gu;

/** Splits normalised text into tokens with offsets. Call `normalizeText` first. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const groups = match.groups ?? {};
    const kind: Token['kind'] = groups.emoticon
      ? 'emoticon'
      : groups.word
        ? 'word'
        : groups.number
          ? 'number'
          : groups.emoji
            ? 'emoji'
            : 'punct';
    const raw = match[0];
    const norm = kind === 'word' ? squeezeElongation(raw.toLowerCase().replace(/’/g, "'")) : raw;
    tokens.push({
      text: raw,
      norm,
      folded: kind === 'word' ? foldDiacritics(norm) : norm,
      start: match.index,
      end: match.index + raw.length,
      kind,
    });
  }
  return tokens;
}
