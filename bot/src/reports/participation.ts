import type { DepartmentParticipation, Participation, SessionParticipation } from '../api/contract';
import { personKey } from '../domain/identity';
import type { Enrolment, Prompt } from '../domain/model';
import { largeEnough, MIN_GROUP_SIZE } from './min-group';
import type { ProgrammeData } from './programme-data';
import { promptStatus } from './prompt-status';

export interface PromptTally extends Participation {
  prompt: Prompt;
  status: ReturnType<typeof promptStatus>;
  /** Participants without an answer (matched or not yet signed in). */
  nonResponders: Enrolment[];
}

export interface ParticipationReport {
  enrolled: { participants: number; facilitators: number; coordinators: number; notYetSignedIn: number };
  overall: Participation;
  prompts: PromptTally[];
  sessions: SessionParticipation[];
  departments: DepartmentParticipation[];
  hiddenDepartments: number;
}

export function rate(answered: number, expected: number): number {
  return expected > 0 ? Math.round((answered / expected) * 1000) / 1000 : 0;
}

/**
 * Who answered what, counted over participants only (facilitators' and
 * coordinators' own answers do not count), for prompts already sent. One
 * pass over the answers and one over participants per prompt: linear in
 * the data. Departments smaller than `minGroupSize` are hidden.
 */
export function computeParticipation(data: ProgrammeData, now: Date, minGroupSize = MIN_GROUP_SIZE): ParticipationReport {
  const zone = data.programme.timeZone;
  const participants = data.enrolments.filter((e) => e.role === 'participant');
  const byDepartment = new Map<string, { enrolled: number; answered: number }>();
  for (const p of participants) {
    if (!p.department) continue;
    const bucket = byDepartment.get(p.department) ?? { enrolled: 0, answered: 0 };
    bucket.enrolled++;
    byDepartment.set(p.department, bucket);
  }

  // Each participant's key once, not once per prompt.
  const keys = participants.map((p) => (p.person ? personKey(p.person) : undefined));
  const prompts: PromptTally[] = [];
  for (const prompt of data.prompts) {
    const status = promptStatus(prompt, zone, now);
    const answeredBy = new Set((data.answersByPrompt.get(prompt.id) ?? []).map((a) => personKey(a.person)));
    const nonResponders: Enrolment[] = [];
    let answered = 0;
    for (let i = 0; i < participants.length; i++) {
      const p = participants[i];
      const key = keys[i];
      if (key !== undefined && answeredBy.has(key)) {
        answered++;
        if (status !== 'upcoming' && p.department) byDepartment.get(p.department)!.answered++;
      } else nonResponders.push(p);
    }
    const expected = participants.length;
    prompts.push({
      prompt,
      status,
      expected,
      answered,
      rate: rate(answered, expected),
      nonResponders: status === 'upcoming' ? [] : nonResponders,
    });
  }
  const sent = prompts.filter((p) => p.status !== 'upcoming');

  const sessions: SessionParticipation[] = data.sessions.map((session) => {
    const own = sent.filter((p) => p.prompt.afterSession === session.number);
    const expected = sum(own.map((p) => p.expected));
    const answered = sum(own.map((p) => p.answered));
    return { number: session.number, title: session.title, prompts: own.length, expected, answered, rate: rate(answered, expected) };
  });

  const departments: DepartmentParticipation[] = [];
  let hiddenDepartments = 0;
  for (const department of data.programme.departments) {
    const bucket = byDepartment.get(department.id);
    if (!bucket) continue;
    if (!largeEnough(bucket.enrolled, minGroupSize)) {
      hiddenDepartments++;
      continue;
    }
    const expected = bucket.enrolled * sent.length;
    departments.push({
      departmentId: department.id,
      name: department.name,
      participants: bucket.enrolled,
      expected,
      answered: bucket.answered,
      rate: rate(bucket.answered, expected),
    });
  }
  // Departments on the roster but not in the programme's list are hidden too, by the same rule.
  for (const [id, bucket] of byDepartment) {
    if (data.programme.departments.some((d) => d.id === id)) continue;
    if (!largeEnough(bucket.enrolled, minGroupSize)) hiddenDepartments++;
    else {
      const expected = bucket.enrolled * sent.length;
      departments.push({
        departmentId: id,
        name: { sv: id, en: id },
        participants: bucket.enrolled,
        expected,
        answered: bucket.answered,
        rate: rate(bucket.answered, expected),
      });
    }
  }

  const expected = sum(sent.map((p) => p.expected));
  const answered = sum(sent.map((p) => p.answered));
  return {
    enrolled: {
      participants: participants.length,
      facilitators: data.enrolments.filter((e) => e.role === 'facilitator').length,
      coordinators: data.enrolments.filter((e) => e.role === 'coordinator').length,
      notYetSignedIn: participants.filter((p) => !p.person).length,
    },
    overall: { expected, answered, rate: rate(answered, expected) },
    prompts,
    sessions,
    departments,
    hiddenDepartments,
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
