import { AppError } from '../../errors';
import type { PersonRef } from '../../domain/identity';
import type { AgendaState, Attendance, LiveAnswer, LiveRun } from '../../domain/live';
import type { EntityTable } from '../entity-table';
import { keyPart, personPart } from '../keys';
import type { LiveRepository } from '../repositories';
import { DocumentRows } from './document-rows';

const AGENDA_ROW = 'agenda';

/**
 * Live table: one partition per session, `{programmeId}|{session:000}`,
 * holding the agenda state (`agenda`), the live runs (`run|{runId}`),
 * their answers (`answer|{runId}|{tenant}|{oid}`) and attendance
 * (`attend|{tenant}|{oid}`). Every write is conditional on the version read.
 */
export class TableLiveRepository implements LiveRepository {
  private readonly agenda: DocumentRows<AgendaState>;
  private readonly runs: DocumentRows<LiveRun>;
  private readonly answers: DocumentRows<LiveAnswer>;
  private readonly attendance: DocumentRows<Attendance>;

  constructor(table: EntityTable) {
    this.agenda = new DocumentRows(table);
    this.runs = new DocumentRows(table);
    this.answers = new DocumentRows(table);
    this.attendance = new DocumentRows(table);
  }

  getAgenda(programmeId: string, sessionNumber: number): Promise<AgendaState | undefined> {
    return this.agenda.get(sessionPartition(programmeId, sessionNumber), AGENDA_ROW);
  }

  saveAgenda(state: AgendaState): Promise<AgendaState> {
    return this.agenda.save(sessionPartition(state.programmeId, state.sessionNumber), AGENDA_ROW, state);
  }

  getRun(programmeId: string, sessionNumber: number, runId: string): Promise<LiveRun | undefined> {
    return this.runs.get(sessionPartition(programmeId, sessionNumber), runRow(runId));
  }

  saveRun(run: LiveRun): Promise<LiveRun> {
    return this.runs.save(sessionPartition(run.programmeId, run.sessionNumber), runRow(run.runId), run);
  }

  listRuns(programmeId: string, sessionNumber: number): Promise<LiveRun[]> {
    return this.runs.list(sessionPartition(programmeId, sessionNumber), 'run|');
  }

  getAnswer(programmeId: string, sessionNumber: number, runId: string, person: PersonRef): Promise<LiveAnswer | undefined> {
    return this.answers.get(sessionPartition(programmeId, sessionNumber), answerRow(runId, person));
  }

  saveAnswer(answer: LiveAnswer): Promise<LiveAnswer> {
    return this.answers.save(sessionPartition(answer.programmeId, answer.sessionNumber), answerRow(answer.runId, answer.person), answer);
  }

  listAnswers(programmeId: string, sessionNumber: number, runId: string): Promise<LiveAnswer[]> {
    return this.answers.list(sessionPartition(programmeId, sessionNumber), `answer|${keyPart(runId, 'run id')}|`);
  }

  getAttendance(programmeId: string, sessionNumber: number, person: PersonRef): Promise<Attendance | undefined> {
    return this.attendance.get(sessionPartition(programmeId, sessionNumber), attendRow(person));
  }

  saveAttendance(attendance: Attendance): Promise<Attendance> {
    return this.attendance.save(
      sessionPartition(attendance.programmeId, attendance.sessionNumber),
      attendRow(attendance.person),
      attendance,
    );
  }

  listAttendance(programmeId: string, sessionNumber: number): Promise<Attendance[]> {
    return this.attendance.list(sessionPartition(programmeId, sessionNumber), 'attend|');
  }
}

export function sessionPartition(programmeId: string, sessionNumber: number): string {
  if (!Number.isInteger(sessionNumber) || sessionNumber < 1 || sessionNumber > 999)
    throw new AppError('VALIDATION_FAILED', 'a session number is an integer from 1 to 999');
  return `${keyPart(programmeId, 'programme id')}|${String(sessionNumber).padStart(3, '0')}`;
}

const runRow = (runId: string) => `run|${keyPart(runId, 'run id')}`;
const answerRow = (runId: string, person: PersonRef) => `answer|${keyPart(runId, 'run id')}|${personPart(person)}`;
const attendRow = (person: PersonRef) => `attend|${personPart(person)}`;
