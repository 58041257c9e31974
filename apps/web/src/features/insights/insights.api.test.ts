import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { setWorkspaceTimeZone } from '../../lib/workspace-time';
import {
  addDays,
  compareResults,
  driverDataShortage,
  formatMetric,
  groupDays,
  type TMetricAnswer,
  trendOf,
  utcDay,
} from './insights.api';

function result(partial: Partial<TMetricAnswer>): TMetricAnswer {
  return {
    metric: 'nps',
    source: 'rollups',
    value: null,
    n: 0,
    ci95: null,
    smallSample: false,
    groups: [],
    ...partial,
  };
}

describe('insights helpers', () => {
  it('counts days in UTC', () => {
    const at = new Date('2026-03-01T23:30:00Z');
    expect(utcDay(0, at)).toBe('2026-03-01');
    expect(utcDay(-1, at)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it("counts today in the workspace's time zone once it is known", () => {
    const at = new Date('2026-03-01T23:30:00Z');
    setWorkspaceTimeZone('Asia/Ho_Chi_Minh');
    try {
      expect(utcDay(0, at)).toBe('2026-03-02');
      expect(utcDay(-1, at)).toBe('2026-03-01');
    } finally {
      setWorkspaceTimeZone('UTC');
    }
    expect(utcDay(0, at)).toBe('2026-03-01');
  });

  it('turns a time group key into its first and last day', () => {
    expect(groupDays('2026-09-07', 'week')).toEqual({ first: '2026-09-07', last: '2026-09-13' });
    expect(groupDays('2026-02', 'month')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(groupDays('2026-09-07', 'day')).toEqual({ first: '2026-09-07', last: '2026-09-07' });
  });

  it('tests the change between two periods with the server’s tests', () => {
    const before = result({ n: 100, promoters: 20, passives: 30, detractors: 50 });
    const after = result({ n: 100, promoters: 50, passives: 30, detractors: 20 });
    const change = compareResults('nps', before, after);
    expect(change?.delta).toBeCloseTo(60);
    expect(change?.significant).toBe(true);
    expect(compareResults('nps', undefined, after)).toBeNull();
    const csat = compareResults(
      'csat',
      result({ metric: 'csat', n: 50, successes: 25 }),
      result({ metric: 'csat', n: 50, successes: 26 }),
    );
    expect(csat?.significant).toBe(false);
  });

  it('formats each metric as people read it', () => {
    expect(formatMetric('nps', 12.4, 'en')).toBe('+12');
    expect(formatMetric('csat', 81.6, 'en')).toBe('82%');
    expect(formatMetric('ces', 5.26, 'vi')).toBe('5,3');
    expect(formatMetric('nps', null, 'en')).toBe('–');
  });

  it('reads a trend only from a significant last change', () => {
    const group = { key: '2026-09-07', label: null, value: 10, n: 40, ci95: null, smallSample: false };
    expect(trendOf([])).toBeNull();
    expect(
      trendOf([{ ...group, changeVsPrevious: { delta: 5, pValue: 0.3, significant: false, test: 't' } }]),
    ).toBe('flat');
    expect(
      trendOf([{ ...group, changeVsPrevious: { delta: -9, pValue: 0.01, significant: true, test: 't' } }]),
    ).toBe('down');
  });
});

describe('driverDataShortage', () => {
  const problem = (status: number, invalidParams: { name: string; reason: string }[]) =>
    new ApiError({
      type: 'about:blank',
      title: 'x',
      status,
      detail: 'x',
      code: status === 422 ? 'UNPROCESSABLE' : 'VALIDATION_FAILED',
      requestId: 'r',
      invalidParams,
    });

  it('reads what is missing and its numbers from a 422', () => {
    expect(
      driverDataShortage(problem(422, [{ name: 'data.contacts', reason: '12 found, 30 needed' }])),
    ).toEqual({
      reason: 'contacts',
      found: 12,
      needed: 30,
    });
  });

  it('is null for other errors', () => {
    expect(driverDataShortage(problem(400, [{ name: 'query.outcome', reason: 'required' }]))).toBeNull();
    expect(driverDataShortage(problem(422, []))).toBeNull();
    expect(driverDataShortage(new Error('network'))).toBeNull();
  });
});
