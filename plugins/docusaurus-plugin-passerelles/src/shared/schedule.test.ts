import {isUpcoming, nextSession, splitByDate} from './schedule';

const session = (start: string, end: string) => ({start, end});
const now = Date.parse('2026-06-01T10:00:00+02:00');

describe('schedule', () => {
  const past = {id: 'past', sessions: [session('2026-03-01T09:00:00+01:00', '2026-03-01T12:00:00+01:00')]};
  const both = {
    id: 'both',
    sessions: [session('2026-09-10T12:30:00+02:00', '2026-09-10T14:00:00+02:00'), session('2026-02-10T12:30:00+01:00', '2026-02-10T14:00:00+01:00')],
  };
  const soon = {id: 'soon', sessions: [session('2026-06-15T09:00:00+02:00', '2026-06-15T12:00:00+02:00')]};
  const running = {id: 'running', sessions: [session('2026-06-01T09:00:00+02:00', '2026-06-01T17:00:00+02:00')]};
  const standing = {id: 'standing', sessions: [], recurrence: 'Chaque mois'};
  const older = {id: 'older', sessions: [session('2025-11-01T09:00:00+01:00', '2025-11-01T12:00:00+01:00')]};

  it('treats a session as upcoming until it ends, and a standing group as always upcoming', () => {
    expect(isUpcoming(running, now)).toBe(true);
    expect(isUpcoming(past, now)).toBe(false);
    expect(isUpcoming(standing, now)).toBe(true);
    expect(isUpcoming(standing, Date.parse('2040-01-01'))).toBe(true);
  });

  it('finds the next session among unsorted ones', () => {
    expect(nextSession(both.sessions, now)?.start).toBe('2026-09-10T12:30:00+02:00');
    expect(nextSession(past.sessions, now)).toBeUndefined();
  });

  it('puts upcoming offers soonest first, standing groups after dated ones, past offers most recent first', () => {
    const {upcoming, past: archived} = splitByDate([older, standing, both, past, soon, running], now);
    expect(upcoming.map((offer) => offer.id)).toEqual(['running', 'soon', 'both', 'standing']);
    expect(archived.map((offer) => offer.id)).toEqual(['past', 'older']);
  });

  it('moves offers to the past as the clock moves', () => {
    const later = Date.parse('2026-10-01T00:00:00Z');
    expect(splitByDate([both, soon], later).past.map((offer) => offer.id)).toEqual(['both', 'soon']);
  });
});
