import type { PersonRef } from '../domain/identity';
import type { Enrolment } from '../domain/model';
import { cachedEnrolmentCheck } from './enrolment-check';

const alex: PersonRef = { tenantId: 'aaaaaaaa-0000', objectId: 'bbbbbbbb-0001' };
const megan: PersonRef = { tenantId: 'aaaaaaaa-0000', objectId: 'bbbbbbbb-0002' };
const enrolment = (person: PersonRef): Enrolment => ({
  programmeId: 'p',
  role: 'participant',
  displayName: 'x',
  person,
  source: 'joinCode',
  enrolledAt: '',
});

function fakeRepo(initial: PersonRef[]) {
  const repo = {
    people: [...initial],
    programmeScans: 0,
    personReads: 0,
    async listByProgramme() {
      repo.programmeScans++;
      return repo.people.map(enrolment);
    },
    async listByPerson(person: PersonRef) {
      repo.personReads++;
      return repo.people.filter((p) => p.objectId === person.objectId).map(enrolment);
    },
  };
  return repo;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('cachedEnrolmentCheck', () => {
  let clock = 0;
  const nowMs = () => clock;

  it('answers from one roster scan per programme and period', async () => {
    const repo = fakeRepo([alex]);
    const check = cachedEnrolmentCheck(repo, { ttlMs: 1000, nowMs });
    expect(await check.isEnrolled(alex, 'p')).toBe(true); // first: the roster is loading, storage answers
    await settle();
    for (let i = 0; i < 5; i++) expect(await check.isEnrolled(alex, 'p')).toBe(true);
    expect(repo.programmeScans).toBe(1);
    expect(repo.personReads).toBe(1);
  });

  it('checks storage for someone not in the roster, so a fresh enrolment counts at once', async () => {
    const repo = fakeRepo([alex]);
    const check = cachedEnrolmentCheck(repo, { ttlMs: 1000, nowMs });
    await check.isEnrolled(alex, 'p');
    await settle();
    expect(await check.isEnrolled(megan, 'p')).toBe(false);
    repo.people.push(megan);
    expect(await check.isEnrolled(megan, 'p')).toBe(true);
  });

  it('notices a removal once the roster has expired and reloaded', async () => {
    const repo = fakeRepo([alex]);
    const check = cachedEnrolmentCheck(repo, { ttlMs: 1000, nowMs });
    await check.isEnrolled(alex, 'p');
    await settle();
    repo.people = [];
    clock = 1000;
    await check.isEnrolled(alex, 'p'); // starts the reload
    await settle();
    expect(await check.isEnrolled(alex, 'p')).toBe(false);
    expect(repo.programmeScans).toBe(2);
  });
});
