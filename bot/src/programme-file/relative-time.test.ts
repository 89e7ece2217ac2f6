import { localToUtcIso } from '../domain/time';
import { isRelativeTime, looksRelative, resolveRelativeTime } from './relative-time';

const ZONE = 'Europe/Stockholm';

describe('resolveRelativeTime', () => {
  // Saturday 28 March 2026, 11:00 in Stockholm (CET, +01:00). The clocks go forward the next night.
  const beforeSpringChange = new Date('2026-03-28T10:00:00Z');

  it.each([
    ['D 09:00', '2026-03-28T09:00'],
    ['D+0 09:00', '2026-03-28T09:00'],
    ['D-3 09:00', '2026-03-25T09:00'],
    ['D+11 13:30', '2026-04-08T13:30'],
    ['  D+1   23:59 ', '2026-03-29T23:59'],
  ])('resolves %j to %s', (value, local) => {
    expect(resolveRelativeTime(value, ZONE, beforeSpringChange)).toBe(local);
  });

  it('keeps 09:00 wall time across the spring change: D+1 09:00 is 07:00Z, D 09:00 is 08:00Z', () => {
    const today = resolveRelativeTime('D 09:00', ZONE, beforeSpringChange)!;
    const tomorrow = resolveRelativeTime('D+1 09:00', ZONE, beforeSpringChange)!;
    expect(localToUtcIso(today, ZONE)).toBe('2026-03-28T08:00:00.000Z');
    expect(localToUtcIso(tomorrow, ZONE)).toBe('2026-03-29T07:00:00.000Z');
  });

  it('keeps 09:00 wall time across the autumn change: D+1 09:00 is 08:00Z', () => {
    const beforeAutumnChange = new Date('2026-10-24T12:00:00Z');
    const tomorrow = resolveRelativeTime('D+1 09:00', ZONE, beforeAutumnChange)!;
    expect(tomorrow).toBe('2026-10-25T09:00');
    expect(localToUtcIso(tomorrow, ZONE)).toBe('2026-10-25T08:00:00.000Z');
  });

  it('counts D from the date in the programme zone, not in UTC', () => {
    // 23:30Z on the 28th is already 00:30 on the 29th in Stockholm.
    expect(resolveRelativeTime('D 09:00', ZONE, new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29T09:00');
    expect(resolveRelativeTime('D 09:00', 'America/New_York', new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28T09:00');
  });

  it('steps back across a month and a year', () => {
    expect(resolveRelativeTime('D-2 10:00', ZONE, new Date('2026-01-01T12:00:00Z'))).toBe('2025-12-30T10:00');
  });

  it.each(['D+1 9:00', 'D+x 09:00', 'D+1', 'D+1 24:00', 'D+1 09:60', 'D++1 09:00', 'D+1234 09:00'])('rejects %j', (value) => {
    expect(isRelativeTime(value)).toBe(false);
    expect(resolveRelativeTime(value, ZONE, beforeSpringChange)).toBeUndefined();
  });
});

describe('looksRelative', () => {
  it.each([
    ['D+1 09:00', true],
    ['D-x', true],
    ['D 9', true],
    ['2026-09-01T09:00', false],
    ['Day 1', false],
    [42, false],
  ])('%j -> %s', (value, expected) => {
    expect(looksRelative(value)).toBe(expected);
  });
});

describe('working-day relative times (B±n)', () => {
  const zone = 'Europe/Stockholm';
  // 2026-11-28 is a Saturday.
  const saturday = new Date('2026-11-28T10:00:00Z');
  const wednesday = new Date('2026-11-25T10:00:00Z');

  it.each([
    ['B+1 09:00', saturday, '2026-11-30T09:00'],
    ['B+5 09:00', saturday, '2026-12-04T09:00'],
    ['B-2 13:00', saturday, '2026-11-26T13:00'],
    ['B 13:00', wednesday, '2026-11-25T13:00'],
    ['B+3 09:00', wednesday, '2026-11-30T09:00'],
    ['B-3 09:00', wednesday, '2026-11-20T09:00'],
  ])('resolves %s from %s to a weekday, %s', (value, now, expected) => {
    expect(resolveRelativeTime(value, zone, now)).toBe(expected);
  });

  it('skips Christmas and New Year', () => {
    // Monday 2026-12-21: 22, 23 are working days; 24-26 off; 28, 29, 30 working; 31 Dec and 1 Jan off; Friday 2 Jan.
    expect(resolveRelativeTime('B+6 09:00', zone, new Date('2026-12-21T10:00:00Z'))).toBe('2027-01-04T09:00');
    expect(resolveRelativeTime('B+5 09:00', zone, new Date('2026-12-21T10:00:00Z'))).toBe('2026-12-30T09:00');
  });

  it('keeps the wall-clock time across the autumn DST change', () => {
    // Friday 2026-10-23; B+1 is Monday 2026-10-26, after the change on Sunday the 25th.
    expect(resolveRelativeTime('B+1 09:00', zone, new Date('2026-10-23T10:00:00Z'))).toBe('2026-10-26T09:00');
  });
});
