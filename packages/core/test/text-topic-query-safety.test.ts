import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileTopicQuery,
  MAX_QUERY_DEPTH,
  MAX_QUERY_LENGTH,
  MAX_QUERY_NEARS,
  MAX_QUERY_TERMS,
  matchTopicRules,
  type PreparedText,
  parseTopicQuery,
  prepareText,
  type QueryWord,
  type TopicQueryAst,
  TopicQueryError,
  type TopicQuerySpan,
} from '../src/text/topic-query';

// Issue 18: a rule like `(the OR the OR …) NEAR/50 …` or `late NEAR/50 late NEAR/50 late` made the matcher
// build every pair of hits (the process aborted with "invalid size"). These tests pin the bounded evaluator
// to the obvious all-pairs definition on small inputs, and check that hostile rules and texts finish.

type Range = [number, number];

function wordAt(word: QueryWord, prepared: PreparedText, index: number): boolean {
  if (word.mode === 'stem') return prepared.stems[index] === word.value;
  if (word.mode === 'exact') return prepared.keys[index] === word.value;
  return prepared.keys[index]?.startsWith(word.value) === true;
}

/** The definition, evaluated naively: every occurrence of every term, every pair for NEAR. */
function naiveHits(ast: TopicQueryAst, prepared: PreparedText): Range[] | null {
  switch (ast.type) {
    case 'term': {
      const hits: Range[] = [];
      for (let i = 0; i + ast.words.length <= prepared.keys.length; i++) {
        if (ast.words.every((word, k) => wordAt(word, prepared, i + k)))
          hits.push([i, i + ast.words.length - 1]);
      }
      return hits.length > 0 ? hits : null;
    }
    case 'and': {
      const all: Range[] = [];
      for (const child of ast.children) {
        const hits = naiveHits(child, prepared);
        if (!hits) return null;
        all.push(...hits);
      }
      return all;
    }
    case 'or': {
      const found = ast.children.map((child) => naiveHits(child, prepared)).filter((hits) => hits !== null);
      return found.length > 0 ? found.flat() : null;
    }
    case 'not':
      return naiveHits(ast.child, prepared) ? null : [];
    case 'near': {
      const left = naiveHits(ast.left, prepared) ?? [];
      const right = naiveHits(ast.right, prepared) ?? [];
      const found: Range[] = [];
      for (const a of left) {
        for (const b of right) {
          const gap = a[1] < b[0] ? b[0] - a[1] - 1 : b[1] < a[0] ? a[0] - b[1] - 1 : -1;
          if (gap >= 0 && gap <= ast.distance) found.push(a, b);
        }
      }
      return found.length > 0 ? found : null;
    }
  }
}

function naiveSpans(hits: Range[], prepared: PreparedText): TopicQuerySpan[] {
  const spans = hits
    .map(([from, to]) => ({ start: prepared.starts[from] as number, end: prepared.ends[to] as number }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TopicQuerySpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

const TERMS = ['late', 'the', 'refund*', 'money', '"money back"', '"the late"', 'back', 'giao hàng', 'x'];
const WORDS = ['late', 'the', 'refund', 'refunds', 'money', 'back', 'giao', 'hàng', 'x', ','];

const { query: arbitraryQuery } = fc.letrec<{ query: string; positive: string }>((tie) => ({
  // What NEAR accepts on each side: no exclusion at the top.
  positive: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TERMS),
    fc.tuple(tie('positive'), tie('positive')).map(([a, b]) => `(${a} OR ${b})`),
    fc.tuple(tie('positive'), tie('query')).map(([a, b]) => `(${a} AND ${b})`),
    fc
      .tuple(tie('positive'), fc.integer({ min: 1, max: 4 }), tie('positive'))
      .map(([a, d, b]) => `(${a} NEAR/${d} ${b})`),
  ),
  query: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('positive'),
    fc.constantFrom(...TERMS).map((term) => `-${term}`),
    fc.tuple(tie('positive'), tie('query')).map(([a, b]) => `${a} ${b}`),
  ),
}));

describe('the NEAR evaluator', () => {
  it('agrees with the all-pairs definition on matches and highlights', () => {
    fc.assert(
      fc.property(arbitraryQuery, fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }), (query, words) => {
        let ast: TopicQueryAst;
        try {
          ast = parseTopicQuery(query);
        } catch (error) {
          if (error instanceof TopicQueryError) return; // e.g. nested too deeply
          throw error;
        }
        const prepared = prepareText(words.join(' '));
        const expected = naiveHits(ast, prepared);
        const actual = compileTopicQuery(query)(prepared);
        expect(actual.matched).toBe(expected !== null);
        expect(actual.spans).toEqual(expected ? naiveSpans(expected, prepared) : []);
        expect(matchTopicRules(prepared, [{ id: 'r', name: 'r', query }]).length).toBe(expected ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });

  it('matches late NEAR/50 late NEAR/50 late on a comment of "late" ×1,900 without building every pair', () => {
    const query = 'late NEAR/50 late NEAR/50 late';
    const prepared = prepareText(Array.from({ length: 1_900 }, () => 'late').join(' '));
    const result = compileTopicQuery(query)(prepared);
    expect(result.matched).toBe(true);
    expect(result.spans).toHaveLength(1_900);
    expect(matchTopicRules(prepared, [{ id: 'late', name: 'Late', query }])).toHaveLength(1);
  });

  it('finishes (the OR the … ×30) NEAR/50 groups on a text of "the" ×1,900', () => {
    const group = `(${Array.from({ length: 30 }, () => 'the').join(' OR ')})`;
    const query = [group, group, group].join(' NEAR/50 ');
    const prepared = prepareText(Array.from({ length: 1_900 }, () => 'the').join(' '));
    const result = compileTopicQuery(query)(prepared);
    expect(result.matched).toBe(true);
    expect(result.spans).toHaveLength(1_900);
    expect(matchTopicRules(prepared, [{ id: 'the', name: 'The', query }])).toHaveLength(1);
  });

  it('gives up on a rule that needs too much work on one text, which then does not match', () => {
    const group = `(${Array.from({ length: 33 }, () => 'th*').join(' OR ')})`;
    const query = [group, group, group].join(' NEAR/50 ');
    const prepared = prepareText(Array.from({ length: 5_000 }, () => 'the').join(' '));
    expect(compileTopicQuery(query)(prepared)).toEqual({ matched: false, spans: [], isOverBudget: true });
    // The other rules of the text are still tried.
    const rules = [
      { id: 'heavy', name: 'Heavy', query },
      { id: 'the', name: 'The', query: 'the' },
    ];
    expect(matchTopicRules(prepared, rules).map((match) => match.id)).toEqual(['the']);
  });
});

describe('the size of a rule', () => {
  function errorOf(query: string): TopicQueryError {
    try {
      parseTopicQuery(query);
    } catch (error) {
      if (error instanceof TopicQueryError) return error;
      throw error;
    }
    throw new Error('expected the query to be refused');
  }

  it('refuses the six-group query of the report with a message pointing at the first term too many', () => {
    const group = `(${Array.from({ length: 30 }, () => 'the').join(' OR ')})`;
    const query = Array.from({ length: 6 }, () => group).join(' NEAR/50 ');
    expect(query).toHaveLength(1_293);
    const error = errorOf(query);
    expect(error.message).toMatch(`at most ${MAX_QUERY_TERMS} words`);
    // The 101st "the": 3 full groups (100 terms) + 10 more in the fourth.
    expect(query.slice(error.position, error.position + 3)).toBe('the');
    expect(query.slice(0, error.position).match(/\bthe\b/g)).toHaveLength(MAX_QUERY_TERMS);
  });

  it('allows up to the limits and refuses one more', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' OR ');
    expect(() => parseTopicQuery(words(MAX_QUERY_TERMS))).not.toThrow();
    expect(errorOf(words(MAX_QUERY_TERMS + 1)).message).toMatch(/at most 100 words/);

    const nested = (n: number) => `${'('.repeat(n)}late${')'.repeat(n)}`;
    expect(() => parseTopicQuery(nested(MAX_QUERY_DEPTH))).not.toThrow();
    expect(errorOf(nested(MAX_QUERY_DEPTH + 1))).toMatchObject({
      message: expect.stringMatching(/nested too deeply/),
      position: MAX_QUERY_DEPTH,
    });
    expect(errorOf(`${'NOT '.repeat(MAX_QUERY_DEPTH + 1)}late`).message).toMatch(/nested too deeply/);

    const near = (n: number) => Array.from({ length: n + 1 }, () => 'late').join(' NEAR/2 ');
    expect(() => parseTopicQuery(near(MAX_QUERY_NEARS))).not.toThrow();
    expect(errorOf(near(MAX_QUERY_NEARS + 1)).message).toMatch(/NEAR at most 10 times/);

    expect(errorOf(`late ${'x'.repeat(MAX_QUERY_LENGTH)}`)).toMatchObject({
      message: expect.stringMatching(/too long/),
      position: MAX_QUERY_LENGTH,
    });
  });
});
