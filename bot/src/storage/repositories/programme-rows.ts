import { AppError } from '../../errors';
import type { Programme, Prompt, Session } from '../../domain/model';
import type { EntityValue, StoredEntity } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { joinCodePart, keyPart, PROGRAMME_ROW, promptRowKey, sessionRowKey } from '../keys';

/** The rows of one programme partition: RowKey -> properties. */
export function programmeRows(programme: Programme, sessions: Session[], prompts: Prompt[]): Map<string, Record<string, EntityValue>> {
  keyPart(programme.id, 'programme id');
  joinCodePart(programme.joinCode);
  const rows = new Map<string, Record<string, EntityValue>>([[PROGRAMME_ROW, toColumns(programme)]]);
  const add = (rowKey: string, programmeId: string, value: object) => {
    if (programmeId !== programme.id) throw new AppError('VALIDATION_FAILED', `${rowKey} belongs to another programme`);
    if (rows.has(rowKey)) throw new AppError('VALIDATION_FAILED', `${rowKey} appears twice`);
    rows.set(rowKey, toColumns(value));
  };
  for (const session of sessions) add(sessionRowKey(session.number), session.programmeId, session);
  for (const prompt of prompts) add(promptRowKey(prompt.id), prompt.programmeId, prompt);
  return rows;
}

export interface LoadedProgramme {
  programme: Programme;
  sessions: Session[];
  prompts: Prompt[];
}

/** Reads a partition scan back: sessions by number, prompts by sendAt (then id). */
export function fromProgrammeRows(rows: StoredEntity[]): LoadedProgramme | undefined {
  const programmeRow = rows.find((row) => row.rowKey === PROGRAMME_ROW);
  if (!programmeRow) return undefined;
  const sessions = rows.filter((row) => row.rowKey.startsWith('session|')).map((row) => fromColumns<Session>(row.properties));
  const prompts = rows.filter((row) => row.rowKey.startsWith('prompt|')).map((row) => fromColumns<Prompt>(row.properties));
  sessions.sort((a, b) => a.number - b.number);
  prompts.sort((a, b) => (a.sendAt === b.sendAt ? (a.id < b.id ? -1 : 1) : a.sendAt < b.sendAt ? -1 : 1));
  return { programme: fromColumns<Programme>(programmeRow.properties), sessions, prompts };
}
