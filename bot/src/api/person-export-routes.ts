import { personKey, type PersonRef } from '../domain/identity';
import type { Locale } from '../domain/locale';
import { toExportArchive } from '../gdpr/export-archive';
import { exportPerson } from '../gdpr/export-person';
import { resolveSubject } from '../gdpr/resolve-subject';
import { subjectOf } from '../gdpr/data-subject';
import { t } from '../i18n';
import type { ApiDeps } from './api-deps';
import { authenticatedRoute } from './authenticated-route';
import { personParam, requireCoordinatorOfPerson } from './person-access';
import { pathParam } from './request-helpers';
import type { ApiResult, ApiRoute } from './routes';

/**
 * Art. 15 downloads: a zip of JSON and CSV (gdpr/export-archive.ts). Each
 * writes its audit row (who exported whom; no content) before it answers,
 * so an export the log cannot record is not given.
 */
export function personExportRoutes(deps: ApiDeps): ApiRoute[] {
  const { repos } = deps;
  return [
    authenticatedRoute(deps.auth.validator, 'GET', '/api/me/export', async (req) => {
      const now = deps.clock();
      const subject = (await resolveSubject(repos.tables, { person: req.person })) ?? subjectOf(req.person);
      const data = await exportPerson(repos.tables, subject, { now, locale: req.locale });
      const raw = await toExportArchive(data, req.locale);
      await auditExport(deps, req.person, req.person, now);
      return download(raw, req.locale, now);
    }),
    authenticatedRoute(deps.auth.validator, 'GET', '/api/programmes/:programmeId/people/:tenantId/:objectId/export', async (req) => {
      const programmeId = pathParam(req, 'programmeId');
      const person = personParam(req);
      const mine = await requireCoordinatorOfPerson(repos, req.person, programmeId, person);
      const coordinated = mine.filter((e) => e.role === 'coordinator').map((e) => e.programmeId);
      const now = deps.clock();
      const subject = (await resolveSubject(repos.tables, { person })) ?? subjectOf(person);
      const data = await exportPerson(repos.tables, subject, { now, locale: req.locale, programmes: coordinated });
      const raw = await toExportArchive(data, req.locale);
      await auditExport(deps, req.person, person, now, programmeId);
      return download(raw, req.locale, now);
    }),
  ];
}

async function auditExport(deps: ApiDeps, actor: PersonRef, target: PersonRef, now: Date, programmeId?: string): Promise<void> {
  await deps.repos.audit.append({
    at: now.toISOString(),
    actor: personKey(actor),
    action: 'person.export',
    programmeId,
    target: personKey(target),
  });
}

function download(raw: Buffer, locale: Locale, now: Date): ApiResult {
  const name = `${t(locale, 'gdpr.export.file')}-${now.toISOString().slice(0, 10)}.zip`;
  return {
    status: 200,
    raw,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Content-Length': String(raw.length),
      'X-Content-Type-Options': 'nosniff',
    },
  };
}
