import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import type { LiveService } from '../live/live-service';
import { recordMeetingLifecycle, recordParticipants, rememberMeetingChat } from '../live/meeting-events';
import { PendingWork } from '../prompts/deadline';
import { errorSummary } from './error-summary';
import { MEETING_EVENTS, meetingChatOf, meetingEventTime, participantsOf } from './meeting-activity';

/**
 * What the bot does in meeting chats: keeps the chat's reference (so live
 * prompts can be posted there), records meetingStart/End and participants
 * joining and leaving as the bound session's attendance, and after the
 * first meetingEnd of a bound meeting starts the follow-up (in the
 * background, through the delivery records, so a repeated end changes
 * nothing). Returns whether the activity was a meeting event it handled.
 */
export class MeetingHandler {
  private readonly work = new PendingWork();

  constructor(
    private readonly live: LiveService,
    private readonly logger: Logger,
  ) {}

  /** Stores or refreshes the meeting chat's reference, for any activity from a meeting chat. */
  async remember(context: TurnContext): Promise<void> {
    const reference = meetingChatOf(context.activity);
    if (reference) await rememberMeetingChat(this.live.deps, reference);
  }

  async onEvent(activity: Partial<Activity>): Promise<boolean> {
    const chat = meetingChatOf(activity);
    if (!chat || activity.type !== 'event') return false;
    const at = meetingEventTime(activity, this.live.deps.clock());
    switch (activity.name) {
      case MEETING_EVENTS.start:
        await recordMeetingLifecycle(this.live.deps, chat.chatId, 'start', at);
        return true;
      case MEETING_EVENTS.end: {
        const { first, chat: stored } = await recordMeetingLifecycle(this.live.deps, chat.chatId, 'end', at);
        if (first && stored?.programmeId && stored.sessionNumber !== undefined && this.live.deps.followUp) {
          this.work.add(this.followUp(stored.programmeId, stored.sessionNumber));
        }
        return true;
      }
      case MEETING_EVENTS.join:
      case MEETING_EVENTS.leave:
        await recordParticipants(
          this.live.deps,
          chat.chatId,
          activity.name === MEETING_EVENTS.join ? 'join' : 'leave',
          participantsOf(activity),
          at,
        );
        return true;
      default:
        return false;
    }
  }

  /** Resolves when follow-ups started by meeting ends have finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.work.idle();
  }

  private async followUp(programmeId: string, sessionNumber: number): Promise<void> {
    try {
      await this.live.deps.followUp!(programmeId, sessionNumber);
    } catch (err) {
      this.logger.error({ err: errorSummary(err), programmeId, sessionNumber }, 'meeting follow-up failed');
    }
  }
}
