import { requireCreator } from '../admin/admin-access';
import {
  exportProgrammeFile,
  adminProgrammeView,
  listAdminProgrammes,
  loadOrNotFound,
  previewDraftCard,
  previewPromptCard,
} from '../admin/programme-reads';
import { previewLiveCard } from '../admin/live-preview';
import { importProgrammeFile } from '../admin/programme-import';
import { copyProgramme, createProgramme } from '../admin/programme-create';
import { renewJoinCode, updateProgramme } from '../admin/programme-update';
import { pickLocale } from '../domain/locale';
import type { AdminCopyRequest, AdminCreateProgrammeRequest, AdminImportRequest } from './admin-contract';
import { adminDeps, adminRoute, programmeAdminRoute } from './admin-route';
import type { ApiDeps } from './api-deps';
import { pathParam, queryParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

const BASE = '/api/admin/programmes';

/** The programme editor (see admin-contract.ts). */
export function adminProgrammeRoutes(deps: ApiDeps, creators: readonly string[] = []): ApiRoute[] {
  const admin = adminDeps(deps, creators);
  return [
    adminRoute(deps, 'GET', BASE, async (req) => json(200, await listAdminProgrammes(admin, req.caller))),
    adminRoute(deps, 'POST', BASE, async (req) => {
      await requireCreator({ listByPerson: async () => [...req.caller.mine] }, req.person, admin.policy);
      return json(201, await createProgramme(admin, req.caller, req.body as AdminCreateProgrammeRequest));
    }),
    adminRoute(deps, 'POST', `${BASE}/import`, async (req) =>
      json(200, await importProgrammeFile(admin, req.caller, req.body as AdminImportRequest)),
    ),
    programmeAdminRoute(deps, 'GET', `${BASE}/:programmeId`, async (_req, id) =>
      json(200, await adminProgrammeView(admin, await loadOrNotFound(admin, id))),
    ),
    programmeAdminRoute(deps, 'PUT', `${BASE}/:programmeId`, async (req, id) => json(200, await updateProgramme(admin, id, req.body))),
    programmeAdminRoute(deps, 'POST', `${BASE}/:programmeId/join-code`, async (_req, id) => json(200, await renewJoinCode(admin, id))),
    programmeAdminRoute(deps, 'POST', `${BASE}/:programmeId/copy`, async (req, id) =>
      json(201, await copyProgramme(admin, req.caller, id, req.body as AdminCopyRequest)),
    ),
    programmeAdminRoute(deps, 'GET', `${BASE}/:programmeId/file`, async (_req, id) => ({
      status: 200,
      raw: await exportProgrammeFile(admin, id),
      headers: { 'Content-Type': 'application/yaml; charset=utf-8', 'Content-Disposition': `attachment; filename="${id}.yaml"` },
    })),
    programmeAdminRoute(deps, 'POST', `${BASE}/:programmeId/cards/preview`, async (req, id) =>
      json(200, await previewDraftCard(admin, id, req.body, req.locale)),
    ),
    programmeAdminRoute(deps, 'POST', `${BASE}/:programmeId/cards/live-preview`, async (req, id) =>
      json(200, await previewLiveCard(admin, id, req.body, req.locale)),
    ),
    programmeAdminRoute(deps, 'GET', `${BASE}/:programmeId/cards/:promptId`, async (req, id) => {
      const locale = pickLocale(queryParam(req, 'locale'), req.locale);
      return json(200, await previewPromptCard(admin, id, pathParam(req, 'promptId'), locale));
    }),
  ];
}
