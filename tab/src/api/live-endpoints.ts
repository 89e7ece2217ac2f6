import type {
  LiveAnswerRequest,
  LiveMeetingView,
  LiveRunView,
  LiveSessionReport,
  LiveStartRequest,
} from '../../../bot/src/api/live-contract';
import type { ApiClient } from './api-client';

/** The live-session API (bot/src/api/live-contract.ts): meeting side panel, stage, answer bubble and session report. */
export interface LiveEndpoints {
  meeting(chatId: string): Promise<LiveMeetingView>;
  bind(chatId: string, programmeId: string, sessionNumber: number, meetingId?: string): Promise<LiveMeetingView>;
  moveAgenda(chatId: string, item: number): Promise<LiveMeetingView>;
  startRun(chatId: string, request: LiveStartRequest): Promise<LiveRunView>;
  closeRun(chatId: string, runId: string): Promise<LiveRunView>;
  shareToStage(chatId: string, runId: string): Promise<LiveMeetingView>;
  run(chatId: string, runId: string): Promise<LiveRunView>;
  answer(chatId: string, runId: string, answer: LiveAnswerRequest['answer']): Promise<LiveRunView>;
  report(programmeId: string, sessionNumber: number): Promise<LiveSessionReport>;
}

const m = (chatId: string) => `/api/live/meetings/${encodeURIComponent(chatId)}`;
const r = (chatId: string, runId: string) => `${m(chatId)}/runs/${encodeURIComponent(runId)}`;

export function createLiveEndpoints(api: ApiClient): LiveEndpoints {
  return {
    meeting: (chatId) => api.get(m(chatId)),
    bind: (chatId, programmeId, sessionNumber, meetingId) => api.put(`${m(chatId)}/binding`, { programmeId, sessionNumber, meetingId }),
    moveAgenda: (chatId, item) => api.put(`${m(chatId)}/agenda`, { item }),
    startRun: (chatId, request) => api.post(`${m(chatId)}/runs`, request),
    closeRun: (chatId, runId) => api.post(`${r(chatId, runId)}/close`),
    shareToStage: (chatId, runId) => api.put(`${m(chatId)}/stage`, { runId }),
    run: (chatId, runId) => api.get(r(chatId, runId)),
    answer: (chatId, runId, answer) => api.put(`${r(chatId, runId)}/answer`, { answer }),
    report: (programmeId, sessionNumber) =>
      api.get(`/api/programmes/${encodeURIComponent(programmeId)}/sessions/${encodeURIComponent(String(sessionNumber))}/report`),
  };
}
