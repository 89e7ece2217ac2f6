import type { Programme, Prompt, Session } from '../bot/src/domain/model';
import { addLocalDays, instantToLocal } from '../bot/src/domain/time';

/**
 * A programme for the ingest bench with two prompts open now (sent
 * yesterday, due in a week), in Stockholm time: the measured one, and one the
 * warm-up answers go to.
 */
export function ingestProgramme(now: Date): { programme: Programme; sessions: Session[]; prompts: Prompt[] } {
  const zone = 'Europe/Stockholm';
  const today = instantToLocal(now, zone);
  const programme: Programme = {
    id: 'bench-ingest',
    name: { sv: 'Benchmark: svar', en: 'Benchmark: answers' },
    defaultLocale: 'sv',
    timeZone: zone,
    departments: [{ id: 'bench', name: { sv: 'Bänk', en: 'Bench' } }],
    joinCode: 'BENCH1',
  };
  const session: Session = {
    programmeId: programme.id,
    number: 1,
    title: { sv: 'Träff 1', en: 'Session 1' },
    start: `${addLocalDays(today, -2, zone).slice(0, 10)}T09:00`,
    end: `${addLocalDays(today, -2, zone).slice(0, 10)}T12:00`,
    materials: [],
    agenda: [],
  };
  const prompt: Prompt = {
    programmeId: programme.id,
    id: 'reflection-1',
    kind: 'reflection',
    afterSession: 1,
    title: { sv: 'Reflektion', en: 'Reflection' },
    text: { sv: 'Vad tar du med dig?', en: 'What do you take with you?' },
    questions: [
      { id: 'q1', type: 'longText', label: { sv: 'Ditt svar', en: 'Your answer' }, required: true, maxLength: 2000 },
      { id: 'q2', type: 'rating', label: { sv: 'Hur nöjd är du?', en: 'How satisfied are you?' }, required: true },
    ],
    sendAt: addLocalDays(today, -1, zone),
    dueAt: addLocalDays(today, 7, zone),
    reminders: [],
    visibility: 'private',
  };
  const warmUp: Prompt = { ...prompt, id: 'warm-up', title: { sv: 'Uppvärmning', en: 'Warm-up' } };
  return { programme, sessions: [session], prompts: [prompt, warmUp] };
}
