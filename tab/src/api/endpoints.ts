import type {
  AnswerRequest,
  AnswerResponse,
  AuditResponse,
  DashboardResponse,
  ExportName,
  MeResponse,
  MyPromptsResponse,
  ProgrammeResponse,
  ResponsesQuery,
  ResponsesResponse,
  SharedResponse,
} from '../../../bot/src/api/contract';
import type { Locale } from '../i18n/locale';
import type { ApiClient, Download } from './api-client';
import { createAdminEndpoints, type AdminEndpoints } from './admin-endpoints';
import { createLiveEndpoints, type LiveEndpoints } from './live-endpoints';

/** The tab's API, one typed function per endpoint of bot/src/api/contract.ts. */
export interface Endpoints {
  me(): Promise<MeResponse>;
  programme(programmeId: string): Promise<ProgrammeResponse>;
  myPrompts(programmeId: string): Promise<MyPromptsResponse>;
  saveAnswer(programmeId: string, promptId: string, request: AnswerRequest): Promise<AnswerResponse>;
  shared(programmeId: string): Promise<SharedResponse>;
  responses(programmeId: string, query: ResponsesQuery): Promise<ResponsesResponse>;
  dashboard(programmeId: string): Promise<DashboardResponse>;
  /** Coordinators: the programme's append-only audit log (read-only). */
  audit(programmeId: string): Promise<AuditResponse>;
  exportFile(programmeId: string, file: ExportName, lang: Locale): Promise<Download>;
  /** GET /api/me/export (personal-data-contract.ts): everything the app holds about me, as a zip. */
  myDataExport(lang: Locale): Promise<Download>;
  /** Coordinators: programme editor, roster, a person's export and erasure. */
  admin: AdminEndpoints;
  /** Live sessions in meetings (live-contract.ts). */
  live: LiveEndpoints;
}

const p = (programmeId: string) => `/api/programmes/${encodeURIComponent(programmeId)}`;

export function createEndpoints(api: ApiClient): Endpoints {
  return {
    me: () => api.get('/api/me'),
    programme: (id) => api.get(p(id)),
    myPrompts: (id) => api.get(`${p(id)}/my-prompts`),
    saveAnswer: (id, promptId, request) => api.put(`${p(id)}/prompts/${encodeURIComponent(promptId)}/answer`, request),
    shared: (id) => api.get(`${p(id)}/shared`),
    responses: (id, query) => api.get(`${p(id)}/responses`, { ...query }),
    dashboard: (id) => api.get(`${p(id)}/dashboard`),
    audit: (id) => api.get(`${p(id)}/audit`),
    exportFile: (id, file, lang) => api.download(`${p(id)}/export/${file}`, { lang }),
    myDataExport: (lang) => api.download('/api/me/export', { lang }),
    admin: createAdminEndpoints(api),
    live: createLiveEndpoints(api),
  };
}
