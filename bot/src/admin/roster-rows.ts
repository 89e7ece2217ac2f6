import type { RosterRowError } from '../api/admin-contract';
import type { Department } from '../domain/model';
import { rosterRowSchema, toValidationIssues, type IssueParams, type RosterRow } from '../domain/schemas';
import { normalizeEmail } from '../domain/identity';
import { describeIssue } from '../programme-file/describe-issue';
import { t } from '../i18n';
import type { SheetRow } from './sheet-rows';

/** One data row of a roster file: the valid row, or what is wrong with it. */
export interface ParsedRosterRow {
  line: number;
  /** What the row says, as far as it could be read (for display next to the errors). */
  seen: { email?: string; name?: string; department?: string; role?: RosterRow['role']; language?: RosterRow['language'] };
  row?: RosterRow;
  errors: RosterRowError[];
}

type Column = 'email' | 'name' | 'department' | 'role' | 'language';

const HEADERS: Record<string, Column> = {
  'e-post': 'email',
  epost: 'email',
  'e-postadress': 'email',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  namn: 'name',
  name: 'name',
  förvaltning: 'department',
  avdelning: 'department',
  department: 'department',
  roll: 'role',
  role: 'role',
  språk: 'language',
  language: 'language',
};

const ROLES: Record<string, RosterRow['role']> = {
  deltagare: 'participant',
  participant: 'participant',
  kursledare: 'facilitator',
  facilitator: 'facilitator',
  samordnare: 'coordinator',
  coordinator: 'coordinator',
};

const LANGUAGES: Record<string, 'sv' | 'en'> = { sv: 'sv', svenska: 'sv', swedish: 'sv', en: 'en', engelska: 'en', english: 'en' };

const REQUIRED: readonly Column[] = ['email', 'name', 'department'];

/**
 * Reads roster rows (the first row is the header) against the programme's
 * departments: e-mail, name, department by id or name (sv or en), role in
 * Swedish or English (empty = participant), optional language. Every row
 * gets all its errors, each with a message in both languages.
 */
export function parseRosterRows(sheet: readonly SheetRow[], departments: readonly Department[]): ParsedRosterRow[] {
  const [header, ...data] = sheet;
  if (!header) return [{ line: 1, seen: {}, errors: [error('row', 'emptyFile')] }];
  const columns = header.cells.map((cell) => HEADERS[cell.trim().toLowerCase()]);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) return [{ line: header.line, seen: {}, errors: missing.map((c) => error(c, 'missingColumn', { column: c })) }];

  const firstLineOf = new Map<string, number>();
  return data.map((sheetRow) => {
    const value = (column: Column) => {
      const i = columns.indexOf(column);
      return i < 0 ? '' : (sheetRow.cells[i] ?? '').trim();
    };
    const errors: RosterRowError[] = [];
    const roleText = value('role').toLowerCase();
    const role = roleText === '' ? 'participant' : ROLES[roleText];
    if (!role) errors.push(error('role', 'unknownRole', { value: value('role') }));
    const languageText = value('language').toLowerCase();
    const language = languageText === '' ? undefined : LANGUAGES[languageText];
    if (languageText !== '' && !language) errors.push(error('language', 'unknownLanguage', { value: value('language') }));
    const departmentText = value('department');
    const department = findDepartment(departments, departmentText);
    if (departmentText !== '' && !department) errors.push(error('department', 'unknownDepartment', { value: departmentText }));

    const candidate = {
      email: value('email') || undefined,
      name: value('name') || undefined,
      department: department?.id ?? (departmentText === '' ? undefined : 'unknown'),
      role: role ?? 'participant',
      ...(language ? { language } : {}),
    };
    const parsed = rosterRowSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      for (const issue of toValidationIssues(parsed.error.issues)) {
        const column = String(issue.path[0] ?? 'row');
        if (column === 'department' && department === undefined && departmentText !== '') continue; // reported above
        errors.push({ column, code: issue.code, message: { sv: describeIssue(issue, 'sv'), en: describeIssue(issue, 'en') } });
      }
    }
    const email = candidate.email === undefined ? undefined : normalizeEmail(candidate.email);
    if (email !== undefined) {
      const first = firstLineOf.get(email);
      if (first !== undefined) errors.push(error('email', 'duplicateEmail', { line: first }));
      else firstLineOf.set(email, sheetRow.line);
    }
    const seen = { email, name: candidate.name, department: department?.id, role, language };
    return errors.length === 0 && parsed.success
      ? { line: sheetRow.line, seen, row: parsed.data, errors }
      : { line: sheetRow.line, seen, errors };
  });
}

function findDepartment(departments: readonly Department[], text: string): Department | undefined {
  const wanted = text.toLowerCase();
  if (wanted === '') return undefined;
  return (
    departments.find((d) => d.id === wanted) ??
    departments.find((d) => d.name.sv.toLowerCase() === wanted || d.name.en.toLowerCase() === wanted)
  );
}

function error(column: string, code: string, params: IssueParams = {}): RosterRowError {
  return { column, code, message: { sv: t('sv', `admin.roster.${code}`, params), en: t('en', `admin.roster.${code}`, params) } };
}
