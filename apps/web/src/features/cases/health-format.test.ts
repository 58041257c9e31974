import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate, formatRateInterval, healthPeriod } from './health-format';

const units = { day: 'd', hour: 'h', minute: 'min' };

describe('health formatting', () => {
  it('formats durations with two units at most', () => {
    expect(formatDuration(null, units)).toBe('–');
    expect(formatDuration(0, units)).toBe('0 min');
    expect(formatDuration(45.4, units)).toBe('45 min');
    expect(formatDuration(90, units)).toBe('1 h 30 min');
    expect(formatDuration(180, units)).toBe('3 h');
    expect(formatDuration(1440 * 2 + 5 * 60 + 59, units)).toBe('2 d 5 h');
    expect(formatDuration(1440, units)).toBe('1 d');
  });

  it('formats rates and their intervals as percentages', () => {
    expect(formatRate(null, 'en-GB')).toBe('–');
    expect(formatRate(0.25, 'en-GB')).toBe('25%');
    expect(formatRateInterval([0.0456, 0.6994], 'en-GB')).toBe('5% – 70%');
    expect(formatRateInterval(null, 'en-GB')).toBe('–');
  });

  it('builds a period ending today with an exclusive end', () => {
    expect(healthPeriod(30, new Date('2026-12-05T15:00:00Z'))).toEqual({
      from: '2026-11-06',
      to: '2026-12-06',
    });
    expect(healthPeriod(1, new Date('2026-12-31T23:59:00Z'))).toEqual({
      from: '2026-12-31',
      to: '2027-01-01',
    });
  });
});
