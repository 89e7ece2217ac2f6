import { fixtureProgramme, fixturePrompts, fixtureSessions } from '../testing/programme-fixture';
import { programmeExpiry } from './programme-expiry';

const loaded = { programme: fixtureProgramme, sessions: fixtureSessions, prompts: fixturePrompts };

describe('programmeExpiry', () => {
  it('counts the retention days from the last session end or prompt due time, in the programme time zone', () => {
    // Session 4 ends 2027-02-09 12:00 Stockholm (11:00 UTC); 30 days later is 2027-03-11 11:00 UTC.
    const expiry = programmeExpiry(
      { ...loaded, programme: { ...fixtureProgramme, retentionDays: 30 } },
      365,
      new Date('2027-03-11T10:59:00Z'),
    );
    expect(expiry).toMatchObject({
      endLocal: '2027-02-09T12:00',
      endsAt: '2027-02-09T11:00:00.000Z',
      expiresAt: '2027-03-11T11:00:00.000Z',
      status: 'live',
    });
    expect(
      programmeExpiry({ ...loaded, programme: { ...fixtureProgramme, retentionDays: 30 } }, 365, new Date('2027-03-11T11:00:00Z')).status,
    ).toBe('expired');
  });

  it('uses the configured default when the programme says nothing', () => {
    expect(programmeExpiry(loaded, 10, new Date('2027-02-19T11:00:00Z'))).toMatchObject({ retentionDays: 10, status: 'expired' });
    expect(programmeExpiry(loaded, 11, new Date('2027-02-19T11:00:00Z'))).toMatchObject({ retentionDays: 11, status: 'live' });
  });

  it('never expires a programme with no sessions and no prompts', () => {
    expect(programmeExpiry({ programme: fixtureProgramme, sessions: [], prompts: [] }, 1, new Date('2099-01-01T00:00:00Z')).status).toBe(
      'noEnd',
    );
  });
});
