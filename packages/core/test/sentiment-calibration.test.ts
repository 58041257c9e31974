import { describe, expect, it } from 'vitest';
import {
  calibratedSentiment,
  compareCalibration,
  goldSentimentLabel,
  isHeldOut,
  trainSentimentCalibration,
  weakSentimentLabel,
} from '../src/text/index';

// The rules of the workspace calibration that do not need a database: which scores are evidence of which
// side, how the analyzer's four labels are scored on two- and three-class sets, and how a two-class model
// reads together with the analyzer (neutral kept unless the model is sure, mixed kept mixed).

describe('weak labels from scores', () => {
  it('reads NPS 0–3 as negative and 9–10 as positive, and says nothing in between', () => {
    expect([0, 3, 4, 8, 9, 10].map((npsScore) => weakSentimentLabel({ npsScore }))).toEqual([
      'negative',
      'negative',
      null,
      null,
      'positive',
      'positive',
    ]);
  });
  it('reads CSAT 1 as negative and 5 as positive; the NPS answer wins when both exist', () => {
    expect(weakSentimentLabel({ csat: 1 })).toBe('negative');
    expect(weakSentimentLabel({ csat: 5 })).toBe('positive');
    expect(weakSentimentLabel({ csat: 3 })).toBeNull();
    expect(weakSentimentLabel({ npsScore: 6, csat: 5 })).toBeNull();
    expect(weakSentimentLabel({})).toBeNull();
  });
});

describe('goldSentimentLabel', () => {
  it('keeps neutral on three-class sets and follows the score on two-class sets', () => {
    expect(goldSentimentLabel({ label: 'neutral', score: 0.2 }, true)).toBe('neutral');
    expect(goldSentimentLabel({ label: 'neutral', score: -0.2 }, false)).toBe('negative');
    expect(goldSentimentLabel({ label: 'neutral', score: 0 }, false)).toBe('positive');
    expect(goldSentimentLabel({ label: 'mixed', score: -0.4 }, true)).toBe('negative');
    expect(goldSentimentLabel({ label: 'mixed', score: 0 }, true)).toBe('neutral');
  });
});

describe('calibratedSentiment', () => {
  const examples = [
    ...Array.from({ length: 40 }, (_, i) => ({
      text: `the zorbix flimbled again ${i % 5}`,
      label: 'negative',
    })),
    ...Array.from({ length: 40 }, (_, i) => ({
      text: `the zorbix glimmered again ${i % 5}`,
      label: 'positive',
    })),
  ];
  const model = trainSentimentCalibration(examples);

  it('decides the side of what the analyzer cannot read when the model is sure', () => {
    const reading = calibratedSentiment(model, 'the zorbix flimbled again', 'en');
    expect(reading).toMatchObject({ label: 'negative', calibrated: true });
    expect(reading.score).toBeLessThan(-0.5);
  });
  it("keeps the analyzer's neutral when the model is unsure, and mixed stays mixed", () => {
    const unsure = calibratedSentiment(model, 'our office opens at nine', 'en', {
      label: 'neutral',
      score: 0,
    });
    expect(unsure).toEqual({ label: 'neutral', score: 0, calibrated: false });
    const mixed = calibratedSentiment(model, 'the zorbix flimbled again', 'en', {
      label: 'mixed',
      score: 0.1,
    });
    expect(mixed.label).toBe('mixed');
    expect(mixed.score).toBeLessThan(0);
  });
  it('lets a model trained with a neutral class decide alone', () => {
    const three = trainSentimentCalibration([
      ...examples,
      ...Array.from({ length: 40 }, (_, i) => ({ text: `the zorbix is blue ${i % 5}`, label: 'neutral' })),
    ]);
    expect(
      calibratedSentiment(three, 'the zorbix is blue', 'en', { label: 'positive', score: 0.6 }).label,
    ).toBe('neutral');
  });
  it('compares with the analyzer on held-out comments and needs a real gain to be better', () => {
    const heldOut = [
      { text: 'the zorbix flimbled again', label: 'negative' },
      { text: 'the zorbix glimmered again', label: 'positive' },
    ];
    const comparison = compareCalibration(model, heldOut);
    expect(comparison.calibrated.accuracy).toBe(1);
    expect(comparison.better).toBe(comparison.calibrated.macroF1 >= comparison.builtin.macroF1 + 0.01);
    // Where the analyzer is already right there is nothing to gain, so the calibration is not "better".
    const plain = compareCalibration(model, [
      { text: 'terrible awful service', label: 'negative' },
      { text: 'great lovely service', label: 'positive' },
    ]);
    expect(plain.builtin.accuracy).toBe(1);
    expect(plain.better).toBe(false);
  });
  it('holds out about one comment in five, by key, the same every time', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `item-${i}:q2`);
    const held = keys.filter(isHeldOut).length;
    expect(held).toBeGreaterThan(150);
    expect(held).toBeLessThan(250);
    expect(keys.filter(isHeldOut)).toEqual(keys.filter(isHeldOut));
  });
});
