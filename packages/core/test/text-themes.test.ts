import { describe, expect, it } from 'vitest';
import { twoProportionTest } from '../src/statistics';
import {
  discoverThemes,
  extractKeyPhrases,
  findEmergingThemes,
  type ThemeDocument,
} from '../src/text/themes';

describe('extractKeyPhrases', () => {
  it('keeps English 1–3 word n-grams that neither start nor end with a stopword', () => {
    const phrases = extractKeyPhrases('My refund not received after two weeks', 'en').map((p) => p.phrase);
    expect(phrases).toEqual(
      expect.arrayContaining(['refund', 'refund not received', 'received', 'weeks', 'two weeks']),
    );
    expect(phrases).not.toContain('my refund');
    expect(phrases).not.toContain('refund not');
    expect(phrases).not.toContain('received after');
  });

  it('keys English phrases by stem, so variants count as one', () => {
    const [refunds] = extractKeyPhrases('Refunds', 'en');
    const [refunded] = extractKeyPhrases('refunded', 'en');
    expect(refunds?.key).toBe(refunded?.key);
    expect(refunds?.phrase).toBe('refunds');
  });

  it('gives offsets into the text and lower-cases the phrase', () => {
    const text = 'Terrible Customer Service today';
    for (const phrase of extractKeyPhrases(text, 'en')) {
      expect(text.slice(phrase.start, phrase.end).toLowerCase()).toBe(phrase.phrase);
    }
  });

  it('does not join words across punctuation, numbers or links, and skips handles and PII placeholders', () => {
    const phrases = extractKeyPhrases('@united refund. delay 3 hours http://t.co/abc [phone]', 'en').map(
      (p) => p.phrase,
    );
    expect(phrases).toEqual(['refund', 'delay', 'hours']);
  });

  it('extracts Vietnamese syllable bigrams and trigrams, skipping function words at the edges', () => {
    const phrases = extractKeyPhrases('Giao hàng quá chậm và nhân viên không nhiệt tình', 'vi').map(
      (p) => p.phrase,
    );
    expect(phrases).toEqual(
      expect.arrayContaining(['giao hàng', 'hàng quá chậm', 'nhân viên', 'viên không nhiệt', 'nhiệt tình']),
    );
    expect(phrases).not.toContain('giao'); // single syllables are not Vietnamese words on their own
    expect(phrases).not.toContain('chậm và');
    expect(phrases).not.toContain('không nhiệt tình');
  });

  it('keys Vietnamese phrases with diacritics folded, so unmarked typing counts as the same phrase', () => {
    const marked = extractKeyPhrases('giao hàng chậm', 'vi');
    const unmarked = extractKeyPhrases('giao hang cham', 'vi');
    expect(marked.map((p) => p.key)).toEqual(unmarked.map((p) => p.key));
    expect(marked[0]).toMatchObject({ phrase: 'giao hàng', key: 'giao hang', start: 0, end: 9 });
  });
});

// A support inbox in miniature: three recurring problems, each written several ways, plus unrelated chatter.
function supportInbox(): ThemeDocument[] {
  const texts = [
    // Refunds: "refund" and "money back" are used for the same problem and often together.
    'I want a refund, give me my money back',
    'Still no refund. I want my money back',
    'refund not received after two weeks',
    'refund not received yet, where is my money back',
    'money back please, refund not received',
    'Where is my refund?',
    'asked for my money back and a refund twice',
    'refund not received, this is a scam',
    // Delivery.
    'the parcel arrived late again',
    'late delivery and the parcel was damaged',
    'delivery driver was late',
    'parcel lost, delivery never came',
    'late delivery, parcel left in the rain',
    'my parcel is late',
    // The app.
    'app crashes when I login',
    'login fails and the app crashes',
    'the app crashes every time',
    'cannot login since the update',
    'login error after the update, app crashes',
    // Chatter that should not form a theme.
    'thanks for the quick answer',
    'great store, lovely staff',
    'ok',
    'see you next week',
    'I like the new colours',
    'nice packaging',
  ];
  return texts.map((text, index) => ({ id: `d${index}`, text, lang: 'en' }));
}

function themeWith(themes: ReturnType<typeof discoverThemes>, phrase: string) {
  return themes.find((theme) => theme.phrases.includes(phrase));
}

describe('discoverThemes', () => {
  const options = { minSupport: 3, maxDocShare: 0.5 };

  it('groups phrases that occur in the same documents into one theme', () => {
    const themes = discoverThemes(supportInbox(), options);
    const refunds = themeWith(themes, 'refund');
    expect(refunds?.phrases).toEqual(expect.arrayContaining(['refund', 'money back', 'refund not received']));
    expect(refunds?.label).toBe('refund');
    expect(refunds?.phrases).not.toContain('late');
    expect(refunds?.docIds).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7']);
    expect(refunds?.size).toBe(8);

    const delivery = themeWith(themes, 'parcel');
    expect(delivery?.phrases).toEqual(expect.arrayContaining(['parcel', 'late', 'delivery']));
    const app = themeWith(themes, 'app crashes');
    expect(app?.phrases).toEqual(expect.arrayContaining(['app', 'login']));
    expect(new Set([refunds?.key, delivery?.key, app?.key]).size).toBe(3);
  });

  it('leaves one-off chatter out', () => {
    const themes = discoverThemes(supportInbox(), options);
    const covered = new Set(themes.flatMap((theme) => theme.docIds));
    for (const id of ['d19', 'd20', 'd21', 'd22', 'd23', 'd24']) expect(covered.has(id)).toBe(false);
  });

  it('is deterministic, whatever the order of the documents', () => {
    const docs = supportInbox();
    const first = discoverThemes(docs, options);
    expect(discoverThemes(docs, options)).toEqual(first);
    const reversed = discoverThemes([...docs].reverse(), options);
    const comparable = (themes: typeof first) =>
      themes.map((theme) => ({ ...theme, docIds: [...theme.docIds].sort() }));
    expect(comparable(reversed)).toEqual(comparable(first));
  });

  it('respects minSupport, maxThemes and maxDocShare', () => {
    const docs = supportInbox();
    expect(discoverThemes(docs, { ...options, minSupport: 100 })).toEqual([]);
    expect(discoverThemes(docs, { ...options, maxThemes: 1 })).toHaveLength(1);
    // "refund" is in a third of the inbox: as common as a domain word when the cap is lower.
    const capped = discoverThemes(docs, { ...options, maxDocShare: 0.2 });
    expect(capped.flatMap((theme) => theme.phrases)).not.toContain('refund');
    expect(discoverThemes([], options)).toEqual([]);
  });

  it('finds Vietnamese themes, counting unmarked typing with the marked form', () => {
    const texts = [
      'giao hàng quá chậm',
      'giao hàng chậm, đóng gói cẩn thận',
      'giao hang cham qua',
      'shop giao hàng chậm nhưng hàng đẹp',
      'giao hàng trễ hai ngày',
      'nhân viên nhiệt tình, tư vấn kỹ',
      'nhân viên tư vấn nhiệt tình',
      'nhan vien nhiet tinh',
      'nhân viên nhiệt tình và vui vẻ',
      'cảm ơn shop',
      'sản phẩm tốt',
    ];
    const docs = texts.map((text, index): ThemeDocument => ({ id: `v${index}`, text, lang: 'vi' }));
    const themes = discoverThemes(docs, { minSupport: 3, maxDocShare: 0.6 });
    const delivery = themeWith(themes, 'giao hàng');
    expect(delivery?.key).toBe('giao hang');
    expect(delivery?.docIds).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
    const staff = themeWith(themes, 'nhân viên');
    expect(staff?.phrases).toEqual(['nhân viên', 'nhiệt tình']);
    expect(staff?.docIds).toEqual(['v5', 'v6', 'v7', 'v8']);
    // Syllable pairs that cut a word in half ("viên nhiệt") are not offered as phrases.
    expect(themes.flatMap((theme) => theme.phrases)).not.toContain('viên nhiệt');
  });
});

describe('findEmergingThemes', () => {
  const baseline = [
    { key: 'refund', count: 20 },
    { key: 'delivery', count: 50 },
    { key: 'app crash', count: 30 },
  ];

  it('flags a theme whose share grew significantly, and not one that held steady', () => {
    const results = findEmergingThemes(
      [
        { key: 'refund', count: 60 },
        { key: 'delivery', count: 52 },
      ],
      1000,
      baseline,
      1000,
    );
    const refund = results.find((r) => r.key === 'refund');
    const delivery = results.find((r) => r.key === 'delivery');
    expect(refund).toMatchObject({ share: 0.06, baselineShare: 0.02, emerging: true, isNew: false });
    expect(refund?.lift).toBeCloseTo(3, 12);
    expect(refund?.pValue).toBeLessThan(0.001);
    expect(delivery?.emerging).toBe(false);
    expect(delivery?.pValue).toBeGreaterThan(0.3);
    expect(results.map((r) => r.key)).toEqual(['refund', 'delivery']); // most significant first
  });

  it('computes the one-sided p-value of the pooled two-proportion z-test', () => {
    const [result] = findEmergingThemes([{ key: 'refund', count: 33 }], 1000, baseline, 1000);
    const twoSided = twoProportionTest({ successes: 20, n: 1000 }, { successes: 33, n: 1000 });
    expect(result?.pValue).toBeCloseTo((twoSided?.pValue ?? Number.NaN) / 2, 10);
  });

  it('does not flag a small count, however large the jump', () => {
    const [result] = findEmergingThemes([{ key: 'new thing', count: 4 }], 100, baseline, 1000);
    expect(result?.pValue).toBeLessThan(0.001);
    expect(result?.emerging).toBe(false);
    const [flagged] = findEmergingThemes([{ key: 'new thing', count: 4 }], 100, baseline, 1000, {
      minCount: 3,
    });
    expect(flagged?.emerging).toBe(true);
  });

  it('handles a theme absent from the baseline without dividing by zero', () => {
    const [result] = findEmergingThemes([{ key: 'outage', count: 12 }], 500, baseline, 1000);
    expect(result).toMatchObject({ key: 'outage', baselineShare: 0, isNew: true, emerging: true });
    expect(Number.isFinite(result?.lift)).toBe(true);
    expect(result?.lift).toBeGreaterThan(1);
  });

  it('does not flag a theme that shrank, nor anything when there is no baseline period', () => {
    const [shrank] = findEmergingThemes([{ key: 'delivery', count: 10 }], 1000, baseline, 1000);
    expect(shrank).toMatchObject({ emerging: false });
    expect(shrank?.pValue).toBeGreaterThan(0.99);
    const [alone] = findEmergingThemes([{ key: 'refund', count: 50 }], 1000, [], 0);
    expect(alone).toMatchObject({ pValue: 1, emerging: false, baselineShare: 0 });
    expect(Number.isFinite(alone?.lift)).toBe(true);
  });

  it('respects alpha', () => {
    const current = [{ key: 'refund', count: 33 }]; // one-sided p ≈ 0.03
    expect(findEmergingThemes(current, 1000, baseline, 1000)[0]?.emerging).toBe(true);
    expect(findEmergingThemes(current, 1000, baseline, 1000, { alpha: 0.01 })[0]?.emerging).toBe(false);
  });
});
