import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseColumns,
  encodeRow,
  findLabelLeaks,
  inferFeatureSchema,
  OTHER_LEVEL,
} from '../src/prediction/features';
import { fitLogistic, sigmoid } from '../src/prediction/logistic';
import { bestF1Threshold, brierScore, evaluateBinary, f1At, prAuc, rocAuc } from '../src/prediction/metrics';
import {
  churnBand,
  churnBandCuts,
  explainChurn,
  parseLabel,
  predictChurn,
  trainChurnModel,
  trainLogisticBaseline,
} from '../src/prediction/model';
import { seededRandom, stratifiedSplit } from '../src/prediction/random';
import {
  generateChurnCustomers,
  SYNTHETIC_FIRST_NAMES,
  SYNTHETIC_LAST_NAMES,
} from '../src/prediction/synthetic';

function labelled(count: number, seed: number) {
  const rows = generateChurnCustomers(count, seed);
  return {
    rows: rows.map(({ churned: _, ...rest }) => rest),
    labels: rows.map((r) => (r.churned ? 1 : 0)),
  };
}

describe('metrics', () => {
  it('computes ROC AUC, average precision, Brier and F1 as worked by hand', () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.2];
    const labels = [1, 0, 1, 0, 0];
    // Positives outrank negatives in 5 of the 6 pairs.
    expect(rocAuc(scores, labels)).toBeCloseTo(5 / 6, 10);
    // Precision at the two positives: 1/1 and 2/3.
    expect(prAuc(scores, labels)).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(brierScore([1, 0.5], [1, 0])).toBeCloseTo(0.125, 10);
    // At 0.65: tp 2, fp 1, fn 0.
    expect(f1At(scores, labels, 0.65)).toBeCloseTo(0.8, 10);
    expect(bestF1Threshold(scores, labels)).toBe(0.7);
    expect(evaluateBinary(scores, labels, 0.65).positiveRate).toBeCloseTo(0.6, 10);
  });

  it('ties count half in ROC AUC, and AUC depends only on the order of scores', () => {
    expect(rocAuc([0.5, 0.5], [1, 0])).toBe(0.5);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { minLength: 2, maxLength: 40 }),
        (pairs) => {
          const labels = pairs.map(([, y]) => (y ? 1 : 0));
          fc.pre(labels.includes(1) && labels.includes(0));
          const scores = pairs.map(([s]) => s);
          const auc = rocAuc(scores, labels);
          expect(auc).toBeGreaterThanOrEqual(0);
          expect(auc).toBeLessThanOrEqual(1);
          expect(
            rocAuc(
              scores.map((s) => Math.exp(s / 4) + 2),
              labels,
            ),
          ).toBeCloseTo(auc, 10);
          expect(
            rocAuc(
              scores.map((s) => -s),
              labels,
            ),
          ).toBeCloseTo(1 - auc, 10);
        },
      ),
    );
  });
});

describe('feature schema', () => {
  const rows = Array.from({ length: 200 }, (_, i) => ({
    id: `c${i}`,
    ref: 100_000 + i * 7,
    customer: `${SYNTHETIC_FIRST_NAMES[i % 12]} ${SYNTHETIC_LAST_NAMES[Math.floor(i / 12) % 12]}`,
    full_label: `Customer ${i}`,
    token: `t-${i * 31}-${i}`,
    plan: i % 50 === 0 ? 'legacy' : ['basic', 'pro'][i % 2],
    spend: i % 10 === 0 ? null : 10 + (i % 13),
    country: 'VN',
    score: i % 7 === 0 ? '' : String(i % 11),
  }));

  it('never uses identifier-like columns: id, unique per row, whole-number keys, names', () => {
    const schema = inferFeatureSchema(rows);
    const reasons = Object.fromEntries(schema.excluded.map((e) => [e.name, e.reason]));
    expect(reasons).toEqual({
      id: 'identifier name',
      ref: 'unique per row',
      customer: 'name-like',
      full_label: 'unique per row',
      token: 'unique per row',
      country: 'constant',
    });
    expect(schema.features.map((f) => f.name)).toEqual(['plan', 'score', 'spend']);
  });

  it('pools rare levels, flags missing numbers and imputes the median', () => {
    const schema = inferFeatureSchema(rows);
    const plan = schema.features.find((f) => f.name === 'plan');
    expect(plan).toMatchObject({
      kind: 'categorical',
      levels: ['basic', 'pro'],
      hasOther: true,
      hasMissing: false,
    });
    const spend = schema.features.find((f) => f.name === 'spend');
    expect(spend).toMatchObject({ kind: 'numeric', hasMissing: true });
    const columns = baseColumns(schema, false);
    const encoded = encodeRow(schema, columns, { plan: 'legacy', spend: null, score: '3' });
    const at = (source: string, kind: string, level?: string) =>
      encoded[columns.findIndex((c) => c.source === source && c.kind === kind && c.level === level)];
    expect(at('plan', 'level', OTHER_LEVEL)).toBe(1);
    expect(at('plan', 'level', 'basic')).toBe(0);
    expect(at('spend', 'missing')).toBe(1);
    expect(at('spend', 'value')).toBe(spend?.kind === 'numeric' ? spend.median : Number.NaN);
    expect(at('score', 'value')).toBe(3);
  });

  it('finds columns that restate the label, and leaves merely strong ones alone', () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const leakRows = labels.map((y, i) => ({
      retained: y === 1 ? 'false' : 'true',
      status: y === 1 ? 'gone' : i % 2 ? 'active' : 'trial',
      // Strong but imperfect: 1 in 10 of the churned say "basic" like most who stay.
      plan: y === 1 && i % 10 !== 0 ? 'premium' : 'basic',
      spend: i * 3,
    }));
    expect(findLabelLeaks(leakRows, labels)).toEqual(['retained', 'status']);
  });

  it('reads labels in the usual spellings and refuses others', () => {
    expect(['Yes', 'true', 1, true, 'churned'].map(parseLabel)).toEqual([1, 1, 1, 1, 1]);
    expect(['No', 'false', 0, false].map(parseLabel)).toEqual([0, 0, 0, 0]);
    expect(['maybe', null, 2].map(parseLabel)).toEqual([null, null, null]);
  });
});

describe('logistic regression', () => {
  it('recovers planted weights', () => {
    const random = seededRandom(3);
    const rows: Float64Array[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = Float64Array.from([random() * 2 - 1, random() * 2 - 1]);
      rows.push(x);
      labels.push(random() < sigmoid(0.5 + 2 * (x[0] as number) - 1 * (x[1] as number)) ? 1 : 0);
    }
    const fit = fitLogistic(rows, labels, 0.01);
    expect(fit.intercept).toBeCloseTo(0.5, 0);
    expect(fit.weights[0]).toBeCloseTo(2, 0);
    expect(fit.weights[1]).toBeCloseTo(-1, 0);
  });

  it('splits both classes in proportion', () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i < 20 ? 1 : 0));
    const { fit, validation } = stratifiedSplit(labels, 0.25, 1);
    expect(validation.filter((i) => labels[i] === 1)).toHaveLength(5);
    expect(fit.length + validation.length).toBe(100);
    expect(new Set([...fit, ...validation]).size).toBe(100);
  });
});

describe('churn model', () => {
  const train = labelled(2500, 11);
  const test = labelled(1500, 12);
  const model = trainChurnModel(train.rows, train.labels, { seed: 5 });

  it('beats plain logistic regression on held-out customers, and is deterministic and JSON-serialisable', () => {
    const baseline = trainLogisticBaseline(train.rows, train.labels, { seed: 5 });
    const score = (m: typeof model) =>
      rocAuc(
        test.rows.map((r) => predictChurn(m, r)),
        test.labels,
      );
    expect(score(model)).toBeGreaterThan(score(baseline));
    expect(score(model)).toBeGreaterThan(0.7);
    const again = trainChurnModel(train.rows, train.labels, { seed: 5 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
    const restored = JSON.parse(JSON.stringify(model));
    expect(predictChurn(restored, test.rows[0] ?? {})).toBeCloseTo(
      predictChurn(model, test.rows[0] ?? {}),
      12,
    );
    // The configuration was chosen among several on the validation part.
    expect(model.candidates.length).toBeGreaterThan(10);
    expect(model.schema.excluded.map((e) => e.name).sort()).toEqual(['email', 'id', 'name']);
  });

  it('explains a score by the features that raise it, with readable text', () => {
    const typical = { ...(train.rows[0] ?? {}) };
    const atRisk = {
      ...typical,
      payment_failures: 3,
      days_since_last_login: 60,
      logins_30d: 0,
      contract: 'annual',
      tenure_months: 40,
      nps_previous: 9,
      nps_latest: 2,
    };
    const reasons = explainChurn(model, atRisk, { top: 4 });
    const features = reasons.map((r) => r.feature);
    expect(features).toContain('payment_failures');
    expect(reasons.every((r) => r.contribution > 0)).toBe(true);
    expect(reasons.find((r) => r.feature === 'payment_failures')?.text).toBe(
      'payment_failures is 3, which raises the risk',
    );
    const custom = explainChurn(model, atRisk, {
      top: 1,
      describe: (r) => `${r.feature}!`,
    });
    expect(custom[0]?.text).toBe(`${custom[0]?.feature}!`);
    expect(predictChurn(model, atRisk)).toBeGreaterThan(
      predictChurn(model, { ...atRisk, payment_failures: 0 }),
    );
  });

  it('bands scores by the threshold and the base rate', () => {
    // Rare churn (5 %): high from the F1 threshold, medium above the base rate.
    const rare = churnBandCuts({ threshold: 0.2, trainedOn: { rows: 1000, positives: 50 } });
    expect(rare).toEqual({ high: 0.2, medium: 0.05 });
    expect([0.3, 0.1, 0.01].map((s) => churnBand(s, rare))).toEqual(['high', 'medium', 'low']);
    // Common churn (45 %) with a low F1 threshold: high only when leaving is likelier than staying.
    const common = churnBandCuts({ threshold: 0.1, trainedOn: { rows: 100, positives: 45 } });
    expect(common).toEqual({ high: 0.5, medium: 0.45 });
    expect(churnBand(0.3, common)).toBe('low');
  });

  it('refuses to train without both classes', () => {
    expect(() => trainChurnModel(train.rows.slice(0, 10), new Array(10).fill(0))).toThrow(/two churned/);
  });
});
