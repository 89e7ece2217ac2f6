import type { MeetingChat } from '../../domain/live';
import type { EntityTable } from '../entity-table';
import { keyPart } from '../keys';
import type { MeetingRepository } from '../repositories';
import { DocumentRows } from './document-rows';
import { retryOnConflict } from './retry';

const CHAT_ROW = 'chat';

/** Meetings table: PartitionKey = the meeting chat's conversation id, RowKey `chat`. One row per meeting chat. */
export class TableMeetingRepository implements MeetingRepository {
  private readonly rows: DocumentRows<MeetingChat>;

  constructor(table: EntityTable) {
    this.rows = new DocumentRows(table);
  }

  get(chatId: string): Promise<MeetingChat | undefined> {
    return this.rows.get(keyPart(chatId, 'chat id'), CHAT_ROW);
  }

  save(chat: MeetingChat): Promise<MeetingChat> {
    return this.rows.save(keyPart(chat.chatId, 'chat id'), CHAT_ROW, chat);
  }

  /** Read, change, write conditionally; again on a lost race. `change` returns undefined to leave the row as it is. */
  async change(chatId: string, change: (current: MeetingChat | undefined) => MeetingChat | undefined): Promise<MeetingChat | undefined> {
    return retryOnConflict(async () => {
      const current = await this.get(chatId);
      const next = change(current);
      if (!next) return current;
      return this.save({ ...next, version: current?.version });
    });
  }
}
