import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyText,
  modelSummary,
  predictLabels,
  type TextExample,
  trainMultiLabel,
  trainTextClassifier,
} from '../src/text/classifier';
import { countFeatures, DEFAULT_FEATURE_OPTIONS, extractFeatures } from '../src/text/features';

const BILLING = [
  'I was charged twice on my invoice',
  'the invoice shows a double charge',
  'please refund the extra charge on my card',
  'why is my bill higher this month',
  'wrong amount on the bill and the invoice',
  'refund my money, the charge is wrong',
];
const DELIVERY = [
  'my parcel never arrived',
  'the courier lost the parcel',
  'delivery was three days late',
  'package arrived late and the box was crushed',
  'where is my package, delivery is late',
  'the courier left the parcel at the wrong door',
];
const TOY: TextExample[] = [
  ...BILLING.map((text) => ({ text, label: 'billing' })),
  ...DELIVERY.map((text) => ({ text, label: 'delivery' })),
];

const VIETNAMESE: TextExample[] = [
  { text: 'giao hàng chậm quá', label: 'delivery' },
  { text: 'giao hàng rất chậm, đợi cả tuần', label: 'delivery' },
  { text: 'shipper giao hàng trễ', label: 'delivery' },
  { text: 'đơn hàng giao chậm', label: 'delivery' },
  { text: 'nhân viên rất thân thiện', label: 'staff' },
  { text: 'nhân viên tư vấn nhiệt tình', label: 'staff' },
  { text: 'nhân viên thân thiện và nhiệt tình', label: 'staff' },
  { text: 'thái độ nhân viên tốt', label: 'staff' },
];

describe('extractFeatures', () => {
  it('has unit length, word n-grams and character n-grams', () => {
    const vector = extractFeatures('Refund my money');
    const length = Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0));
    expect(length).toBeCloseTo(1, 12);
    expect(vector.has('f refund')).toBe(true);
    expect(vector.has('f refund my')).toBe(true);
    expect(vector.has('c fun')).toBe(true);
  });

  it('gives Vietnamese syllable trigrams, and folded forms that text without diacritics shares', () => {
    const accented = extractFeatures('giao hàng chậm');
    expect(accented.has('f giao hang cham')).toBe(true);
    expect(accented.has('w giao hàng chậm')).toBe(true);
    const plain = extractFeatures('giao hang cham', { lang: 'vi' });
    expect(plain.has('f giao hang cham')).toBe(true);
  });

  it('marks the words after a negation', () => {
    expect(countFeatures('not helpful at all', DEFAULT_FEATURE_OPTIONS).get('n helpful')).toBe(1);
    expect(countFeatures('very helpful', DEFAULT_FEATURE_OPTIONS).has('n helpful')).toBe(false);
    expect(countFeatures('nhân viên không nhiệt tình', DEFAULT_FEATURE_OPTIONS).has('n nhiet')).toBe(true);
  });

  it("adds the built-in analyzer's reading only when asked (sentiment models)", () => {
    const withLexicon = countFeatures('I love it, great service', {
      ...DEFAULT_FEATURE_OPTIONS,
      sentimentLexicon: true,
    });
    expect(withLexicon.get('l positive')).toBe(2);
    expect([...withLexicon.keys()].filter((name) => name.startsWith('l '))).toHaveLength(2);
    const without = countFeatures('I love it, great service', DEFAULT_FEATURE_OPTIONS);
    expect([...without.keys()].some((name) => name.startsWith('l '))).toBe(false);
  });

  it('is the same for precomposed (NFC) and decomposed (NFD) input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('rất tốt', 'Giao hàng chậm!', 'café crème', 'không hài lòng :('),
        (text) => {
          expect(extractFeatures(text.normalize('NFD'))).toEqual(extractFeatures(text.normalize('NFC')));
        },
      ),
    );
  });
});

describe('trainTextClassifier', () => {
  it('learns a small separable problem', () => {
    const model = trainTextClassifier(TOY);
    expect(model).toMatchObject({ kind: 'text-classifier', version: 1, labels: ['billing', 'delivery'] });
    const billing = classifyText(model, 'there is an extra charge on my invoice');
    expect(billing.label).toBe('billing');
    expect(billing.confidence).toBeGreaterThan(0.5);
    expect(billing.scores.billing).toBe(billing.confidence);
    expect((billing.scores.billing ?? 0) + (billing.scores.delivery ?? 0)).toBeCloseTo(1, 12);
    expect(classifyText(model, 'the parcel is late').label).toBe('delivery');
    // Every training text is classified as labelled.
    for (const example of TOY) expect(classifyText(model, example.text).label).toBe(example.label);
  });

  it('classifies Vietnamese typed without diacritics with a model trained on accented text', () => {
    const model = trainTextClassifier(VIETNAMESE);
    expect(model.featureOptions.wordNgramMax).toBe(3);
    expect(classifyText(model, 'giao hang cham qua').label).toBe('delivery');
    expect(classifyText(model, 'nhan vien than thien').label).toBe('staff');
    expect(classifyText(model, 'nhân viên thân thiện').label).toBe('staff');
  });

  it('survives JSON: a parsed copy makes identical predictions', () => {
    const model = trainTextClassifier(TOY);
    const copy = JSON.parse(JSON.stringify(model));
    expect(copy).toEqual(model);
    for (const text of ['double charge', 'late parcel', 'hello', '', 'invoice parcel']) {
      expect(classifyText(copy, text)).toEqual(classifyText(model, text));
    }
  });

  it('is deterministic for the same seed, and the seed is what varies the shuffle', () => {
    expect(JSON.stringify(trainTextClassifier(TOY))).toBe(JSON.stringify(trainTextClassifier(TOY)));
    expect(JSON.stringify(trainTextClassifier(TOY, { seed: 7 }))).toBe(
      JSON.stringify(trainTextClassifier(TOY, { seed: 7 })),
    );
    expect(JSON.stringify(trainTextClassifier(TOY, { seed: 7 }))).not.toBe(
      JSON.stringify(trainTextClassifier(TOY)),
    );
  });

  it('respects example weights', () => {
    const conflicting = (heavy: string): TextExample[] => [
      { text: 'the box arrived today', label: 'praise', weight: heavy === 'praise' ? 5 : 1 },
      { text: 'the box arrived today', label: 'complaint', weight: heavy === 'complaint' ? 5 : 1 },
      { text: 'great service', label: 'praise' },
      { text: 'great service', label: 'praise' },
      { text: 'awful service', label: 'complaint' },
      { text: 'awful service', label: 'complaint' },
    ];
    const options = { classBalance: 0 };
    expect(classifyText(trainTextClassifier(conflicting('praise'), options), 'the box arrived').label).toBe(
      'praise',
    );
    expect(
      classifyText(trainTextClassifier(conflicting('complaint'), options), 'the box arrived').label,
    ).toBe('complaint');
    // A weight of 0 removes an example's influence entirely.
    const ignored = trainTextClassifier([
      ...TOY,
      { text: 'charge on my invoice', label: 'delivery', weight: 0 },
      { text: 'charge on my invoice', label: 'delivery', weight: 0 },
    ]);
    expect(classifyText(ignored, 'charge on my invoice').label).toBe('billing');
  });

  it('keeps only features seen at least minCount times, and summarises the model', () => {
    const model = trainTextClassifier(TOY);
    expect(model.vocabulary).toContain('f invoice');
    expect(model.vocabulary).not.toContain('f crushed'); // one text only
    expect(trainTextClassifier(TOY, { minCount: 1 }).vocabulary).toContain('f crushed');
    expect(modelSummary(model)).toEqual({
      labels: ['billing', 'delivery'],
      features: model.vocabulary.length,
      trainedOn: TOY.length,
    });
  });

  it('handles a single label and rejects unusable input', () => {
    const single = trainTextClassifier([{ text: 'anything', label: 'only' }]);
    expect(classifyText(single, 'whatever')).toEqual({ label: 'only', confidence: 1, scores: { only: 1 } });
    expect(() => trainTextClassifier([])).toThrow(/at least one example/);
    expect(() => trainTextClassifier([{ text: 'x', label: 'a', weight: -1 }])).toThrow(/invalid weight/);
  });
});

describe('trainMultiLabel', () => {
  const examples = [
    { text: 'the refund took weeks', labels: ['refund'] },
    { text: 'still waiting for my refund', labels: ['refund'] },
    { text: 'refund please', labels: ['refund'] },
    { text: 'the app keeps crashing', labels: ['app'] },
    { text: 'app crashing on login', labels: ['app'] },
    { text: 'the app is slow', labels: ['app'] },
    { text: 'the app crashed and my refund is missing', labels: ['app', 'refund'] },
    { text: 'refund button in the app does nothing', labels: ['app', 'refund'] },
    { text: 'thanks, all good', labels: [] },
    { text: 'all good, thanks a lot', labels: [] },
    { text: 'nice people, all good', labels: [] },
  ];

  it('predicts every label that applies, none for an unrelated text, most likely first', () => {
    const model = trainMultiLabel(examples);
    expect(model).toMatchObject({ kind: 'multi-label-classifier', version: 1, labels: ['app', 'refund'] });
    expect(predictLabels(model, 'my refund never came').map((p) => p.label)).toEqual(['refund']);
    expect(predictLabels(model, 'the app crashing again').map((p) => p.label)).toEqual(['app']);
    const both = predictLabels(model, 'app crashed, where is my refund');
    expect(both.map((p) => p.label).sort()).toEqual(['app', 'refund']);
    expect(both[0]?.confidence).toBeGreaterThanOrEqual(both[1]?.confidence ?? 1);
    expect(predictLabels(model, 'all good, thanks')).toEqual([]);
  });

  it('applies the threshold, and a parsed copy predicts the same', () => {
    const model = trainMultiLabel(examples);
    const everything = predictLabels(model, 'all good, thanks', 0);
    expect(everything.map((p) => p.label).sort()).toEqual(['app', 'refund']);
    expect(predictLabels(model, 'refund please', 0.999_999)).toEqual([]);
    const copy = JSON.parse(JSON.stringify(model));
    for (const text of ['refund', 'app crash', 'thanks']) {
      expect(predictLabels(copy, text, 0.1)).toEqual(predictLabels(model, text, 0.1));
    }
  });
});
