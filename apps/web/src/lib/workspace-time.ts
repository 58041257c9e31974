// The workspace's time zone (Settings → Workspace): the API counts metric days in it, so the date
// ranges the app asks for ("today", "last 30 days") are days of that zone too, wherever the reader is.

let workspaceTimeZone = 'UTC';

export function setWorkspaceTimeZone(timeZone: string | undefined): void {
  workspaceTimeZone = timeZone || 'UTC';
}

export function getWorkspaceTimeZone(): string {
  return workspaceTimeZone;
}

/** `yyyy-mm-dd` of the calendar day `at` falls on in the time zone (UTC when the zone is unknown). */
export function calendarDayIn(at: Date, timeZone: string = workspaceTimeZone): string {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(at);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  } catch {
    return at.toISOString().slice(0, 10);
  }
}
