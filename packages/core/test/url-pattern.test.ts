import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE_URL_LENGTH,
  MAX_URL_PATTERN_LENGTH,
  matchesUrlPattern,
} from '../src/distribution/url-pattern';

/** What a `*` pattern means, as a regular expression (fine for short inputs, exponential for hostile ones). */
function referenceMatch(pattern: string, url: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's').test(url);
}

describe('matchesUrlPattern', () => {
  it('matches * as any run of characters and everything else literally', () => {
    expect(
      matchesUrlPattern('https://shop.example.com/checkout*', 'https://shop.example.com/checkout/pay?x=1'),
    ).toBe(true);
    expect(matchesUrlPattern('https://shop.example.com/checkout*', 'https://shop.example.com/cart')).toBe(
      false,
    );
    expect(matchesUrlPattern('*.example.com/a.b', 'https://x.example.com/a.b')).toBe(true);
    expect(matchesUrlPattern('*.example.com/a.b', 'https://x.example.com/aXb')).toBe(false);
    expect(matchesUrlPattern('https://a.com/', 'https://a.com/')).toBe(true);
    expect(matchesUrlPattern('https://a.com/', 'https://a.com/x')).toBe(false);
    expect(matchesUrlPattern('*', '')).toBe(true);
    expect(matchesUrlPattern('a*a', 'a')).toBe(false);
    expect(matchesUrlPattern('a*a', 'aa')).toBe(true);
    expect(matchesUrlPattern('*/product/*/reviews', 'https://a.com/product/42/reviews')).toBe(true);
    expect(matchesUrlPattern('*/product/*/reviews', 'https://a.com/product/42/reviews/2')).toBe(false);
  });

  it('agrees with the regular expression it replaces', () => {
    const char = fc.constantFrom('a', 'b', '.', '/', '*', '?', '(');
    const text = fc.constantFrom('a', 'b', '.', '/', '?', '(', '\n');
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 8 }).map((chars) => chars.join('')),
        fc.array(text, { maxLength: 12 }).map((chars) => chars.join('')),
        (pattern, url) => {
          expect(matchesUrlPattern(pattern, url)).toBe(referenceMatch(pattern, url));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('answers at once for the patterns that made the regular expression backtrack for seconds', () => {
    // `*a*a*a*b` took 36 s on a 1,000-character URL as a regular expression.
    const url = `https://x.com/${'a'.repeat(MAX_PAGE_URL_LENGTH - 14)}`;
    expect(url).toHaveLength(MAX_PAGE_URL_LENGTH);
    const star = `*${'a*'.repeat((MAX_URL_PATTERN_LENGTH - 2) / 2)}b`;
    expect(star.length).toBeLessThanOrEqual(MAX_URL_PATTERN_LENGTH);
    for (const pattern of ['*a*a*a*b', star, `*${'a'.repeat(200)}b*`]) {
      for (let i = 0; i < 100; i++) expect(matchesUrlPattern(pattern, url)).toBe(false);
    }
  });
});
