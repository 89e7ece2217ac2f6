import type { LiveSessionReport } from '../api/live-contract';
import { recordAudit } from '../api/audit-log';
import { revealsAuthor } from '../auth/access';
import { personKey, type PersonRef } from '../domain/identity';
import { attendedSeconds, firstJoin } from '../domain/live';
import { AppError } from '../errors';
import { requireProgrammeRunner } from './facilitator-check';
import type { LiveDeps } from './live-deps';
import { runViewOf } from './meeting-view';

/**
 * The facilitator's view of a session afterwards: who attended and for how
 * long, the live prompts' results, and the feedback ratings and comments.
 * Facilitators and coordinators of the programme only; reading others'
 * answers is audited.
 */
export async function sessionReport(
  deps: Pick<LiveDeps, 'repos' | 'clock'>,
  person: PersonRef,
  programmeId: string,
  sessionNumber: number,
): Promise<LiveSessionReport> {
  await requireProgrammeRunner(deps, person, programmeId);
  const loaded = await deps.repos.programmes.load(programmeId);
  const session = loaded?.sessions.find((s) => s.number === sessionNumber);
  if (!loaded || !session) throw new AppError('NOT_FOUND', `no session ${sessionNumber} in ${programmeId}`);
  const feedbackPrompts = loaded.prompts.filter((p) => p.kind === 'feedback' && p.afterSession === sessionNumber);
  const [enrolments, attendance, runs, feedbackAnswers] = await Promise.all([
    deps.repos.enrolments.listByProgramme(programmeId),
    deps.repos.live.listAttendance(programmeId, sessionNumber),
    deps.repos.live.listRuns(programmeId, sessionNumber),
    Promise.all(feedbackPrompts.map((p) => deps.repos.answers.listByPrompt(programmeId, p.id))),
  ]);
  await recordAudit(deps.repos.audit, {
    person,
    action: 'responses.read',
    programmeId,
    target: `session ${sessionNumber} report`,
    now: deps.clock(),
  });

  const now = deps.clock().toISOString();
  const agenda = await deps.repos.live.getAgenda(programmeId, sessionNumber);
  const meetingEnd = agenda?.meetingEndedAt ?? now;
  const byPerson = new Map(attendance.map((a) => [personKey(a.person), a]));
  const names = new Map(enrolments.flatMap((e) => (e.person ? [[personKey(e.person), e.displayName] as const] : [])));
  const rows = enrolments
    .filter((e) => e.role === 'participant')
    .map((e) => {
      const record = e.person && byPerson.get(personKey(e.person));
      const seconds = record ? attendedSeconds(record.events, meetingEnd) : 0;
      const joined = record && firstJoin(record.events);
      return {
        name: e.displayName,
        ...(e.department ? { department: e.department } : {}),
        attended: !!joined,
        ...(joined ? { firstJoin: joined } : {}),
        minutes: Math.round(seconds / 60),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  const runViews = await Promise.all(
    runs
      .sort((a, b) => (a.openedAt < b.openedAt ? -1 : 1))
      .map(async (run) => runViewOf(run, await deps.repos.live.listAnswers(programmeId, sessionNumber, run.runId))),
  );

  const feedback = feedbackPrompts.map((prompt, i) => {
    const answers = feedbackAnswers[i];
    const ratingQuestion = prompt.questions.find((q) => q.type === 'rating');
    const textQuestions = prompt.questions.filter((q) => q.type === 'longText' || q.type === 'shortText');
    const ratings = ratingQuestion
      ? [1, 2, 3, 4, 5].map((rating) => ({ rating, count: answers.filter((a) => a.answers[ratingQuestion.id] === rating).length }))
      : undefined;
    const rated = ratings?.reduce((n, r) => n + r.count, 0) ?? 0;
    const mean = ratings && rated > 0 ? Math.round((ratings.reduce((s, r) => s + r.rating * r.count, 0) / rated) * 10) / 10 : undefined;
    const comments = answers.flatMap((a) =>
      textQuestions.flatMap((q) => {
        const text = a.answers[q.id];
        if (typeof text !== 'string' || text.trim() === '') return [];
        const name = revealsAuthor(prompt) ? names.get(personKey(a.person)) : undefined;
        return [{ text: text.trim(), ...(name ? { name } : {}) }];
      }),
    );
    return {
      promptId: prompt.id,
      title: prompt.title,
      answers: answers.length,
      ...(ratings ? { ratings } : {}),
      ...(mean !== undefined ? { mean } : {}),
      comments,
    };
  });

  return {
    programmeId,
    session: { number: session.number, title: session.title, start: session.start, end: session.end },
    ...(agenda?.meetingStartedAt || agenda?.meetingEndedAt
      ? { meeting: { startedAt: agenda.meetingStartedAt, endedAt: agenda.meetingEndedAt } }
      : {}),
    attendance: rows,
    runs: runViews,
    feedback,
  };
}
