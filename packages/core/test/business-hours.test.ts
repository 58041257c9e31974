import {
  addBusinessMinutes,
  businessMinutesBetween,
  computeCaseDueDates,
  DEFAULT_SLA_POLICY,
  median,
  rateWithInterval,
  slaClockState,
} from '@touchpoint/core';
import type { TBusinessHours } from '@touchpoint/schemas';
import { ZBusinessHours } from '@touchpoint/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const NINE_TO_FIVE: [string, string][] = [['09:00', '17:00']];
const weekdays = (timeZone: string, holidays: string[] = []): TBusinessHours => ({
  timeZone,
  days: { '1': NINE_TO_FIVE, '2': NINE_TO_FIVE, '3': NINE_TO_FIVE, '4': NINE_TO_FIVE, '5': NINE_TO_FIVE },
  holidays,
});
const saigon = weekdays('Asia/Ho_Chi_Minh');
const berlin = weekdays('Europe/Berlin');

/** Wall-clock parts of an instant in a zone, to assert "inside opening hours" independently of the code. */
function local(date: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    weekday: parts.weekday as string,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

describe('addBusinessMinutes', () => {
  it('carries a Friday afternoon case over the weekend (Asia/Ho_Chi_Minh, UTC+7, no DST)', () => {
    const friday16 = new Date('2026-12-04T16:00:00+07:00');
    expect(addBusinessMinutes(friday16, 240, saigon).toISOString()).toBe(
      new Date('2026-12-07T12:00:00+07:00').toISOString(),
    );
  });

  it('skips a holiday (a local date) as if it were closed', () => {
    const friday16 = new Date('2026-12-04T16:00:00+07:00');
    const withHoliday = weekdays('Asia/Ho_Chi_Minh', ['2026-12-07']);
    expect(addBusinessMinutes(friday16, 240, withHoliday).toISOString()).toBe(
      new Date('2026-12-08T12:00:00+07:00').toISOString(),
    );
  });

  it('waits for the opening when it starts before hours, and ends exactly at closing when the time fits', () => {
    const early = new Date('2026-12-08T06:30:00+07:00');
    expect(addBusinessMinutes(early, 60, saigon).toISOString()).toBe(
      new Date('2026-12-08T10:00:00+07:00').toISOString(),
    );
    expect(addBusinessMinutes(early, 480, saigon).toISOString()).toBe(
      new Date('2026-12-08T17:00:00+07:00').toISOString(),
    );
    expect(addBusinessMinutes(early, 481, saigon).toISOString()).toBe(
      new Date('2026-12-09T09:01:00+07:00').toISOString(),
    );
  });

  it('keeps 09:00 at 09:00 local across the spring DST change in Berlin (offset +1 → +2)', () => {
    // Friday 27 March 2026 16:00 CET; clocks go forward on Sunday 29 March.
    const friday = new Date('2026-03-27T16:00:00+01:00');
    const due = addBusinessMinutes(friday, 240, berlin);
    expect(due.toISOString()).toBe('2026-03-30T10:00:00.000Z'); // Monday 12:00 CEST
    expect(local(due, 'Europe/Berlin')).toMatchObject({ date: '2026-03-30', minutes: 12 * 60 });
  });

  it('keeps 09:00 at 09:00 local across the autumn DST change in Berlin (offset +2 → +1)', () => {
    const friday = new Date('2026-10-23T16:00:00+02:00');
    const due = addBusinessMinutes(friday, 8 * 60 + 60, berlin);
    // 1 h on Friday, then 8 h on Monday 26 October (CET by then): ends Monday 17:00 local.
    expect(due.toISOString()).toBe('2026-10-26T16:00:00.000Z');
    expect(local(due, 'Europe/Berlin')).toMatchObject({ date: '2026-10-26', minutes: 17 * 60 });
  });

  it('never counts a wall time outside the range on a DST night (New York: 02:00 does not exist on 8 March)', () => {
    const night: TBusinessHours = {
      timeZone: 'America/New_York',
      days: { '0': [['02:00', '04:00']] },
      holidays: [],
    };
    // The range opens when the clocks jump to 03:00 EDT (07:00 UTC) and lasts one real hour that night.
    const due = addBusinessMinutes(new Date('2026-03-08T05:00:00Z'), 30, night);
    expect(due.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(local(due, 'America/New_York').minutes).toBe(3 * 60 + 30);
    expect(
      businessMinutesBetween(new Date('2026-03-08T00:00:00Z'), new Date('2026-03-09T00:00:00Z'), night),
    ).toBe(60);
    // On the autumn night 01:00–02:00 happens twice; a range ending at 01:30 ends at its first occurrence.
    const autumn: TBusinessHours = {
      timeZone: 'America/New_York',
      days: { '0': [['00:00', '01:30']] },
      holidays: [],
    };
    expect(
      businessMinutesBetween(new Date('2026-11-01T00:00:00Z'), new Date('2026-11-02T00:00:00Z'), autumn),
    ).toBe(90);
  });

  it('counts the real length of a DST night for a 24-hour day', () => {
    const allDaySunday: TBusinessHours = {
      timeZone: 'Europe/Berlin',
      days: { '0': [['00:00', '24:00']] },
      holidays: [],
    };
    // Sunday 29 March 2026 has 23 hours in Berlin; Sunday 25 October 2026 has 25.
    const spring = new Date('2026-03-29T00:00:00+01:00');
    expect(businessMinutesBetween(spring, new Date('2026-03-30T00:00:00+02:00'), allDaySunday)).toBe(23 * 60);
    const autumn = new Date('2026-10-25T00:00:00+02:00');
    expect(businessMinutesBetween(autumn, new Date('2026-10-26T00:00:00+01:00'), allDaySunday)).toBe(25 * 60);
  });

  it('runs around the clock with hours === null', () => {
    const start = new Date('2026-12-05T23:00:00Z');
    expect(addBusinessMinutes(start, 90, null).toISOString()).toBe('2026-12-06T00:30:00.000Z');
    expect(businessMinutesBetween(start, new Date('2026-12-06T00:30:00Z'), null)).toBe(90);
  });

  it('returns the start for zero minutes and refuses negative minutes and hours that never open', () => {
    const start = new Date('2026-12-05T23:00:00Z');
    expect(addBusinessMinutes(start, 0, saigon).getTime()).toBe(start.getTime());
    expect(() => addBusinessMinutes(start, -1, saigon)).toThrow(RangeError);
    expect(() => addBusinessMinutes(start, 10, { timeZone: 'UTC', days: {}, holidays: [] })).toThrow(
      RangeError,
    );
  });

  it('handles several ranges a day (a lunch break)', () => {
    const split: TBusinessHours = {
      timeZone: 'Asia/Ho_Chi_Minh',
      days: {
        '2': [
          ['13:00', '17:00'],
          ['08:00', '12:00'],
        ],
      },
      holidays: [],
    };
    const tuesday8 = new Date('2026-12-08T08:00:00+07:00');
    expect(addBusinessMinutes(tuesday8, 300, split).toISOString()).toBe(
      new Date('2026-12-08T14:00:00+07:00').toISOString(),
    );
    expect(businessMinutesBetween(tuesday8, new Date('2026-12-08T18:00:00+07:00'), split)).toBe(480);
  });
});

describe('businessMinutesBetween', () => {
  it('counts only open minutes, and is negative when the instants are swapped', () => {
    const friday16 = new Date('2026-12-04T16:00:00+07:00');
    const monday12 = new Date('2026-12-07T12:00:00+07:00');
    expect(businessMinutesBetween(friday16, monday12, saigon)).toBe(240);
    expect(businessMinutesBetween(monday12, friday16, saigon)).toBe(-240);
    expect(businessMinutesBetween(friday16, friday16, saigon)).toBe(0);
  });
});

describe('computeCaseDueDates', () => {
  it('uses the team policy, else the defaults', () => {
    const createdAt = new Date('2026-12-04T16:00:00+07:00');
    const defaults = computeCaseDueDates({ createdAt, priority: 'high', hours: saigon, policy: null });
    expect(defaults.firstActionDueAt.toISOString()).toBe(
      addBusinessMinutes(createdAt, 240, saigon).toISOString(),
    );
    expect(defaults.resolveDueAt.toISOString()).toBe(
      addBusinessMinutes(createdAt, DEFAULT_SLA_POLICY.resolve.high, saigon).toISOString(),
    );
    const policy = {
      firstAction: { low: 10, normal: 20, high: 30, urgent: 5 },
      resolve: { low: 100, normal: 200, high: 300, urgent: 50 },
    };
    const own = computeCaseDueDates({ createdAt, priority: 'urgent', hours: null, policy });
    expect(own.firstActionDueAt.getTime() - createdAt.getTime()).toBe(5 * 60_000);
    expect(own.resolveDueAt.getTime() - createdAt.getTime()).toBe(50 * 60_000);
  });
});

describe('ZBusinessHours', () => {
  it('accepts a valid week and refuses unknown zones, reversed or overlapping ranges and bad dates', () => {
    expect(ZBusinessHours.safeParse(saigon).success).toBe(true);
    expect(ZBusinessHours.safeParse({ ...saigon, timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(ZBusinessHours.safeParse({ ...saigon, days: { '1': [['17:00', '09:00']] } }).success).toBe(false);
    expect(
      ZBusinessHours.safeParse({
        ...saigon,
        days: {
          '1': [
            ['09:00', '12:00'],
            ['11:00', '13:00'],
          ],
        },
      }).success,
    ).toBe(false);
    expect(ZBusinessHours.safeParse({ ...saigon, days: {} }).success).toBe(false);
    expect(ZBusinessHours.safeParse({ ...saigon, holidays: ['2026-13-01'] }).success).toBe(false);
    expect(ZBusinessHours.safeParse({ ...saigon, days: { '7': NINE_TO_FIVE } }).success).toBe(false);
  });
});

// Properties, over zones with and without DST and random opening hours.
const arbZone = fc.constantFrom(
  'Asia/Ho_Chi_Minh',
  'Europe/Berlin',
  'America/New_York',
  'UTC',
  'Australia/Lord_Howe',
);
const arbRange = fc
  .tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 48 }))
  .filter(([a, b]) => a < b)
  .map(([a, b]) => {
    const clock = (half: number) =>
      half === 48 ? '24:00' : `${String(Math.floor(half / 2)).padStart(2, '0')}:${half % 2 ? '30' : '00'}`;
    return [clock(a), clock(b)] as [string, string];
  });
const arbHours: fc.Arbitrary<TBusinessHours> = fc
  .record({
    timeZone: arbZone,
    open: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    range: arbRange,
    holidays: fc.array(
      fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
      {
        maxLength: 5,
      },
    ),
  })
  .map(({ timeZone, open, range, holidays }) => ({
    timeZone,
    days: Object.fromEntries(open.map((d) => [String(d), [range]])),
    holidays: holidays.map((d) => d.toISOString().slice(0, 10)),
  }));
/** Days of DST changes in the zones above (2026), where wall-clock arithmetic goes wrong if it can. */
const DST_DAYS = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01'];
const arbInstant = fc.oneof(
  fc.date({ min: new Date('2026-01-01'), max: new Date('2027-06-30'), noInvalidDate: true }),
  fc
    .tuple(fc.constantFrom(...DST_DAYS), fc.integer({ min: -3 * 1440, max: 1440 }))
    .map(([day, minutes]) => new Date(new Date(`${day}T00:00:00Z`).getTime() + minutes * 60_000)),
);
const arbMinutes = fc.integer({ min: 1, max: 5000 });

function isOpenAt(hours: TBusinessHours, at: Date): boolean {
  // Check the instant and the one a millisecond before: a result at closing time is inside [open, close].
  const probe = new Date(at.getTime() - 1);
  const { weekday, date, minutes } = local(probe, hours.timeZone);
  if (hours.holidays.includes(date)) return false;
  const index = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekday);
  const ranges = hours.days[String(index) as keyof TBusinessHours['days']] ?? [];
  return ranges.some(([from, to]) => {
    const [fh, fm] = from.split(':').map(Number);
    const [th, tm] = to.split(':').map(Number);
    return minutes >= (fh ?? 0) * 60 + (fm ?? 0) && minutes < (th ?? 0) * 60 + (tm ?? 0);
  });
}

describe('business-hours properties', () => {
  it('adding then measuring returns the same minutes', () => {
    fc.assert(
      fc.property(arbHours, arbInstant, arbMinutes, (hours, start, minutes) => {
        const due = addBusinessMinutes(start, minutes, hours);
        expect(businessMinutesBetween(start, due, hours)).toBe(minutes);
      }),
      { numRuns: 150 },
    );
  });

  it('is monotonic: more minutes never end earlier, a later start never ends earlier', () => {
    fc.assert(
      fc.property(arbHours, arbInstant, arbMinutes, arbMinutes, (hours, start, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(addBusinessMinutes(start, less, hours).getTime()).toBeLessThanOrEqual(
          addBusinessMinutes(start, more, hours).getTime(),
        );
        const later = new Date(start.getTime() + b * 60_000);
        expect(addBusinessMinutes(start, a, hours).getTime()).toBeLessThanOrEqual(
          addBusinessMinutes(later, a, hours).getTime(),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('always lands inside opening hours', () => {
    fc.assert(
      fc.property(arbHours, arbInstant, arbMinutes, (hours, start, minutes) => {
        expect(isOpenAt(hours, addBusinessMinutes(start, minutes, hours))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('measuring is additive over a split point', () => {
    fc.assert(
      fc.property(arbHours, arbInstant, arbInstant, arbInstant, (hours, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const whole = businessMinutesBetween(a, c, hours);
        const parts = businessMinutesBetween(a, b, hours) + businessMinutesBetween(b, c, hours);
        expect(Math.abs(whole - parts)).toBeLessThan(1e-6);
      }),
      { numRuns: 50 },
    );
  });
});

describe('programme-health maths', () => {
  it('median: the middle value, or the mean of the two middle ones; null when empty', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([600, 30, 90])).toBe(90);
    expect(median([240, 120])).toBe(180);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('rateWithInterval: a fraction with the Wilson interval (worked by hand for 1 of 4), null for n = 0', () => {
    expect(rateWithInterval(0, 0)).toEqual({ rate: null, ci95: null });
    const { rate, ci95 } = rateWithInterval(1, 4);
    expect(rate).toBe(0.25);
    expect(ci95?.[0]).toBeCloseTo(0.0456, 3);
    expect(ci95?.[1]).toBeCloseTo(0.6994, 3);
    expect(rateWithInterval(4, 4).ci95?.[1]).toBe(1);
  });

  it('slaClockState: ok before 80 % of the business time, warn after, breached at the due date', () => {
    const startedAt = new Date('2026-12-04T16:00:00+07:00');
    const dueAt = new Date('2026-12-07T12:00:00+07:00'); // 240 business minutes later
    const at = (iso: string) =>
      slaClockState({ startedAt, dueAt, now: new Date(`${iso}+07:00`), hours: saigon });
    expect(at('2026-12-06T23:00:00')).toBe('ok'); // the weekend does not count: 60 minutes in
    expect(at('2026-12-07T11:11:00')).toBe('ok'); // 191 minutes
    expect(at('2026-12-07T11:12:00')).toBe('warn'); // 192 = 80 %
    expect(at('2026-12-07T12:00:00')).toBe('breached');
    // Around the clock, 80 % of 100 minutes is 80 minutes.
    const start = new Date('2026-12-05T00:00:00Z');
    const due = new Date(start.getTime() + 100 * 60_000);
    expect(
      slaClockState({
        startedAt: start,
        dueAt: due,
        now: new Date(start.getTime() + 79 * 60_000),
        hours: null,
      }),
    ).toBe('ok');
    expect(
      slaClockState({
        startedAt: start,
        dueAt: due,
        now: new Date(start.getTime() + 80 * 60_000),
        hours: null,
      }),
    ).toBe('warn');
  });
});
