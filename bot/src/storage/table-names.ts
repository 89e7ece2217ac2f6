import { AppError } from '../errors';

/** The tables, by role. Names are prefixed (tests use a random prefix per file). */
export const TABLES = {
  programmes: 'programmes',
  joinCodes: 'joincodes',
  enrolments: 'enrolments',
  enrolmentsByPerson: 'enrolmentsbyperson',
  enrolmentsByEmail: 'enrolmentsbyemail',
  people: 'people',
  conversations: 'conversations',
  answers: 'answers',
  audit: 'audit',
  deliveries: 'deliveries',
  leases: 'leases',
  meetings: 'meetings',
  live: 'live',
} as const;

export type TableRole = keyof typeof TABLES;

const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;

/** Azure table names: letters and digits, starting with a letter, 3 to 63 characters. */
export function tableName(prefix: string, role: TableRole): string {
  const name = prefix + TABLES[role];
  if (!TABLE_NAME.test(name)) {
    throw new AppError(
      'CONFIG_INVALID',
      `table prefix "${prefix}" gives the invalid table name "${name}" (letters and digits, start with a letter, at most 63)`,
    );
  }
  return name;
}
