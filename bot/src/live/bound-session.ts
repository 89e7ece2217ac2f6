import type { MeetingChat } from '../domain/live';
import type { Programme, Prompt, Session } from '../domain/model';
import { AppError } from '../errors';
import { programmesOf, type LiveDeps } from './live-deps';

export interface BoundSession {
  chat: MeetingChat & { programmeId: string; sessionNumber: number };
  programme: Programme;
  session: Session;
  prompts: Prompt[];
}

/** The meeting chat and the programme session bound to it; LIVE_CHAT_UNKNOWN / LIVE_NOT_BOUND otherwise. */
export async function loadBoundSession(deps: Pick<LiveDeps, 'repos' | 'catalog'>, chatId: string): Promise<BoundSession> {
  const chat = await deps.repos.meetings.get(chatId);
  if (!chat) throw new AppError('LIVE_CHAT_UNKNOWN', 'the bot has not seen this meeting chat');
  if (!chat.programmeId || chat.sessionNumber === undefined) throw new AppError('LIVE_NOT_BOUND', 'the meeting chat is not bound');
  const loaded = await programmesOf(deps).load(chat.programmeId);
  const session = loaded?.sessions.find((s) => s.number === chat.sessionNumber);
  if (!loaded || !session) throw new AppError('LIVE_NOT_BOUND', 'the bound session no longer exists');
  return { chat: chat as BoundSession['chat'], programme: loaded.programme, session, prompts: loaded.prompts };
}
