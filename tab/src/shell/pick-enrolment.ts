import type { MeEnrolment } from '../../../bot/src/api/contract';

/** The programme to show: the one the URL names, then the one the tab is bound to, then the first. */
export function pickEnrolment(enrolments: MeEnrolment[], ...wanted: (string | null | undefined)[]): MeEnrolment | undefined {
  for (const id of wanted) {
    const found = id ? enrolments.find((e) => e.programmeId === id) : undefined;
    if (found) return found;
  }
  return enrolments[0];
}
