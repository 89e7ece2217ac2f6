import { personKey } from '../domain/identity';
import { AppError } from '../errors';
import { erasePerson } from '../gdpr/erase-person';
import { resolveSubject } from '../gdpr/resolve-subject';
import { subjectOf } from '../gdpr/data-subject';
import type { ApiDeps } from './api-deps';
import { authenticatedRoute } from './authenticated-route';
import { personParam, requireCoordinatorOfPerson } from './person-access';
import type { EraseResponse } from './personal-data-contract';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

/**
 * POST /api/programmes/:programmeId/people/:tenantId/:objectId/erase (art. 17):
 * a coordinator of the programme erases a person enrolled in it, everywhere
 * (gdpr/erase-person.ts). The body must say `{ "confirm": true }`. Refused
 * unless the composition root wired the policy and the Bot Connector eraser.
 */
export function personEraseRoute(deps: ApiDeps): ApiRoute {
  const path = '/api/programmes/:programmeId/people/:tenantId/:objectId/erase';
  return authenticatedRoute(deps.auth.validator, 'POST', path, async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    const person = personParam(req);
    const mine = await requireCoordinatorOfPerson(deps.repos, req.person, programmeId, person);
    const coordinated = new Set(mine.filter((e) => e.role === 'coordinator').map((e) => e.programmeId));
    if ((req.body as { confirm?: unknown } | undefined)?.confirm !== true) {
      throw new AppError('VALIDATION_FAILED', 'erasure needs { "confirm": true }');
    }
    const wiring = deps.personalData;
    if (!wiring) throw new AppError('CONFIG_INVALID', 'erasure is not configured: ApiDeps.personalData is missing');
    const subject = (await resolveSubject(deps.repos.tables, { person })) ?? subjectOf(person);
    const report = await erasePerson(
      {
        tables: deps.repos.tables,
        audit: deps.repos.audit,
        policy: wiring.settings.erasurePolicy,
        pseudonymKey: wiring.settings.pseudonymKey,
        messageEraser: wiring.messageEraser,
      },
      subject,
      { now: deps.clock(), actor: personKey(req.person), programmeId },
    );
    deps.logger.info({ programmeId, pseudonym: report.pseudonym, remaining: report.remaining, messages: report.messages }, 'person erased');
    const body: EraseResponse = {
      pseudonym: report.pseudonym,
      policy: report.policy,
      tables: report.tables
        .filter((t) => t.deleted + t.pseudonymised > 0)
        .map(({ table, deleted, pseudonymised }) => ({ table, deleted, pseudonymised })),
      messages: report.messages,
      // Only in programmes the caller may edit; other programmes' content is not theirs to see.
      mentions: report.mentions
        .filter((m) => coordinated.has(m.partitionKey))
        .map((m) => ({ programmeId: m.partitionKey, rowKey: m.rowKey, field: m.field })),
    };
    return json(200, body);
  });
}
