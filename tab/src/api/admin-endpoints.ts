import type {
  AdminCardPreviewResponse,
  AdminCopyRequest,
  AdminCopyResponse,
  AdminCreateProgrammeRequest,
  AdminCreateProgrammeResponse,
  AdminImportRequest,
  AdminImportResponse,
  AdminJoinCodeResponse,
  AdminLiveCardPreviewResponse,
  AdminLiveCardRequest,
  AdminLocale,
  AdminProgrammeListResponse,
  AdminProgrammeResponse,
  AdminProgrammeUpdate,
  AdminProgrammeUpdateResponse,
  AdminRole,
  AdminRoleResponse,
  AdminSendNowResponse,
  RosterApplyRequest,
  RosterApplyResponse,
  RosterFromTeamRequest,
  RosterFromTeamResponse,
  RosterPreviewRequest,
  RosterPreviewResponse,
} from '../../../bot/src/api/admin-contract';
import type { EraseResponse } from '../../../bot/src/api/personal-data-contract';
import type { Locale } from '../i18n/locale';
import type { ApiClient, Download } from './api-client';
import type { RosterPerson } from './admin-types';

/** The coordinator's API: one function per endpoint of admin-contract.ts and the coordinator side of personal-data-contract.ts. */
export interface AdminEndpoints {
  list(): Promise<AdminProgrammeListResponse>;
  create(request: AdminCreateProgrammeRequest): Promise<AdminCreateProgrammeResponse>;
  get(programmeId: string): Promise<AdminProgrammeResponse>;
  save(programmeId: string, update: AdminProgrammeUpdate): Promise<AdminProgrammeUpdateResponse>;
  renewJoinCode(programmeId: string): Promise<AdminJoinCodeResponse>;
  copy(programmeId: string, request: AdminCopyRequest): Promise<AdminCopyResponse>;
  exportFile(programmeId: string): Promise<Download>;
  importFile(request: AdminImportRequest): Promise<AdminImportResponse>;
  card(programmeId: string, promptId: string, locale: AdminLocale): Promise<AdminCardPreviewResponse>;
  /** A live prompt draft's question card as the meeting gets it (400 VALIDATION_FAILED with issues under `livePrompt.`). */
  liveCard(programmeId: string, request: AdminLiveCardRequest): Promise<AdminLiveCardPreviewResponse>;
  rosterPreview(programmeId: string, request: RosterPreviewRequest): Promise<RosterPreviewResponse>;
  rosterApply(programmeId: string, request: RosterApplyRequest): Promise<RosterApplyResponse>;
  /** Without `previewToken` the preview, with it the apply (see RosterFromTeamRequest). */
  rosterFromTeam(programmeId: string, request: RosterFromTeamRequest): Promise<RosterFromTeamResponse>;
  sendNow(programmeId: string, promptId: string): Promise<AdminSendNowResponse>;
  people(programmeId: string): Promise<{ people: RosterPerson[] }>;
  removePerson(programmeId: string, key: string): Promise<void>;
  changeRole(programmeId: string, key: string, role: AdminRole): Promise<AdminRoleResponse>;
  exportPerson(programmeId: string, tenantId: string, objectId: string, lang: Locale): Promise<Download>;
  erasePerson(programmeId: string, tenantId: string, objectId: string): Promise<EraseResponse>;
}

const e = encodeURIComponent;
const a = (programmeId: string) => `/api/admin/programmes/${e(programmeId)}`;
const person = (programmeId: string, tenantId: string, objectId: string) =>
  `/api/programmes/${e(programmeId)}/people/${e(tenantId)}/${e(objectId)}`;

export function createAdminEndpoints(api: ApiClient): AdminEndpoints {
  return {
    list: () => api.get('/api/admin/programmes'),
    create: (request) => api.post('/api/admin/programmes', request),
    get: (id) => api.get(a(id)),
    save: (id, update) => api.put(a(id), update),
    renewJoinCode: (id) => api.post(`${a(id)}/join-code`),
    copy: (id, request) => api.post(`${a(id)}/copy`, request),
    exportFile: (id) => api.download(`${a(id)}/file`),
    importFile: (request) => api.post('/api/admin/programmes/import', request),
    card: (id, promptId, locale) => api.get(`${a(id)}/cards/${e(promptId)}`, { locale }),
    liveCard: (id, request) => api.post(`${a(id)}/cards/live-preview`, request),
    rosterPreview: (id, request) => api.post(`${a(id)}/roster/preview`, request),
    rosterApply: (id, request) => api.post(`${a(id)}/roster/apply`, request),
    rosterFromTeam: (id, request) => api.post(`${a(id)}/roster/from-team`, request),
    sendNow: (id, promptId) => api.post(`${a(id)}/prompts/${e(promptId)}/send`),
    people: (id) => api.get(`${a(id)}/people`),
    removePerson: (id, key) => api.del(`${a(id)}/people/${e(key)}`),
    changeRole: (id, key, role) => api.put(`${a(id)}/people/${e(key)}/role`, { role }),
    exportPerson: (id, tenantId, objectId, lang) => api.download(`${person(id, tenantId, objectId)}/export`, { lang }),
    erasePerson: (id, tenantId, objectId) => api.post(`${person(id, tenantId, objectId)}/erase`, { confirm: true }),
  };
}
