/**
 * Turning a comment and the ranges the server marked in it (sentiment drivers, rule matches) into runs of
 * text to render, some inside `<mark>`. The offsets are UTF-16 code units, like JavaScript's own strings.
 */

export interface THighlightRange {
  start: number;
  end: number;
  /** A sentiment driver's weight: below zero it pulled towards negative, above towards positive. */
  weight?: number;
}

export interface TTextSegment {
  text: string;
  start: number;
  end: number;
  /** The ranges covering this whole run: none for plain text, several where ranges overlap. */
  ranges: THighlightRange[];
}

export type THighlightTone = 'negative' | 'positive' | 'match';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** An offset moved off the middle of a surrogate pair (an emoji is never cut in half). */
function snap(text: string, offset: number, direction: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const splitsPair = isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1));
  if (!splitsPair) return offset;
  return direction < 0 ? offset - 1 : offset + 1;
}

/**
 * The ranges that can be drawn on this text: offsets clamped to it, empty, inverted or non-numeric ranges
 * dropped. The server's offsets come from the text it analysed; a stale or buggy range must not break the
 * comment, only lose its mark.
 */
export function usableRanges(text: string, ranges: readonly THighlightRange[]): THighlightRange[] {
  const usable: THighlightRange[] = [];
  for (const range of ranges) {
    if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) continue;
    const start = snap(text, Math.min(text.length, Math.max(0, Math.trunc(range.start))), -1);
    const end = snap(text, Math.min(text.length, Math.max(0, Math.trunc(range.end))), 1);
    if (end <= start) continue;
    usable.push({ ...range, start, end });
  }
  return usable;
}

/**
 * Splits text at every range boundary. Overlapping ranges give a run per distinct overlap, each listing
 * the ranges that cover it, so no character is shown twice and nothing is lost: the runs joined are the
 * text.
 */
export function splitHighlights(text: string, ranges: readonly THighlightRange[]): TTextSegment[] {
  if (text.length === 0) return [];
  const usable = usableRanges(text, ranges);
  const boundaries = new Set([0, text.length]);
  for (const range of usable) {
    boundaries.add(range.start);
    boundaries.add(range.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const segments: TTextSegment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      ranges: usable.filter((range) => range.start <= start && range.end >= end),
    });
  }
  return segments;
}

/** The summed weight of the drivers covering a run, or null when none carries a weight (a rule match). */
export function weightOf(ranges: readonly THighlightRange[]): number | null {
  const weights = ranges.flatMap((range) =>
    typeof range.weight === 'number' && Number.isFinite(range.weight) ? [range.weight] : [],
  );
  if (weights.length === 0) return null;
  return weights.reduce((sum, weight) => sum + weight, 0);
}

/** How a marked run is coloured: red where drivers net negative, green positive, neutral for matches. */
export function toneOf(ranges: readonly THighlightRange[]): THighlightTone | null {
  if (ranges.length === 0) return null;
  const weight = weightOf(ranges);
  if (weight === null || weight === 0) return 'match';
  return weight < 0 ? 'negative' : 'positive';
}
