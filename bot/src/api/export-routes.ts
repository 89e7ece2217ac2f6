import type { AuditAction } from '../domain/audit';
import { AppError } from '../errors';
import { t } from '../i18n';
import { toCsv } from '../reports/csv';
import { participationTable, responsesTable } from '../reports/export-tables';
import { loadProgrammeData } from '../reports/programme-data';
import { toXlsx } from '../reports/xlsx';
import type { ApiDeps } from './api-deps';
import { recordAudit } from './audit-log';
import { authenticatedRoute } from './authenticated-route';
import type { ExportName } from './contract';
import { requireAccess } from './programme-access';
import { pathParam } from './request-helpers';
import type { ApiRoute } from './routes';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const EXPORTS: { file: ExportName; sheet: 'responses' | 'participation'; format: 'csv' | 'xlsx'; action: AuditAction }[] = [
  { file: 'responses.csv', sheet: 'responses', format: 'csv', action: 'export.responses' },
  { file: 'responses.xlsx', sheet: 'responses', format: 'xlsx', action: 'export.responses' },
  { file: 'participation.csv', sheet: 'participation', format: 'csv', action: 'export.participation' },
  { file: 'participation.xlsx', sheet: 'participation', format: 'xlsx', action: 'export.participation' },
];

/**
 * GET /api/programmes/:programmeId/export/{responses,participation}.{csv,xlsx}:
 * coordinators only, as plain downloads; every export leaves an audit row
 * (written before the file is returned).
 */
export function exportRoutes(deps: ApiDeps): ApiRoute[] {
  return EXPORTS.map(({ file, sheet, format, action }) =>
    authenticatedRoute(deps.auth.validator, 'GET', `/api/programmes/:programmeId/export/${file}`, async (req) => {
      const programmeId = pathParam(req, 'programmeId');
      await requireAccess(deps.repos.enrolments, req.person, programmeId, 'export');
      const now = deps.clock();
      const data = await loadProgrammeData(deps.repos, programmeId);
      if (!data) throw new AppError('NOT_FOUND', `programme ${programmeId}`);
      const table = sheet === 'responses' ? responsesTable(data, req.locale, now) : participationTable(data, req.locale, now);
      const raw = format === 'csv' ? toCsv(table) : await toXlsx([table]);
      await recordAudit(deps.repos.audit, { person: req.person, action, programmeId, target: file, now });
      const name = `${safeName(programmeId)}-${t(req.locale, `api.export.file.${sheet}`)}-${now.toISOString().slice(0, 10)}.${format}`;
      return {
        status: 200,
        raw,
        headers: {
          'Content-Type': CONTENT_TYPES[format],
          'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          'Content-Length': String(raw.length),
          'X-Content-Type-Options': 'nosniff',
        },
      };
    }),
  );
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60) || 'programme';
}
