import { DateTime } from 'luxon';
import type {
  AdminCopyRequest,
  AdminCopyResponse,
  AdminCreateProgrammeRequest,
  AdminProgrammeResponse,
  AdminSession,
} from '../api/admin-contract';
import { t } from '../i18n';
import type { AdminDeps, Caller } from './admin-deps';
import { AdminError } from './admin-errors';
import { adminIssue, assertJoinCodeFree, assertNew, freshJoinCode, validated } from './programme-checks';
import { toDocument, type StoredProgramme } from './programme-document';
import { adminProgrammeView, loadOrNotFound } from './programme-reads';
import { calendarDaysBetween, shiftDocument } from './shift-dates';

const DEFAULT_ZONE = 'Europe/Stockholm';

/** Enrols the creator of a programme as its coordinator (their name from their person record or another enrolment). */
export async function enrolCreator(deps: AdminDeps, caller: Caller, programmeId: string): Promise<void> {
  const person = await deps.repos.people.get(caller.person);
  const displayName = person?.displayName ?? caller.mine.find((e) => e.displayName)?.displayName ?? caller.person.objectId;
  await deps.repos.enrolments.put({
    programmeId,
    role: 'coordinator',
    displayName,
    person: caller.person,
    ...(person?.department ? { department: person.department } : {}),
    source: 'joinCode',
    enrolledAt: deps.clock().toISOString(),
  });
}

/** 09:00–12:00 on the first weekday two weeks from today, in the zone: a session 1 to edit. */
export function placeholderSession(now: Date, zone: string): AdminSession {
  let day = DateTime.fromJSDate(now, { zone }).plus({ days: 14 });
  while (day.weekday > 5) day = day.plus({ days: 1 });
  const date = day.toISODate();
  return {
    number: 1,
    title: { sv: t('sv', 'admin.session.placeholder'), en: t('en', 'admin.session.placeholder') },
    start: `${date}T09:00`,
    end: `${date}T12:00`,
    materials: [],
    agenda: [],
  };
}

/** A programme from nothing: fields, one session (given or a placeholder), no prompts; the caller becomes its coordinator. */
export async function createProgramme(deps: AdminDeps, caller: Caller, body: AdminCreateProgrammeRequest): Promise<AdminProgrammeResponse> {
  const request = (body ?? {}) as Partial<AdminCreateProgrammeRequest>;
  const timeZone = request.timeZone ?? DEFAULT_ZONE;
  const programme = {
    id: request.id,
    name: request.name,
    ...(request.description ? { description: request.description } : {}),
    defaultLocale: request.defaultLocale ?? 'sv',
    timeZone,
    departments: request.departments,
    joinCode: request.joinCode ?? (await freshJoinCode(deps)),
  };
  const firstSession =
    request.firstSession ?? placeholderSession(deps.clock(), DateTime.now().setZone(timeZone).isValid ? timeZone : DEFAULT_ZONE);
  const stored = validated({ programme, sessions: [firstSession], prompts: [] });
  await assertNew(deps, stored.programme.id);
  await assertJoinCodeFree(deps, stored.programme);
  await deps.repos.programmes.save(stored.programme, stored.sessions, stored.prompts);
  await enrolCreator(deps, caller, stored.programme.id);
  return adminProgrammeView(deps, stored);
}

/** A copy to run again: every date shifted by whole calendar days in the zone, a new id, name and join code, no roster. */
export async function copyProgramme(
  deps: AdminDeps,
  caller: Caller,
  programmeId: string,
  body: AdminCopyRequest,
): Promise<AdminCopyResponse> {
  const request = (body ?? {}) as Partial<AdminCopyRequest>;
  const stored = await loadOrNotFound(deps, programmeId);
  const shiftedDays = daysOf(request.shift, stored);
  const document = shiftDocument(toDocument(stored), shiftedDays);
  const programme = {
    ...document.programme,
    id: request.newId,
    name: request.name,
    joinCode: request.joinCode ?? (await freshJoinCode(deps)),
  };
  const copy = validated({ ...document, programme });
  await assertNew(deps, copy.programme.id);
  await assertJoinCodeFree(deps, copy.programme);
  await deps.repos.programmes.save(copy.programme, copy.sessions, copy.prompts);
  await enrolCreator(deps, caller, copy.programme.id);
  return { ...(await adminProgrammeView(deps, copy)), shiftedDays };
}

function daysOf(shift: unknown, stored: StoredProgramme): number {
  const value = (shift ?? {}) as Record<string, unknown>;
  if (typeof value.days === 'number' && Number.isInteger(value.days) && Math.abs(value.days) <= 3650) return value.days;
  const first = stored.sessions.find((s) => s.number === 1);
  const days = first && typeof value.firstSessionDate === 'string' ? calendarDaysBetween(first.start, value.firstSessionDate) : undefined;
  if (days === undefined) throw new AdminError('VALIDATION_FAILED', { issues: [adminIssue('shift', 'invalidShift')] });
  return days;
}
