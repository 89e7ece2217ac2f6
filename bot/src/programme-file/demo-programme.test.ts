import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { nextSession, openPrompts, sessionStatus } from '../domain/rules';
import { localToInstant } from '../domain/time';
import { parseProgrammeFile } from './parse-programme-file';

const text = readFileSync(join(__dirname, '..', '..', '..', 'programmes', 'innovation-training.yaml'), 'utf8');
const ZONE = 'Europe/Stockholm';

function load(now: Date) {
  const result = parseProgrammeFile(text, { now });
  if (!result.ok) throw new Error(`demo programme invalid: ${JSON.stringify(result.issues)}`);
  return result.bundle;
}

describe('the demo programme (programmes/innovation-training.yaml)', () => {
  const now = new Date('2026-03-27T10:00:00Z');
  const demo = load(now);

  it('validates whatever day it is imported on, DST changes included', () => {
    // Every fifth day of a year, so its timeline crosses both changes from many starting points.
    let day = DateTime.fromISO('2026-01-01T08:00', { zone: ZONE });
    for (let i = 0; i < 365; i += 5, day = day.plus({ days: 5 })) {
      expect(parseProgrammeFile(text, { now: day.toJSDate() }).ok).toBe(true);
    }
  });

  it('shows a live timeline on the import day: session 1 held, its prompts open, session 2 next', () => {
    const { sessions, prompts } = demo;
    expect(sessionStatus(sessions[0], ZONE, now)).toBe('ended');
    expect(nextSession(sessions, ZONE, now)?.number).toBe(2);
    expect(openPrompts(prompts, ZONE, now).map((p) => p.id)).toEqual(['feedback-1', 'reflection-1']);
  });

  it('has four sessions of 2.5 to 3 hours with 5 to 7 agenda items that fill them', () => {
    expect(demo.sessions.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    for (const s of demo.sessions) {
      const minutes = localToInstant(s.end, ZONE).diff(localToInstant(s.start, ZONE), 'minutes').minutes;
      expect(minutes).toBeGreaterThanOrEqual(150);
      expect(minutes).toBeLessThanOrEqual(180);
      expect(s.agenda.length).toBeGreaterThanOrEqual(5);
      expect(s.agenda.length).toBeLessThanOrEqual(7);
      expect(s.agenda.reduce((sum, item) => sum + item.durationMinutes, 0)).toBe(minutes);
    }
  });

  it('has a reflection between sessions, feedback after each session and a closing invitation', () => {
    expect(demo.prompts.map((p) => [p.kind, p.afterSession])).toEqual([
      ['feedback', 1],
      ['reflection', 1],
      ['feedback', 2],
      ['reflection', 2],
      ['feedback', 3],
      ['reflection', 3],
      ['feedback', 4],
      ['invitation', 4],
    ]);
    const sessionStart = (n: number) => demo.sessions[n - 1].start;
    for (const p of demo.prompts.filter((p) => p.kind === 'reflection')) expect(p.dueAt < sessionStart(p.afterSession + 1)).toBe(true);
    for (const p of demo.prompts.filter((p) => p.kind === 'feedback')) {
      expect(p.sendAt).toBe(demo.sessions[p.afterSession - 1].end);
      expect(p.questions.map((q) => [q.type, q.required])).toEqual([
        ['rating', true],
        ['shortText', false],
      ]);
    }
  });

  it('speaks Swedish and English everywhere, with different texts', () => {
    const texts: { sv: string; en: string }[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (typeof v.sv === 'string' && typeof v.en === 'string') texts.push(v as { sv: string; en: string });
        else Object.values(v).forEach(collect);
      }
    };
    collect(demo);
    expect(texts.length).toBeGreaterThan(100);
    const same = texts.filter((t) => t.sv === t.en && !/^[A-Z]$/.test(t.sv));
    expect(same).toEqual([]);
  });

  it("enrols the Playground's people with their roles, Alex Wilber as a participant", () => {
    const byEmail = new Map(demo.roster.map((r) => [r.email, r]));
    expect(byEmail.get('alexw@example.com')).toMatchObject({ name: 'Alex Wilber', role: 'participant' });
    expect(byEmail.get('meganb@example.com')).toMatchObject({ role: 'facilitator' });
    expect(byEmail.get('adelev@example.com')).toMatchObject({ role: 'coordinator' });
    for (const email of ['isaiahl@example.com', 'pattif@example.com', 'lynner@example.com'])
      expect(byEmail.get(email)?.role).toBe('participant');
    expect(demo.roster.length).toBeGreaterThanOrEqual(16);
    const participantDepartments = new Set(demo.roster.filter((r) => r.role === 'participant').map((r) => r.department));
    expect(participantDepartments.size).toBeGreaterThanOrEqual(5);
  });
});
