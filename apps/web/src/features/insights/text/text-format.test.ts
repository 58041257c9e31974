import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  explorerLink,
  formatLift,
  formatPValue,
  formatShare,
  periodQuery,
  sentimentParts,
  sparklinePath,
} from './text-format';

describe('sentimentParts', () => {
  it('orders the parts negative first and gives shares of the total', () => {
    const parts = sentimentParts({ negative: 3, neutral: 1, positive: 4, mixed: 0 });
    expect(parts.map((part) => part.label)).toEqual(['negative', 'mixed', 'neutral', 'positive']);
    expect(parts.map((part) => part.share)).toEqual([3 / 8, 0, 1 / 8, 4 / 8]);
  });

  it('gives zero shares, not NaN, when there is nothing to split', () => {
    expect(sentimentParts({}).every((part) => part.share === 0 && part.count === 0)).toBe(true);
  });

  it('ignores negative counts rather than drawing a bar wider than its track', () => {
    const parts = sentimentParts({ negative: -2, positive: 2 });
    expect(parts.find((part) => part.label === 'positive')?.share).toBe(1);
  });
});

describe('sparklinePath', () => {
  it('draws nothing for fewer than two points', () => {
    expect(sparklinePath([], 100, 20)).toBeNull();
    expect(sparklinePath([5], 100, 20)).toBeNull();
  });

  it('spans the width and puts the highest value at the top', () => {
    expect(sparklinePath([0, 10, 5], 100, 20)).toBe('M0.0,18.0 L50.0,2.0 L100.0,10.0');
  });

  it('draws a flat series as a flat line, not a division by zero', () => {
    expect(sparklinePath([4, 4], 100, 20)).toBe('M0.0,18.0 L100.0,18.0');
  });
});

describe('formats', () => {
  it('shows small shares with a decimal and others as whole percentages', () => {
    expect(formatShare(0.037, 'en')).toBe('3.7%');
    expect(formatShare(0.42, 'en')).toBe('42%');
    expect(formatShare(null, 'en')).toBe('–');
  });

  it('writes a lift as a multiplier and tiny p-values as a bound', () => {
    expect(formatLift(3.24, 'en')).toBe('×3.2');
    expect(formatLift(null, 'en')).toBe('–');
    expect(formatPValue(0.00001, 'en')).toBe('< 0.001');
    expect(formatPValue(0.0234, 'en')).toBe('0.023');
  });
});

describe('periods', () => {
  it('turns the inclusive last day of the page into the exclusive end the API wants', () => {
    expect(periodQuery('2026-01-01', '2026-01-31')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
  });

  it('leaves out days that are not yyyy-mm-dd', () => {
    expect(periodQuery('', 'soon')).toEqual({});
  });

  it('counts the default period back from today, today included', () => {
    expect(defaultPeriod(7, new Date('2026-03-10T23:00:00Z'))).toEqual({
      from: '2026-03-04',
      lastDay: '2026-03-10',
    });
  });
});

describe('explorerLink', () => {
  it('keeps only the filters that are set', () => {
    expect(explorerLink({ topicId: 't1', sentiment: 'negative', q: '', lang: undefined })).toBe(
      '/insights/comments?topicId=t1&sentiment=negative',
    );
    expect(explorerLink({})).toBe('/insights/comments');
  });
});
