import type { TBusinessHours, TSlaPolicy } from '@touchpoint/schemas';

// SLA clocks count business minutes: the minutes inside a team's opening hours, in the team's time zone,
// outside its holidays. Local opening times are turned into instants with Intl (no time-zone library):
// a day's ranges are read as wall-clock times of that local date, so a DST change moves the instants
// with the wall clock (09:00 stays 09:00), and a short or long day simply has fewer or more minutes
// where its opening hours span the change.

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Opening hours that never open would loop forever; ten years without an open minute is an error. */
const MAX_CLOSED_DAYS = 3660;

export type TSlaPriority = 'low' | 'normal' | 'high' | 'urgent';

/** Business minutes per priority to the first action and to resolution (used when a team sets none). */
export const DEFAULT_SLA_POLICY: TSlaPolicy = {
  firstAction: { urgent: 60, high: 240, normal: 480, low: 1440 },
  resolve: { urgent: 480, high: 1440, normal: 2880, low: 7200 },
};

interface LocalDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is what a caller passing one deserves.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a zone. */
function wallClock(ms: number, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in ms (local = UTC + offset). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant of a local wall-clock time. Around a DST change a wall time can be repeated (clocks go
 * back) or skipped (clocks jump forward). A repeated time gives its later instant for the opening of a
 * range and its earlier instant for the closing, so a range never counts a minute whose wall time lies
 * outside it (the night of the change may lose up to the repeated hour). A skipped time gives the instant
 * of the jump: the first moment whose wall time is past it.
 */
function instantOf(date: LocalDate, minuteOfDay: number, timeZone: string, edge: 'open' | 'close'): number {
  const guess = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  // The offsets a day before and a day after: at most one change lies in between.
  const before = offsetAt(guess - DAY_MS, timeZone);
  const after = offsetAt(guess + DAY_MS, timeZone);
  const withBefore = guess - before;
  const withAfter = guess - after;
  const isBeforeValid = offsetAt(withBefore, timeZone) === before;
  const isAfterValid = offsetAt(withAfter, timeZone) === after;
  if (isBeforeValid && isAfterValid) {
    return edge === 'open' ? Math.max(withBefore, withAfter) : Math.min(withBefore, withAfter);
  }
  if (isBeforeValid) return withBefore;
  if (isAfterValid) return withAfter;
  // Skipped: the change happens between the two readings; find it to the minute.
  let lo = Math.min(withBefore, withAfter);
  let hi = Math.max(withBefore, withAfter);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.max(MINUTE_MS, Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS);
    if (offsetAt(mid, timeZone) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

function localDateOf(ms: number, timeZone: string): LocalDate {
  const w = wallClock(ms, timeZone);
  return { year: w.year, month: w.month, day: w.day };
}

function shiftDate(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isoDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function clockMinutes(value: string): number {
  const [h, m] = value.split(':');
  return Number(h) * 60 + Number(m);
}

/** Opening hours prepared once per call: ranges per weekday as minutes of the day, holidays as a set. */
interface Calendar {
  timeZone: string;
  ranges: [number, number][][]; // index = weekday 0..6
  holidays: Set<string>;
}

function calendarOf(hours: TBusinessHours): Calendar {
  const ranges: [number, number][][] = [];
  let isEverOpen = false;
  for (let weekday = 0; weekday < 7; weekday++) {
    const day = hours.days[String(weekday) as keyof TBusinessHours['days']] ?? [];
    const parsed = day
      .map(([from, to]) => [clockMinutes(from), clockMinutes(to)] as [number, number])
      .filter(([from, to]) => from < to)
      .sort((a, b) => a[0] - b[0]);
    // Merge overlapping or touching ranges so that no minute counts twice.
    const merged: [number, number][] = [];
    for (const range of parsed) {
      const last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push([range[0], range[1]]);
    }
    if (merged.length > 0) isEverOpen = true;
    ranges.push(merged);
  }
  if (!isEverOpen) throw new RangeError('business hours must open on at least one weekday');
  formatterFor(hours.timeZone);
  return { timeZone: hours.timeZone, ranges, holidays: new Set(hours.holidays) };
}

/** The open intervals of one local date, as [start, end) instants in ms, in order. */
function openIntervals(calendar: Calendar, date: LocalDate): [number, number][] {
  if (calendar.holidays.has(isoDate(date))) return [];
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  const intervals: [number, number][] = [];
  for (const [from, to] of calendar.ranges[weekday] ?? []) {
    const start = instantOf(date, from, calendar.timeZone, 'open');
    // "24:00" is the next day's midnight, read on the next date so that a DST change at midnight holds.
    const end =
      to >= 1440
        ? instantOf(shiftDate(date, 1), to - 1440, calendar.timeZone, 'close')
        : instantOf(date, to, calendar.timeZone, 'close');
    if (end > start) intervals.push([start, end]);
  }
  return intervals;
}

/**
 * The instant `minutes` business minutes after `start`. With `hours === null` the clock runs around the
 * clock. A start outside opening hours waits for the next opening; the result is never outside opening
 * hours (it can be a closing time exactly). Zero minutes return `start` unchanged.
 */
export function addBusinessMinutes(start: Date, minutes: number, hours: TBusinessHours | null): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a non-negative finite number, got ${minutes}`);
  }
  const startMs = start.getTime();
  if (Number.isNaN(startMs)) throw new RangeError('start is not a valid date');
  let remaining = Math.round(minutes * MINUTE_MS);
  if (hours === null || remaining === 0) return new Date(startMs + remaining);

  const calendar = calendarOf(hours);
  // Start a day early: the local date of `start` is the right one, but reading it from the previous date
  // costs little and guards against ranges that end after midnight ("24:00").
  let date = shiftDate(localDateOf(startMs, calendar.timeZone), -1);
  let closedDays = 0;
  for (;;) {
    const intervals = openIntervals(calendar, date);
    let usedToday = false;
    for (const [open, close] of intervals) {
      const from = Math.max(open, startMs);
      if (from >= close) continue;
      usedToday = true;
      const available = close - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
    closedDays = usedToday ? 0 : closedDays + 1;
    if (closedDays > MAX_CLOSED_DAYS)
      throw new RangeError('business hours never open (every day a holiday?)');
    date = shiftDate(date, 1);
  }
}

/**
 * Business minutes between two instants (fractional when the instants are not whole minutes). With
 * `to` before `from` the result is negative. With `hours === null` it is the plain elapsed time.
 */
export function businessMinutesBetween(from: Date, to: Date, hours: TBusinessHours | null): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new RangeError('from and to must be valid dates');
  if (toMs < fromMs) return -businessMinutesBetween(to, from, hours);
  if (hours === null) return (toMs - fromMs) / MINUTE_MS;

  const calendar = calendarOf(hours);
  const last = localDateOf(toMs, calendar.timeZone);
  const lastKey = isoDate(last);
  let date = shiftDate(localDateOf(fromMs, calendar.timeZone), -1);
  let total = 0;
  for (;;) {
    for (const [open, close] of openIntervals(calendar, date)) {
      const start = Math.max(open, fromMs);
      const end = Math.min(close, toMs);
      if (end > start) total += end - start;
    }
    if (isoDate(date) === lastKey) break;
    date = shiftDate(date, 1);
  }
  return total / MINUTE_MS;
}

/** The two SLA deadlines of a new case: first action and resolution, in the team's business time. */
export function computeCaseDueDates(input: {
  createdAt: Date;
  priority: TSlaPriority;
  hours: TBusinessHours | null;
  policy: TSlaPolicy | null;
}): { firstActionDueAt: Date; resolveDueAt: Date } {
  const policy = input.policy ?? DEFAULT_SLA_POLICY;
  return {
    firstActionDueAt: addBusinessMinutes(input.createdAt, policy.firstAction[input.priority], input.hours),
    resolveDueAt: addBusinessMinutes(input.createdAt, policy.resolve[input.priority], input.hours),
  };
}
