import type { Enrolment, Programme, Prompt, Session } from '../../bot/src/domain/model';
import type { Repositories } from '../../bot/src/storage/repositories';
import { conversationOf } from '../../bot/src/testing/delivery-fixture';
import { memberOf, teamsParty, type TeamsParty, PLAYGROUND_TENANT_ID } from '../../bot/src/testing/teams-activities';

/**
 * A programme whose session 2 runs "now" (8 December 2026, 11:55 in
 * Stockholm) with an agenda and prepared live prompts; its feedback and
 * first reflection prompt are open, a second reflection opens tomorrow.
 * People: Fia (facilitator, the meeting's organizer), Fred (facilitator,
 * an attendee of the meeting), Pia, Per, Pål, Pam (participants).
 */
export const LIVE_PROGRAMME_ID = 'live-2026';
export const LIVE_NOW = new Date('2026-12-08T10:55:00Z');

/** The development issuer's demo people (bot/src/auth/dev-people.ts) are 20–25, so the tab API can be called as them. */
const oid = (n: number) => `00000000-0000-0000-0000-00000000000${n}`;

export function liveParty(n: number, userName: string, serviceUrl: string): TeamsParty {
  return teamsParty({
    tenantId: PLAYGROUND_TENANT_ID,
    userId: `29:live-user-${n}`,
    aadObjectId: oid(n),
    userName,
    email: `${userName.toLowerCase()}@example.org`,
    conversationId: `a:live-personal-${n}`,
    serviceUrl,
  });
}

export function livePeople(serviceUrl: string) {
  return {
    fia: liveParty(20, 'Fia', serviceUrl),
    fred: liveParty(21, 'Fred', serviceUrl),
    pia: liveParty(22, 'Pia', serviceUrl),
    per: liveParty(23, 'Per', serviceUrl),
    pal: liveParty(24, 'Pål', serviceUrl),
    pam: liveParty(25, 'Pam', serviceUrl),
    stranger: liveParty(99, 'Sten', serviceUrl),
  };
}

export type LivePeople = ReturnType<typeof livePeople>;

const programme: Programme = {
  id: LIVE_PROGRAMME_ID,
  name: { sv: 'Innovationsresan live', en: 'The Innovation Journey live' },
  defaultLocale: 'sv',
  timeZone: 'Europe/Stockholm',
  departments: [],
  joinCode: 'LIVE2026',
};

function session(number: number, day: string, extra: Partial<Session> = {}): Session {
  return {
    programmeId: LIVE_PROGRAMME_ID,
    number,
    title: { sv: `Träff ${number}`, en: `Session ${number}` },
    start: `${day}T09:00`,
    end: `${day}T12:00`,
    materials: [{ title: { sv: 'Bilder', en: 'Slides' }, url: `https://example.org/slides-${number}.pdf` }],
    agenda: [],
    ...extra,
  };
}

const sessions: Session[] = [
  session(1, '2026-12-01'),
  session(2, '2026-12-08', {
    agenda: [
      { start: '09:00', durationMinutes: 30, title: { sv: 'Incheckning', en: 'Check-in' } },
      { start: '09:30', durationMinutes: 90, title: { sv: 'Intervjuteknik', en: 'Interview technique' } },
      { start: '11:00', durationMinutes: 60, title: { sv: 'Reflektion', en: 'Reflection' } },
    ],
    livePrompts: [
      { id: 'energy', type: 'rating', question: { sv: 'Hur mycket energi har du?', en: 'How much energy do you have?' } },
      { id: 'word', type: 'word', question: { sv: 'Ett ord om dagen', en: 'One word about today' }, maxLength: 40 },
      {
        id: 'next',
        type: 'singleChoice',
        question: { sv: 'Vad gör du först?', en: 'What do you do first?' },
        choices: [
          { id: 'talk', label: { sv: 'Pratar med en kollega', en: 'Talk to a colleague' } },
          { id: 'test', label: { sv: 'Testar en idé', en: 'Test an idea' } },
        ],
      },
    ],
  }),
  session(3, '2027-01-12'),
];

function prompt(id: string, kind: Prompt['kind'], sendAt: string, dueAt: string): Prompt {
  return {
    programmeId: LIVE_PROGRAMME_ID,
    id,
    kind,
    afterSession: 2,
    title: { sv: `Uppgift ${id}`, en: `Task ${id}` },
    text: { sv: 'Vad tar du med dig?', en: 'What do you take with you?' },
    questions:
      kind === 'feedback'
        ? [
            { id: 'rating', type: 'rating', label: { sv: 'Betyg', en: 'Rating' }, required: true },
            { id: 'comment', type: 'shortText', label: { sv: 'Kommentar', en: 'Comment' }, required: false, maxLength: 200 },
          ]
        : [{ id: 'q1', type: 'longText', label: { sv: 'Ditt svar', en: 'Your answer' }, required: true, maxLength: 2000 }],
    sendAt,
    dueAt,
    reminders: [],
    visibility: 'private',
  };
}

const prompts: Prompt[] = [
  prompt('feedback-2', 'feedback', '2026-12-08T11:30', '2026-12-15T12:00'),
  prompt('reflect-2', 'reflection', '2026-12-08T11:45', '2026-12-20T12:00'),
  prompt('reflect-2b', 'reflection', '2026-12-09T09:00', '2026-12-20T12:00'),
];

/** Saves the programme, enrols everyone but the stranger, and gives the participants a personal chat with the bot. */
export async function seedLiveProgramme(repos: Repositories, people: LivePeople, serviceUrl: string): Promise<void> {
  await repos.programmes.save(programme, sessions, prompts);
  const enrol = async (party: TeamsParty, role: Enrolment['role']) =>
    repos.enrolments.put({
      programmeId: LIVE_PROGRAMME_ID,
      role,
      displayName: party.userName,
      person: { tenantId: party.tenantId, objectId: party.aadObjectId },
      source: 'joinCode',
      enrolledAt: '2026-11-01T08:00:00.000Z',
    });
  await enrol(people.fia, 'facilitator');
  await enrol(people.fred, 'facilitator');
  for (const [i, party] of [people.pia, people.per, people.pal, people.pam].entries()) {
    await enrol(party, 'participant');
    await repos.conversations.save(conversationOf({ tenantId: party.tenantId, objectId: party.aadObjectId }, 500 + i, serviceUrl));
  }
}

export function liveMembers(people: LivePeople) {
  return Object.values(people).map(memberOf);
}
