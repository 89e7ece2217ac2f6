import type { HostContext } from '../../teams/teams-host';

/** The meeting chat a live view works on: `?chat=` (the answer bubble, a shared stage URL), else the Teams context's chat. */
export function meetingChatId(query: URLSearchParams, context: HostContext | undefined): string | undefined {
  return query.get('chat') || context?.chatId || undefined;
}

/** The stage view's URL for `meeting.shareAppContentToStage`: this page, the stage route, the chat. */
export function stageContentUrl(currentUrl: string, chatId: string): string {
  const url = new URL(currentUrl);
  return `${url.origin}${url.pathname}#/stage?chat=${encodeURIComponent(chatId)}`;
}
