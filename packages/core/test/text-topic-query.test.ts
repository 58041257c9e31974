import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileTopicQuery,
  isVietnameseSyllable,
  matchTopicRules,
  parseTopicQuery,
  prepareText,
  type TopicQueryAst,
  TopicQueryError,
} from '../src/text/topic-query';

function matches(query: string, text: string): boolean {
  return compileTopicQuery(query)(prepareText(text)).matched;
}

/** The highlighted words, as the web would show them. */
function highlighted(query: string, text: string): string[] {
  const prepared = prepareText(text);
  return compileTopicQuery(query)(prepared).spans.map((span) => prepared.text.slice(span.start, span.end));
}

function errorOf(query: string): { message: string; position: number } {
  try {
    parseTopicQuery(query);
  } catch (error) {
    if (error instanceof TopicQueryError) return { message: error.message, position: error.position };
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(query)} not to parse`);
}

/** A compact rendering of the tree, to check precedence: (a | (b & c & !d)). */
function shape(ast: TopicQueryAst): string {
  switch (ast.type) {
    case 'term':
      return ast.words.length > 1 ? `"${ast.text}"` : ast.text;
    case 'and':
      return `(${ast.children.map(shape).join(' & ')})`;
    case 'or':
      return `(${ast.children.map(shape).join(' | ')})`;
    case 'not':
      return `!${shape(ast.child)}`;
    case 'near':
      return `(${shape(ast.left)} ~${ast.distance} ${shape(ast.right)})`;
  }
}

describe('operators', () => {
  it('AND needs both sides; adjacent terms are an implicit AND', () => {
    expect(matches('refund AND late', 'late refund again')).toBe(true);
    expect(matches('refund AND late', 'refund arrived')).toBe(false);
    expect(matches('refund late', 'the refund was late')).toBe(true);
    expect(matches('refund late', 'the refund arrived')).toBe(false);
  });

  it('OR needs either side', () => {
    expect(matches('refund OR voucher', 'they gave me a voucher')).toBe(true);
    expect(matches('refund OR voucher', 'nothing at all')).toBe(false);
  });

  it('NOT and a leading minus exclude', () => {
    expect(matches('refund NOT voucher', 'refund please')).toBe(true);
    expect(matches('refund NOT voucher', 'refund as a voucher')).toBe(false);
    expect(matches('refund -voucher', 'refund as a voucher')).toBe(false);
    expect(matches('-voucher', 'refund please')).toBe(true);
    expect(matches('NOT NOT refund', 'refund please')).toBe(true);
  });

  it('keeps lower-case and/or/not as ordinary words', () => {
    expect(shape(parseTopicQuery('salt and pepper'))).toBe('(salt & and & pepper)');
    expect(matches('rock or roll', 'rock or roll')).toBe(true);
    expect(matches('rock or roll', 'rock')).toBe(false);
    expect(matches('NEARBY', 'a store nearby')).toBe(true);
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(shape(parseTopicQuery('apple OR berry cherry NOT damson'))).toBe(
      '(apple | (berry & cherry & !damson))',
    );
    expect(shape(parseTopicQuery('apple AND berry OR cherry AND damson'))).toBe(
      '((apple & berry) | (cherry & damson))',
    );
    expect(shape(parseTopicQuery('NOT apple OR berry'))).toBe('(!apple | berry)');
    // late OR (delay AND NOT weather): a weather delay is excluded, a late arrival is not.
    expect(matches('late OR delay AND NOT weather', 'flight delayed by weather')).toBe(false);
    expect(matches('late OR delay AND NOT weather', 'late because of weather')).toBe(true);
  });

  it('lets parentheses override precedence', () => {
    expect(shape(parseTopicQuery('(apple OR berry) cherry'))).toBe('((apple | berry) & cherry)');
    expect(matches('(refund OR voucher) AND late', 'voucher came late')).toBe(true);
    expect(matches('(refund OR voucher) AND late', 'voucher came')).toBe(false);
    expect(matches('NOT (refund OR voucher)', 'voucher came')).toBe(false);
  });

  it('NEAR/n allows at most n words between, in either order', () => {
    expect(matches('refund NEAR/2 received', 'refund still not received')).toBe(true);
    expect(matches('refund NEAR/1 received', 'refund still not received')).toBe(false);
    expect(matches('received NEAR/2 refund', 'refund still not received')).toBe(true);
    expect(shape(parseTopicQuery('apple berry NEAR/3 cherry'))).toBe('(apple & (berry ~3 cherry))');
  });
});

describe('terms', () => {
  it('matches a quoted phrase only as consecutive words', () => {
    expect(matches('"money back"', 'I want my money back!')).toBe(true);
    expect(matches('"money back"', 'back then my money was fine')).toBe(false);
    expect(matches('money back', 'back then my money was fine')).toBe(true);
  });

  it('ignores punctuation between the words of a phrase', () => {
    expect(matches('"late again"', 'Late, again.')).toBe(true);
  });

  it('accepts typographic quotes', () => {
    expect(matches('“money back”', 'money back now')).toBe(true);
  });

  it('expands a trailing wildcard to any ending', () => {
    expect(matches('refund*', 'is this refundable?')).toBe(true);
    expect(matches('refund*', 'no refunds')).toBe(true);
    expect(matches('refund*', 'a fund')).toBe(false);
    expect(matches('"money ba*"', 'money back')).toBe(true);
  });

  it('matches English words by stem', () => {
    for (const text of ['refunds', 'it was refunded', 'refunding takes long', 'Refund']) {
      expect(matches('refund', text)).toBe(true);
    }
    expect(matches('refunded', 'please refund me')).toBe(true);
    expect(matches('cancellation', 'they cancelled my flight')).toBe(true);
    expect(matches('refund', 'refuse')).toBe(false);
  });

  it('is case-insensitive and matches apostrophes and hyphens loosely', () => {
    expect(matches('REFUND', 'refund')).toBe(true);
    expect(matches('dont', "I don't like it")).toBe(true);
    expect(matches('"customer service"', 'customer-service was rude')).toBe(true);
    expect(matches('e-mail', 'send an e mail')).toBe(true);
  });

  it('is diacritic-insensitive in both directions', () => {
    expect(matches('giao hang', 'Giao hàng quá chậm')).toBe(true);
    expect(matches('giao hàng', 'giao hang qua cham')).toBe(true);
    expect(matches('chậm', 'GIAO HANG CHAM')).toBe(true);
    expect(matches('đơn', 'don hang bi huy')).toBe(true);
    // Decomposed (NFD) input, as macOS keyboards produce it, is the same text.
    expect(matches('giao hàng', 'giao hàng nhanh'.normalize('NFD'))).toBe(true);
  });

  it('matches unquoted Vietnamese syllables as a phrase, not anywhere in the text', () => {
    expect(matches('giao hàng', 'giao hàng chậm')).toBe(true);
    expect(matches('giao hàng', 'hàng giao chậm')).toBe(false);
    expect(matches('giao hàng', 'giao cho tôi hàng lỗi')).toBe(false);
    expect(shape(parseTopicQuery('giao hàng chậm OR refund'))).toBe('("giao hàng chậm" | refund)');
    // An explicit AND keeps the syllables apart.
    expect(matches('giao AND hàng', 'hàng giao chậm')).toBe(true);
  });

  it('recognises the shape of Vietnamese syllables', () => {
    for (const syllable of ['giao', 'hang', 'nguoi', 'nghieng', 'khach', 'truong', 'qua']) {
      expect(isVietnameseSyllable(syllable)).toBe(true);
    }
    for (const word of ['refund', 'late', 'service', 'wait', 'bad']) {
      expect(isVietnameseSyllable(word)).toBe(false);
    }
  });

  it('matches numbers and emoticons given in quotes', () => {
    expect(matches('404', 'error 404 again')).toBe(true);
    expect(matches('":("', 'so slow :(')).toBe(true);
  });
});

describe('spans', () => {
  it('returns the offsets of the matched words for highlighting', () => {
    const prepared = prepareText('They refunded me, finally');
    expect(compileTopicQuery('refund')(prepared)).toEqual({ matched: true, spans: [{ start: 5, end: 13 }] });
  });

  it('covers a whole phrase, every occurrence, and both sides of an OR', () => {
    expect(highlighted('"money back"', 'money back, money back!')).toEqual(['money back', 'money back']);
    expect(highlighted('refund OR voucher', 'a voucher, not a refund')).toEqual(['voucher', 'refund']);
    expect(highlighted('giao hang', 'Giao hàng chậm')).toEqual(['Giao hàng']);
  });

  it('highlights nothing for an exclusion and nothing when the query does not match', () => {
    expect(highlighted('refund -voucher', 'refund please')).toEqual(['refund']);
    expect(compileTopicQuery('refund -voucher')(prepareText('refund voucher'))).toEqual({
      matched: false,
      spans: [],
    });
    expect(compileTopicQuery('NOT voucher')(prepareText('hello'))).toEqual({ matched: true, spans: [] });
  });

  it('highlights both words of a NEAR match', () => {
    expect(highlighted('refund NEAR/3 received', 'refund still not received')).toEqual([
      'refund',
      'received',
    ]);
  });

  it('reports spans into the NFC text, inside the original string bounds', () => {
    fc.assert(
      fc.property(fc.string(), (noise) => {
        const prepared = prepareText(`${noise} refund ${noise}`);
        const { matched, spans } = compileTopicQuery('refund*')(prepared);
        expect(matched).toBe(true);
        for (const span of spans)
          expect(prepared.text.slice(span.start, span.end).toLowerCase()).toMatch(/^refund/);
      }),
    );
  });
});

describe('errors', () => {
  it.each([
    ['', 0, /empty/],
    ['   ', 0, /empty/],
    ['(refund OR late', 0, /never closed/],
    ['refund OR (late AND (cancel)', 10, /never closed/],
    ['refund)', 6, /no matching "\("/],
    ['"money back', 0, /quote is never closed/],
    ['refund ""', 7, /phrase is empty/],
    ['refund AND', 7, /AND must be followed/],
    ['refund OR', 7, /OR must be followed/],
    ['refund NOT', 7, /NOT must be followed/],
    ['OR refund', 0, /OR needs a word or group before it/],
    ['refund AND OR late', 7, /AND must be followed/],
    ['()', 0, /parentheses are empty/],
    ['re*fund', 2, /wildcard \* can only end a word/],
    ['r*', 1, /at least 2 letters/],
    ['- refund', 0, /minus sign/],
    ['refund NEAR late', 7, /NEAR\/n/],
    ['refund NEAR/0 late', 7, /NEAR\/n/],
    ['refund NEAR/3 NOT late', 7, /NEAR needs words on both sides/],
    ['refund !!!', 7, /no letters or digits/],
  ])('rejects %j at %i', (query, position, message) => {
    const error = errorOf(query);
    expect(error.message).toMatch(message);
    expect(error.position).toBe(position);
  });

  it('throws TopicQueryError from compileTopicQuery too', () => {
    expect(() => compileTopicQuery('(refund')).toThrow(TopicQueryError);
  });
});

describe('matchTopicRules', () => {
  const rules = [
    { id: 't1', name: 'Refunds', query: 'refund* OR "money back"' },
    { id: 't2', name: 'Delivery', query: 'giao hàng OR delivery' },
    { id: 't3', name: 'Broken rule', query: '(refund' },
    { id: 't4', name: 'Not vouchers', query: 'refund -voucher' },
  ];

  it('returns the matching rules in rule order as rule topics with confidence 1', () => {
    expect(matchTopicRules('Giao hang cham, I want my money back', rules)).toEqual([
      { id: 't1', name: 'Refunds', confidence: 1, source: 'rule' },
      { id: 't2', name: 'Delivery', confidence: 1, source: 'rule' },
    ]);
  });

  it('accepts a prepared text, so many rule sets can share one tokenisation', () => {
    const prepared = prepareText('refunded at last');
    expect(matchTopicRules(prepared, rules).map((m) => m.id)).toEqual(['t1', 't4']);
    expect(matchTopicRules(prepared, rules).map((m) => m.id)).toEqual(['t1', 't4']);
  });

  it('skips a rule that does not parse instead of failing the text', () => {
    expect(matchTopicRules('(refund', rules).map((m) => m.id)).toEqual(['t1', 't4']);
  });

  it('agrees with compileTopicQuery on every text', () => {
    const words = fc.constantFrom(
      'refund',
      'refunds',
      'voucher',
      'money',
      'back',
      'giao',
      'hàng',
      'late',
      ',',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (parts) => {
        const prepared = prepareText(parts.join(' '));
        const expected = rules
          .filter((rule) => rule.id !== 't3' && compileTopicQuery(rule.query)(prepared).matched)
          .map((rule) => rule.id);
        expect(matchTopicRules(prepared, rules).map((m) => m.id)).toEqual(expected);
      }),
    );
  });
});
