import { createLogger, type Logger } from './logger';
import { pseudonymize } from './log-privacy';

function capture(pseudonymKey?: string): { logger: Logger; lines: () => Record<string, unknown>[]; raw: () => string } {
  const out: string[] = [];
  const logger = createLogger({ level: 'debug', name: 'app', pseudonymKey, destination: { write: (line: string) => void out.push(line) } });
  return { logger, lines: () => out.map((line) => JSON.parse(line) as Record<string, unknown>), raw: () => out.join('') };
}

const OBJECT_ID = '3c5d7e9f-1111-4222-8333-444455556666';
const TENANT_ID = '7a1b2c3d-0000-4000-8000-0000000000aa';

describe('createLogger', () => {
  it('writes the dotted name of a child of a child once per line', () => {
    const { logger, raw, lines } = capture();
    logger.child('teams').child('messages').info({ n: 1 }, 'hello');
    expect(raw().match(/"name":/g)).toHaveLength(1);
    expect(lines()[0]).toMatchObject({ name: 'app.teams.messages', msg: 'hello', n: 1 });
  });

  it('removes names, e-mail addresses and free text at any depth', () => {
    const { logger, raw } = capture();
    logger.warn(
      {
        person: { displayName: 'Kim Andersson', email: 'kim@kommun.example', given: { givenName: 'Kim', surname: 'Andersson' } },
        activity: { text: 'Mitt svar om ledarskap' },
        answers: [{ value: 'fritext' }],
        note: 'sent to kim.andersson@kommun.example today',
      },
      'about a person',
    );
    const text = raw();
    for (const personal of ['Kim', 'Andersson', 'kim@kommun.example', 'ledarskap', 'fritext', 'kim.andersson@'])
      expect(text).not.toContain(personal);
    expect(text).toContain('[redacted]');
    expect(text).toContain('sent to [email] today');
  });

  it('replaces person, tenant and conversation ids with stable keyed pseudonyms', () => {
    const { logger, lines, raw } = capture('log-key');
    logger.info({ tenantId: TENANT_ID, person: { objectId: OBJECT_ID }, conversationId: 'a:1personal' }, 'one');
    logger.info({ aadObjectId: OBJECT_ID.toUpperCase() }, 'two');
    expect(raw()).not.toContain(OBJECT_ID);
    expect(raw()).not.toContain(TENANT_ID);
    const [one, two] = lines();
    expect(one.tenantId).toBe(pseudonymize(TENANT_ID, 'log-key'));
    expect((one.person as { objectId: string }).objectId).toMatch(/^p_[0-9a-f]{16}$/);
    // The same id gives the same pseudonym (case aside), so lines about one person can be linked.
    expect(two.aadObjectId).toBe((one.person as { objectId: string }).objectId);
  });

  it('gives other pseudonyms under another key, and a random key when none is configured', () => {
    expect(pseudonymize(OBJECT_ID, 'a')).not.toBe(pseudonymize(OBJECT_ID, 'b'));
    const first = capture();
    const second = capture();
    first.logger.info({ objectId: OBJECT_ID }, 'x');
    second.logger.info({ objectId: OBJECT_ID }, 'x');
    expect(first.lines()[0].objectId).not.toBe(second.lines()[0].objectId);
  });

  it('pseudonymises ids quoted in error text (err fields and Error objects)', () => {
    const { logger, raw, lines } = capture('log-key');
    logger.warn({ err: { message: `Member 29:1abc-user not found in a:1personal-chat of ${OBJECT_ID}` } }, 'lookup failed');
    logger.error({ err: new Error(`tenant ${TENANT_ID} refused kim@kommun.example`) }, 'failed');
    for (const id of ['29:1abc-user', 'a:1personal-chat', OBJECT_ID, TENANT_ID, 'kim@kommun.example']) expect(raw()).not.toContain(id);
    expect((lines()[0].err as { message: string }).message).toContain(pseudonymize(OBJECT_ID, 'log-key'));
    expect((lines()[1].err as { message: string }).message).toBe(`tenant ${pseudonymize(TENANT_ID, 'log-key')} refused [email]`);
  });

  it('keeps what is not personal', () => {
    const { logger, lines } = capture();
    logger.error({ code: 'STORAGE_UNAVAILABLE', programmeId: 'innovation-training', status: 503 }, 'failed');
    expect(lines()[0]).toMatchObject({ code: 'STORAGE_UNAVAILABLE', programmeId: 'innovation-training', status: 503, level: 50 });
  });
});
