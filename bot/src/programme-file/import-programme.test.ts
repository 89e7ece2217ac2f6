import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAppError } from '../errors';
import { createInMemoryRepositories } from '../storage';
import type { Repositories } from '../storage/repositories';
import { importProgramme, programmeFileIssues } from './import-programme';

const root = join(__dirname, '..', '..', '..');
const demoText = readFileSync(join(root, 'programmes', 'innovation-training.yaml'), 'utf8');
const brokenText = readFileSync(join(__dirname, 'fixtures', 'broken-programme.yaml'), 'utf8');
const NOW = new Date('2026-03-27T10:00:00Z');
const ID = 'innovation-training';
const alex = { tenantId: '00000000-0000-0000-0000-000000000001', objectId: '00000000-0000-0000-0000-0000000000a1' };

async function snapshot(repos: Repositories) {
  return { programme: await repos.programmes.load(ID), enrolments: await repos.enrolments.listByProgramme(ID) };
}

describe('importProgramme', () => {
  let repos: Repositories;
  beforeEach(() => {
    repos = createInMemoryRepositories();
  });

  it('writes nothing and lists every error when the file is invalid', async () => {
    const error = await importProgramme(repos, brokenText, { now: NOW, fileName: 'broken.yaml' }).catch((err: unknown) => err);
    expect(isAppError(error, 'PROGRAMME_FILE_INVALID')).toBe(true);
    expect(programmeFileIssues(error)).toHaveLength(23);
    expect((error as Error).message).toMatch(/^broken\.yaml: 23 error\(s\): 6:13 programme\.timeZone invalidZone;/);
    expect(await repos.programmes.list()).toEqual([]);
    expect(await repos.enrolments.listByEmail('anna@example.com')).toEqual([]);
  });

  it('creates the programme, its sessions, prompts and roster on the first import', async () => {
    const report = await importProgramme(repos, demoText, { now: NOW, fileName: 'demo.yaml' });
    expect(report).toEqual({
      fileName: 'demo.yaml',
      programmeId: ID,
      changed: true,
      programme: 'created',
      sessions: { created: 4, updated: 0, unchanged: 0, removed: 0 },
      prompts: { created: 8, updated: 0, unchanged: 0, removed: 0 },
      enrolments: { created: 22, updated: 0, unchanged: 0, notInFile: 0 },
    });
    const stored = await snapshot(repos);
    expect(stored.programme?.sessions.map((s) => [s.number, s.start])).toEqual([
      [1, '2026-03-25T13:00'],
      [2, '2026-04-03T09:00'],
      [3, '2026-04-17T13:00'],
      [4, '2026-05-04T09:00'], // 1 May is a public holiday: the next working day
    ]);
    expect(stored.enrolments.find((e) => e.email === 'alexw@example.com')).toEqual({
      programmeId: ID,
      role: 'participant',
      displayName: 'Alex Wilber',
      department: 'city-planning',
      email: 'alexw@example.com',
      language: 'sv',
      source: 'roster',
      enrolledAt: NOW.toISOString(),
    });
  });

  it('changes nothing when the same file is imported twice on the same day', async () => {
    await importProgramme(repos, demoText, { now: NOW, fileName: 'demo.yaml' });
    const first = await snapshot(repos);
    const report = await importProgramme(repos, demoText, { now: new Date(NOW.getTime() + 3600_000), fileName: 'demo.yaml' });
    expect(report).toMatchObject({
      changed: false,
      programme: 'unchanged',
      sessions: { created: 0, updated: 0, unchanged: 4, removed: 0 },
      prompts: { created: 0, updated: 0, unchanged: 8, removed: 0 },
      enrolments: { created: 0, updated: 0, unchanged: 22, notInFile: 0 },
    });
    expect(await snapshot(repos)).toEqual(first);
  });

  it('moves relative times when imported on a later day, and leaves the roster alone', async () => {
    await importProgramme(repos, demoText, { now: NOW, fileName: 'demo.yaml' });
    const report = await importProgramme(repos, demoText, { now: new Date('2026-03-30T10:00:00Z'), fileName: 'demo.yaml' });
    expect(report).toMatchObject({
      changed: true,
      programme: 'unchanged',
      sessions: { updated: 4 },
      prompts: { updated: 8 },
      enrolments: { unchanged: 22 },
    });
    // Monday 30 March: session 1 (B-2) is two working days back, on Thursday 26 March.
    expect((await repos.programmes.load(ID))?.sessions[0].start).toBe('2026-03-26T13:00');
  });

  it('updates changed roster rows in place and keeps people the file no longer lists', async () => {
    await importProgramme(repos, demoText, { now: NOW, fileName: 'demo.yaml' });
    const edited = demoText
      .replace(
        'name: Lynne Robbins, department: culture-leisure, role: participant',
        'name: Lynne Robbins, department: culture-leisure, role: facilitator',
      )
      .replace(/^.*karin\.ek@example\.com.*\n/m, '');
    const report = await importProgramme(repos, edited, { now: new Date('2026-03-27T12:00:00Z'), fileName: 'demo.yaml' });
    expect(report.enrolments).toEqual({ created: 0, updated: 1, unchanged: 20, notInFile: 1 });
    const [lynne] = await repos.enrolments.listByEmail('lynner@example.com');
    expect(lynne).toMatchObject({ role: 'facilitator', enrolledAt: NOW.toISOString() });
    expect(await repos.enrolments.listByEmail('karin.ek@example.com')).toHaveLength(1);
  });

  it('keeps the person an enrolment was matched to when the roster row changes', async () => {
    await importProgramme(repos, demoText, { now: NOW, fileName: 'demo.yaml' });
    await repos.enrolments.matchEmail(ID, 'alexw@example.com', alex);
    await importProgramme(repos, demoText, { now: NOW, fileName: 'demo.yaml' });
    expect(await repos.enrolments.listByPerson(alex)).toEqual([expect.objectContaining({ displayName: 'Alex Wilber', person: alex })]);

    const renamed = demoText.replace('name: Alex Wilber,', 'name: Alex Wilber-Berg,');
    const report = await importProgramme(repos, renamed, { now: NOW, fileName: 'demo.yaml' });
    expect(report.enrolments).toMatchObject({ created: 0, updated: 1 });
    expect(await repos.enrolments.listByPerson(alex)).toEqual([
      expect.objectContaining({ displayName: 'Alex Wilber-Berg', person: alex, source: 'roster' }),
    ]);
    expect(await repos.enrolments.listByProgramme(ID)).toHaveLength(22);
  });

  it('reports prompts the file no longer lists as removed', async () => {
    await importProgramme(repos, demoText, { now: NOW, fileName: 'demo.yaml' });
    const start = demoText.indexOf('  - id: network-invitation');
    const withoutInvitation = demoText.slice(0, start) + demoText.slice(demoText.indexOf('roster:'));
    const report = await importProgramme(repos, withoutInvitation, { now: NOW, fileName: 'demo.yaml' });
    expect(report.prompts).toEqual({ created: 0, updated: 0, unchanged: 7, removed: 1 });
    expect((await repos.programmes.load(ID))?.prompts.map((p) => p.id)).not.toContain('network-invitation');
  });
});
