import { isPromptOpen, nextSession, openPrompts, sessionStatus } from './rules';

const ZONE = 'Europe/Stockholm';
const at = (iso: string) => new Date(iso);

const sessions = [
  { number: 1, start: '2026-03-26T13:00', end: '2026-03-26T16:00' },
  // On the day the clocks go forward (02:00 -> 03:00): 09:00 local is 07:00Z.
  { number: 2, start: '2026-03-29T09:00', end: '2026-03-29T12:00' },
  // On the day the clocks go back (03:00 -> 02:00): 09:00 local is 08:00Z.
  { number: 3, start: '2026-10-25T09:00', end: '2026-10-25T12:00' },
];

describe('sessionStatus', () => {
  it.each([
    ['2026-03-29T06:59:59Z', 'upcoming'],
    ['2026-03-29T07:00:00Z', 'live'],
    ['2026-03-29T09:59:59Z', 'live'],
    ['2026-03-29T10:00:00Z', 'ended'],
  ])('on the spring DST day, at %s session 2 is %s', (now, status) => {
    expect(sessionStatus(sessions[1], ZONE, at(now))).toBe(status);
  });

  it.each([
    ['2026-10-25T07:59:59Z', 'upcoming'],
    ['2026-10-25T08:00:00Z', 'live'],
    ['2026-10-25T11:00:00Z', 'ended'],
  ])('on the autumn DST day, at %s session 3 is %s', (now, status) => {
    expect(sessionStatus(sessions[2], ZONE, at(now))).toBe(status);
  });
});

describe('nextSession', () => {
  it('is the first session before anything has started', () => {
    expect(nextSession(sessions, ZONE, at('2026-03-01T00:00:00Z'))?.number).toBe(1);
  });

  it('is the live session while it runs', () => {
    expect(nextSession(sessions, ZONE, at('2026-03-26T14:00:00Z'))?.number).toBe(1);
  });

  it('moves on once a session has ended, whatever the order given', () => {
    const shuffled = [sessions[2], sessions[0], sessions[1]];
    expect(nextSession(shuffled, ZONE, at('2026-03-26T15:00:00Z'))?.number).toBe(2);
  });

  it('counts the end in local time across the spring DST change (12:00 local = 10:00Z)', () => {
    expect(nextSession(sessions, ZONE, at('2026-03-29T09:59:00Z'))?.number).toBe(2);
    expect(nextSession(sessions, ZONE, at('2026-03-29T10:00:00Z'))?.number).toBe(3);
  });

  it('is undefined when every session has ended', () => {
    expect(nextSession(sessions, ZONE, at('2026-10-25T11:00:00Z'))).toBeUndefined();
  });
});

describe('openPrompts', () => {
  const prompts = [
    { id: 'feedback-1', sendAt: '2026-03-26T16:00', dueAt: '2026-03-30T17:00' },
    // Due 09:00 local on the spring DST day: 07:00Z, not 08:00Z.
    { id: 'reflection-1', sendAt: '2026-03-26T16:15', dueAt: '2026-03-29T09:00' },
    { id: 'reflection-2', sendAt: '2026-03-29T12:15', dueAt: '2026-04-05T17:00' },
  ];

  it('lists the prompts open now, soonest due first', () => {
    expect(openPrompts(prompts, ZONE, at('2026-03-27T12:00:00Z')).map((p) => p.id)).toEqual(['reflection-1', 'feedback-1']);
  });

  it('opens a prompt exactly at its send time (16:00 CET = 15:00Z)', () => {
    expect(isPromptOpen(prompts[0], ZONE, at('2026-03-26T14:59:59Z'))).toBe(false);
    expect(isPromptOpen(prompts[0], ZONE, at('2026-03-26T15:00:00Z'))).toBe(true);
  });

  it('closes a prompt due 09:00 local on the spring DST day at 07:00Z', () => {
    expect(openPrompts(prompts, ZONE, at('2026-03-29T06:59:59Z')).map((p) => p.id)).toContain('reflection-1');
    expect(openPrompts(prompts, ZONE, at('2026-03-29T07:00:00Z')).map((p) => p.id)).toEqual(['feedback-1']);
  });

  it('opens a prompt sent 12:15 local after the change at 10:15Z (CEST)', () => {
    expect(openPrompts(prompts, ZONE, at('2026-03-29T10:14:59Z')).map((p) => p.id)).toEqual(['feedback-1']);
    expect(openPrompts(prompts, ZONE, at('2026-03-29T10:15:00Z')).map((p) => p.id)).toEqual(['feedback-1', 'reflection-2']);
  });

  it('is empty when nothing is open', () => {
    expect(openPrompts(prompts, ZONE, at('2026-05-01T00:00:00Z'))).toEqual([]);
  });
});
