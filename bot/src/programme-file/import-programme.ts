import { formatIssuePath } from '../domain/schemas';
import type { Prompt, Session } from '../domain/model';
import { AppError, isAppError } from '../errors';
import type { Repositories } from '../storage/repositories';
import { countChanges, sameData, type PartChanges } from './change-counts';
import { parseProgrammeFile, type FileIssue } from './parse-programme-file';
import { syncRoster, type RosterChanges } from './sync-roster';

export interface ImportOptions {
  /** The moment of import (relative times in the file count from its date). */
  now: Date;
  /** Shown in errors and the report. */
  fileName: string;
}

export interface ImportReport {
  fileName: string;
  programmeId: string;
  /** False when the import changed nothing at all. */
  changed: boolean;
  programme: 'created' | 'updated' | 'unchanged';
  /** `removed`: stored sessions the file no longer lists (the programme is saved as a whole). */
  sessions: PartChanges;
  prompts: PartChanges;
  /** Roster enrolments, matched on e-mail; never removed. */
  enrolments: RosterChanges;
}

/**
 * Imports one programme file: validates all of it first and writes nothing
 * if anything is wrong (throws `AppError('PROGRAMME_FILE_INVALID')` whose
 * `details.issues` lists every problem with its line). Otherwise upserts the
 * programme, sessions, prompts and roster enrolments. Importing the same
 * file twice at the same `now` changes nothing the second time.
 */
export async function importProgramme(
  repos: Pick<Repositories, 'programmes' | 'enrolments'>,
  fileText: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const parsed = parseProgrammeFile(fileText, { now: options.now });
  if (!parsed.ok) throw invalidFile(options.fileName, parsed.issues);

  const { programme, roster } = parsed.bundle;
  const sessions: Session[] = parsed.bundle.sessions.map((s) => ({ programmeId: programme.id, ...s }));
  const prompts: Prompt[] = parsed.bundle.prompts.map((p) => ({ programmeId: programme.id, ...p }));

  const stored = await repos.programmes.load(programme.id);
  const programmeChange = !stored ? 'created' : sameData(stored.programme, programme) ? 'unchanged' : 'updated';
  const sessionCounts = countChanges(sessions, stored?.sessions ?? [], (s) => String(s.number));
  const promptCounts = countChanges(prompts, stored?.prompts ?? [], (p) => p.id);
  const savedChanges = await repos.programmes.save(programme, sessions, prompts);
  const enrolmentCounts = await syncRoster(repos.enrolments, programme.id, roster, options.now);

  return {
    fileName: options.fileName,
    programmeId: programme.id,
    changed: savedChanges || programmeChange !== 'unchanged' || enrolmentCounts.created + enrolmentCounts.updated > 0,
    programme: programmeChange,
    sessions: sessionCounts,
    prompts: promptCounts,
    enrolments: enrolmentCounts,
  };
}

function invalidFile(fileName: string, issues: FileIssue[]): AppError {
  const shown = issues.slice(0, 5).map((i) => `${i.line}:${i.column} ${formatIssuePath(i.path) || '(file)'} ${i.code}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return new AppError('PROGRAMME_FILE_INVALID', `${fileName}: ${issues.length} error(s): ${shown.join('; ')}${more}`, {
    details: { fileName, issues },
  });
}

/** The issues of a `PROGRAMME_FILE_INVALID` error, or undefined for any other error. */
export function programmeFileIssues(err: unknown): FileIssue[] | undefined {
  if (!isAppError(err, 'PROGRAMME_FILE_INVALID')) return undefined;
  const details = err.details as { issues?: FileIssue[] } | undefined;
  return details?.issues;
}
