import type {
  AnswerRequest,
  AnswerResponse,
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

/** The tab's API, one typed function per endpoint of bot/src/api/contract.ts. */
export interface Endpoints {
  me(): Promise<MeResponse>;
  programme(programmeId: string): Promise<ProgrammeResponse>;
  myPrompts(programmeId: string): Promise<MyPromptsResponse>;
  saveAnswer(programmeId: string, promptId: string, request: AnswerRequest): Promise<AnswerResponse>;
  shared(programmeId: string): Promise<SharedResponse>;
  responses(programmeId: string, query: ResponsesQuery): Promise<ResponsesResponse>;
  dashboard(programmeId: string): Promise<DashboardResponse>;
  exportFile(programmeId: string, file: ExportName, lang: Locale): Promise<Download>;
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
    exportFile: (id, file, lang) => api.download(`${p(id)}/export/${file}`, { lang }),
  };
}
