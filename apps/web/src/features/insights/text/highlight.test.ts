import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHighlights, toneOf, usableRanges, weightOf } from './highlight';

const texts = (text: string, ranges: Parameters<typeof splitHighlights>[1]) =>
  splitHighlights(text, ranges).map((segment) => [segment.text, toneOf(segment.ranges)]);

describe('splitHighlights', () => {
  it('marks driver phrases and keeps the text around them', () => {
    const text = 'Late delivery but friendly staff';
    expect(
      texts(text, [
        { start: 0, end: 13, weight: -0.6 },
        { start: 18, end: 26, weight: 0.4 },
      ]),
    ).toEqual([
      ['Late delivery', 'negative'],
      [' but ', null],
      ['friendly', 'positive'],
      [' staff', null],
    ]);
  });

  it('splits overlapping ranges into runs, each with every range covering it', () => {
    const segments = splitHighlights('not very good', [
      { start: 0, end: 8, weight: -0.5 },
      { start: 4, end: 13, weight: 0.8 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.ranges.length])).toEqual([
      ['not ', 1],
      ['very', 2],
      [' good', 1],
    ]);
    // Where both cover, their weights add up: -0.5 + 0.8 leans positive.
    expect(toneOf(segments[1]?.ranges ?? [])).toBe('positive');
    expect(weightOf(segments[1]?.ranges ?? [])).toBeCloseTo(0.3);
  });

  it('merges nothing twice when one range contains another', () => {
    expect(
      texts('the refund never came', [
        { start: 4, end: 21 },
        { start: 4, end: 10 },
      ]),
    ).toEqual([
      ['the ', null],
      ['refund', 'match'],
      [' never came', 'match'],
    ]);
  });

  it('clamps out-of-range offsets and drops empty, inverted or non-numeric ranges', () => {
    expect(
      texts('refund', [
        { start: -5, end: 3 },
        { start: 4, end: 99 },
        { start: 2, end: 2 },
        { start: 5, end: 1 },
        { start: Number.NaN, end: 3 },
        { start: 40, end: 50 },
      ]),
    ).toEqual([
      ['ref', 'match'],
      ['u', null],
      ['nd', 'match'],
    ]);
  });

  it('never cuts an emoji (a surrogate pair) in half', () => {
    const text = 'ok 😡 bad';
    // 3 is the high surrogate, 4 the low one: a range starting at 4 or ending at 4 is widened.
    expect(usableRanges(text, [{ start: 4, end: 9 }])).toEqual([{ start: 3, end: 9 }]);
    expect(usableRanges(text, [{ start: 0, end: 4 }])).toEqual([{ start: 0, end: 5 }]);
    expect(texts(text, [{ start: 4, end: 5, weight: -1 }])).toEqual([
      ['ok ', null],
      ['😡', 'negative'],
      [' bad', null],
    ]);
  });

  it('gives nothing for an empty text and one plain run without ranges', () => {
    expect(splitHighlights('', [{ start: 0, end: 3 }])).toEqual([]);
    expect(texts('plain', [])).toEqual([['plain', null]]);
  });

  it('treats a zero net weight as a neutral mark, not as no mark', () => {
    expect(toneOf([{ start: 0, end: 1, weight: 0 }])).toBe('match');
    expect(toneOf([])).toBeNull();
  });

  it('always returns the whole text, in order, in non-empty runs marked only by ranges covering them', () => {
    const range = fc.record({
      start: fc.integer({ min: -5, max: 60 }),
      end: fc.integer({ min: -5, max: 60 }),
      weight: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 50, unit: 'grapheme' }),
        fc.array(range, { maxLength: 6 }),
        (text, ranges) => {
          const segments = splitHighlights(text, ranges);
          expect(segments.map((segment) => segment.text).join('')).toBe(text);
          let offset = 0;
          for (const segment of segments) {
            expect(segment.start).toBe(offset);
            expect(segment.end).toBeGreaterThan(segment.start);
            offset = segment.end;
            for (const covering of segment.ranges) {
              expect(covering.start).toBeLessThanOrEqual(segment.start);
              expect(covering.end).toBeGreaterThanOrEqual(segment.end);
            }
          }
          // Every usable range is fully covered by the runs that list it.
          for (const usable of usableRanges(text, ranges)) {
            const covered = segments
              .filter((segment) =>
                segment.ranges.some((r) => r.start === usable.start && r.end === usable.end),
              )
              .reduce((sum, segment) => sum + segment.end - segment.start, 0);
            expect(covered).toBe(usable.end - usable.start);
          }
        },
      ),
    );
  });
});
