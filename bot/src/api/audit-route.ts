import { createHash } from 'node:crypto';
import { personKey } from '../domain/identity';
import type { ApiDeps } from './api-deps';
import { authenticatedRoute } from './authenticated-route';
import type { AuditResponse } from './contract';
import { requireAccess } from './programme-access';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

const DAYS = 90;

/** GET /api/programmes/:programmeId/audit: coordinators read who looked at or exported what, newest first. */
export function auditRoute(deps: ApiDeps): ApiRoute {
  return authenticatedRoute(deps.auth.validator, 'GET', '/api/programmes/:programmeId/audit', async (req) => {
    const programmeId = pathParam(req, 'programmeId');
    await requireAccess(deps.repos.enrolments, req.person, programmeId, 'readAudit');
    const to = deps.clock();
    const from = new Date(to.getTime() - DAYS * 24 * 60 * 60 * 1000);
    const [entries, roster] = await Promise.all([
      deps.repos.audit.listByProgramme(programmeId, { from, to }),
      deps.repos.enrolments.listByProgramme(programmeId),
    ]);
    const names = new Map(roster.flatMap((e) => (e.person ? [[personKey(e.person), e.displayName] as const] : [])));
    const body: AuditResponse = {
      programmeId,
      entries: entries.map((e) => ({ at: e.at, actor: names.get(e.actor) ?? pseudonym(e.actor), action: e.action, target: e.target })),
    };
    return json(200, body);
  });
}

/** A stable short stand-in for someone no longer in the programme. */
function pseudonym(actor: string): string {
  return `#${createHash('sha256').update(actor).digest('hex').slice(0, 10)}`;
}
