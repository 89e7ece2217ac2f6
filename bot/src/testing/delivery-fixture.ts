import type { PersonRef } from '../domain/identity';
import type { Enrolment, Programme, Prompt, Role, Session, StoredConversation } from '../domain/model';
import type { Repositories } from '../storage/repositories';

/**
 * A programme with many enrolled people and stored conversations, for the
 * scheduler and delivery tests and the fan-out benchmark. Times are local
 * (Europe/Stockholm); `DELIVERY_NOW` lies inside the first prompt's window.
 */
export const DELIVERY_TENANT = '11111111-1111-1111-1111-111111111111';
/** Tuesday 1 December 2026, 13:30 in Stockholm: session 1 is over, both its prompts are open. */
export const DELIVERY_NOW = new Date('2026-12-01T12:30:00Z');

export function personAt(i: number, tenantId = DELIVERY_TENANT): PersonRef {
  return { tenantId, objectId: `00000000-0000-0000-0001-${String(i).padStart(12, '0')}` };
}

export function deliveryProgramme(id = 'delivery-test'): { programme: Programme; sessions: Session[]; prompts: Prompt[] } {
  const programme: Programme = {
    id,
    name: { sv: 'Innovationsutbildning', en: 'Innovation training' },
    defaultLocale: 'sv',
    timeZone: 'Europe/Stockholm',
    departments: [],
    joinCode: `J${id
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-10)
      .toUpperCase()}`,
  };
  const session = (number: number, day: string): Session => ({
    programmeId: id,
    number,
    title: { sv: `Träff ${number}`, en: `Session ${number}` },
    start: `${day}T09:00`,
    end: `${day}T12:00`,
    joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}-${number}`,
    materials: [],
    agenda: [{ start: '09:00', durationMinutes: 60, title: { sv: 'Incheckning', en: 'Check-in' } }],
  });
  const prompt = (promptId: string, kind: Prompt['kind'], sendAt: string, dueAt: string, reminders: string[] = []): Prompt => ({
    programmeId: id,
    id: promptId,
    kind,
    afterSession: 1,
    title: { sv: `Uppgift ${promptId}`, en: `Assignment ${promptId}` },
    text: { sv: 'Vad tar du med dig?', en: 'What do you take with you?' },
    questions: [{ id: 'q1', type: 'longText', label: { sv: 'Svar', en: 'Answer' }, required: true, maxLength: 2000 }],
    sendAt,
    dueAt,
    reminders,
    visibility: 'private',
  });
  return {
    programme,
    sessions: [session(1, '2026-12-01'), session(2, '2026-12-08')],
    prompts: [prompt('reflection-1', 'reflection', '2026-12-01T13:00', '2026-12-07T17:00', ['2026-12-04T09:00'])],
  };
}

export function conversationOf(person: PersonRef, index: number, serviceUrl: string): StoredConversation {
  return {
    person,
    serviceUrl,
    conversationId: `a:conv-${index}`,
    channelId: 'msteams',
    botId: '28:bot',
    userId: `29:user-${index}`,
    locale: 'sv',
    updatedAt: '2026-11-20T08:00:00.000Z',
  };
}

export interface SeedOptions {
  programmeId?: string;
  participants: number;
  /** Where their conversations point (the connector fake's url); none stored when undefined. */
  serviceUrl?: string;
  /** Participants (by index) without a stored conversation. */
  withoutConversation?: number[];
  extra?: Array<{ role: Role; index: number }>;
  /** Writes in flight at once while seeding. */
  concurrency?: number;
}

/** Saves the programme, enrols `participants` people (index 0..n-1) and stores their conversations. */
export async function seedDeliveryProgramme(repos: Repositories, options: SeedOptions) {
  const data = deliveryProgramme(options.programmeId);
  await repos.programmes.save(data.programme, data.sessions, data.prompts);
  const people = Array.from({ length: options.participants }, (_, i) => ({ role: 'participant' as Role, index: i }));
  const everyone = [...people, ...(options.extra ?? [])];
  const skip = new Set(options.withoutConversation ?? []);
  const conversations: StoredConversation[] = [];
  await inBatches(everyone, options.concurrency ?? 25, async ({ role, index }) => {
    const person = personAt(index);
    const enrolment: Enrolment = {
      programmeId: data.programme.id,
      role,
      displayName: `Person ${index}`,
      person,
      source: 'joinCode',
      enrolledAt: '2026-11-01T08:00:00.000Z',
    };
    await repos.enrolments.put(enrolment);
    if (options.serviceUrl && !skip.has(index)) {
      const conversation = conversationOf(person, index, options.serviceUrl);
      await repos.conversations.save(conversation);
      conversations.push(conversation);
    }
  });
  return { ...data, people: people.map((p) => personAt(p.index)), conversations };
}

async function inBatches<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}
