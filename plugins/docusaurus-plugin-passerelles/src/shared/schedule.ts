/**
 * Upcoming or past: decided at build time with the injected build date, and
 * again in the browser with the reader's clock. No Node imports.
 */
export interface Scheduled {
  sessions: readonly {start: string; end: string}[];
  recurrence?: string;
}

/** A standing group (recurrence) is upcoming; a dated offer while one of its sessions has not ended. */
export function isUpcoming(offer: Scheduled, now: number): boolean {
  if (offer.recurrence !== undefined) return true;
  return offer.sessions.some((session) => Date.parse(session.end) >= now);
}

/** The first session that has not ended yet. */
export function nextSession<S extends {start: string; end: string}>(sessions: readonly S[], now: number): S | undefined {
  return [...sessions]
    .filter((session) => Date.parse(session.end) >= now)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
}

function lastEnd(offer: Scheduled): number {
  return Math.max(...offer.sessions.map((session) => Date.parse(session.end)), Number.NEGATIVE_INFINITY);
}

/** Upcoming soonest first (standing groups after dated offers), then past, most recent first. */
export function splitByDate<T extends Scheduled>(offers: readonly T[], now: number): {upcoming: T[]; past: T[]} {
  const upcoming = offers.filter((offer) => isUpcoming(offer, now));
  const past = offers.filter((offer) => !isUpcoming(offer, now));
  const nextStart = (offer: T): number => {
    const next = nextSession(offer.sessions, now);
    return next === undefined ? Number.POSITIVE_INFINITY : Date.parse(next.start);
  };
  upcoming.sort((a, b) => nextStart(a) - nextStart(b));
  past.sort((a, b) => lastEnd(b) - lastEnd(a));
  return {upcoming, past};
}
