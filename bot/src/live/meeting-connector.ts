import type { AdaptiveCard } from '../cards/adaptive-card';
import type { PersonRef } from '../domain/identity';
import type { MeetingChat } from '../domain/live';

/**
 * What live sessions need from the Bot Connector, for one meeting chat.
 * The botbuilder implementation is bot/src/teams/meeting-connector.ts;
 * tests run it against the loopback connector fake.
 */
export interface MeetingConnector {
  /**
   * Posts a card into the meeting chat and returns its activity id. With
   * `alertUrl`, Teams also shows the page at that URL to everyone in the
   * meeting as an in-meeting content bubble (`alertInMeeting`).
   */
  post(chat: MeetingChat, message: { card: AdaptiveCard; summary: string; alertUrl?: string }): Promise<string>;
  /** Replaces a card the bot posted (activity update). */
  update(chat: MeetingChat, activityId: string, card: AdaptiveCard): Promise<void>;
  /** The person's role in the meeting (`Organizer`, `Presenter`, `Attendee`), or undefined when they are not in it. */
  meetingRole(chat: MeetingChat, person: PersonRef): Promise<string | undefined>;
  /** The Teams user ids (`29:…`) of the chat's members, at most `limit` + 1 (so the caller sees there are more). */
  memberIds(chat: MeetingChat, limit: number): Promise<string[]>;
}
