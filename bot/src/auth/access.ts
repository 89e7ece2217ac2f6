import { AppError } from '../errors';
import type { Enrolment, Prompt, Role } from '../domain/model';

/**
 * Who may do what in a programme: pure functions over the caller's own
 * enrolments (from `enrolments.listByPerson`, keyed by the token's person).
 *
 * - participant: the agenda, their own answers (and answering), the cohort-shared answers.
 * - facilitator: that, plus every answer of the programme (responses view).
 * - coordinator: that, plus the dashboard, the exports and the audit log.
 * - facilitators and coordinators run the sessions' meetings (`runSession`; the
 *   meeting role is checked on top of it, in bot/src/live/facilitator-check.ts).
 * Anonymous answers never carry a name, a department or an id for anyone,
 * coordinators included: the card promised "without your name".
 */
export const PROGRAMME_ACTIONS = [
  'readProgramme',
  'readOwnAnswers',
  'answer',
  'readShared',
  'readResponses',
  'readDashboard',
  'export',
  'readAudit',
  'runSession',
] as const;
export type ProgrammeAction = (typeof PROGRAMME_ACTIONS)[number];

const GRANTS: Record<Role, readonly ProgrammeAction[]> = {
  participant: ['readProgramme', 'readOwnAnswers', 'answer', 'readShared'],
  facilitator: ['readProgramme', 'readOwnAnswers', 'readShared', 'readResponses', 'runSession'],
  coordinator: ['readProgramme', 'readOwnAnswers', 'readShared', 'readResponses', 'readDashboard', 'export', 'readAudit', 'runSession'],
};

export function roleIn(enrolments: readonly Enrolment[], programmeId: string): Role | undefined {
  return enrolments.find((enrolment) => enrolment.programmeId === programmeId)?.role;
}

export function may(role: Role | undefined, action: ProgrammeAction): boolean {
  return role !== undefined && GRANTS[role].includes(action);
}

/** The caller's role if it grants `action` in the programme; FORBIDDEN otherwise (also when not enrolled at all). */
export function authorize(enrolments: readonly Enrolment[], programmeId: string, action: ProgrammeAction): Role {
  const role = roleIn(enrolments, programmeId);
  if (!may(role, action)) throw new AppError('FORBIDDEN', `${role ?? 'not enrolled'} may not ${action} in ${programmeId}`);
  return role!;
}

/** Whether answers to the prompt are shown to the cohort at all. */
export function sharedWithCohort(prompt: Pick<Prompt, 'visibility'>): boolean {
  return prompt.visibility === 'cohort' || prompt.visibility === 'anonymous';
}

/** Whether an answer to the prompt may be shown with who gave it (to anyone but its author). */
export function revealsAuthor(prompt: Pick<Prompt, 'visibility'>): boolean {
  return prompt.visibility !== 'anonymous';
}

/** Reads of other people's answers by staff leave an audit row. */
export function readsOthersAnswers(role: Role, action: ProgrammeAction): boolean {
  return role !== 'participant' && (action === 'readResponses' || action === 'readShared' || action === 'export');
}
