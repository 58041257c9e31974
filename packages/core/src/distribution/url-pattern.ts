// The widget's page-view trigger: `https://shop.example.com/checkout*`. Only `*` is special (any run of
// characters, including none); everything else is literal. Matched without regular expressions: a pattern
// like `*a*a*a*b` compiled to a backtracking regex took 36 s on a 1,000-character URL, and both come from
// outside (any workspace publishes patterns; any visitor sends URLs).

/** The longest `*` pattern a widget trigger may have (the survey schema refuses longer ones with a 400). */
export const MAX_URL_PATTERN_LENGTH = 500;
/** The longest page URL the widget may send (the eligibility endpoint refuses longer ones with a 400). */
export const MAX_PAGE_URL_LENGTH = 2_000;

/**
 * Whether `url` matches the `*` wildcard `pattern`, in time linear in their lengths: the literal pieces
 * between stars are found left to right, each at its first occurrence after the previous one (with only
 * `*` as a wildcard, the leftmost occurrence never loses a match), by Knuth–Morris–Pratt search.
 */
export function matchesUrlPattern(pattern: string, url: string): boolean {
  const pieces = pattern.split('*');
  if (pieces.length === 1) return url === pattern;
  const head = pieces[0] as string;
  const tail = pieces[pieces.length - 1] as string;
  if (url.length < head.length + tail.length || !url.startsWith(head) || !url.endsWith(tail)) return false;
  let from = head.length;
  const end = url.length - tail.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i] as string;
    if (piece === '') continue;
    const at = indexOfWithin(url, piece, from, end);
    if (at === -1) return false;
    from = at + piece.length;
  }
  return true;
}

// The first index >= `from` where `needle` occurs entirely before `end`, or -1; KMP, so O(end - from +
// needle.length) whatever the characters (String#indexOf promises no bound).
function indexOfWithin(haystack: string, needle: string, from: number, end: number): number {
  const failure = new Int32Array(needle.length);
  for (let i = 1, k = 0; i < needle.length; i++) {
    while (k > 0 && needle[i] !== needle[k]) k = failure[k - 1] as number;
    if (needle[i] === needle[k]) k++;
    failure[i] = k;
  }
  for (let i = from, k = 0; i < end; i++) {
    while (k > 0 && haystack[i] !== needle[k]) k = failure[k - 1] as number;
    if (haystack[i] === needle[k]) k++;
    if (k === needle.length) return i - needle.length + 1;
  }
  return -1;
}
