import type { PersonRef } from '../../domain/identity';
import type { StoredConversation } from '../../domain/model';
import type { Entity, EntityTable, StoredEntity } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { personPart, singleRowKey } from '../keys';
import type { ConversationRepository } from '../repositories';
import { retryOnConflict } from './retry';

/** Conversations table: PartitionKey and RowKey `{tenant}|{oid}` (see `singleRowKey`). Every write is conditional on the ETag read. */
export class TableConversationRepository implements ConversationRepository {
  constructor(private readonly conversations: EntityTable) {}

  async get(person: PersonRef): Promise<StoredConversation | undefined> {
    const row = await this.conversations.getEntity(personPart(person), singleRowKey(person));
    return row && fromRow(row);
  }

  /** Keeps a stored greetedAt: read, then a write conditional on what was read, again if it lost a race. */
  async save(conversation: StoredConversation): Promise<StoredConversation> {
    const partitionKey = personPart(conversation.person);
    return retryOnConflict(async () => {
      const stored = await this.conversations.getEntity(partitionKey, singleRowKey(conversation.person));
      const { version: _ignored, ...fields } = conversation;
      const greetedAt = stored ? fromRow(stored).greetedAt : undefined;
      const next: StoredConversation = { ...fields, greetedAt: greetedAt ?? fields.greetedAt };
      const entity = toEntity(next);
      const version = stored ? await this.conversations.updateEntity(entity, stored.etag) : await this.conversations.createEntity(entity);
      return { ...next, version };
    });
  }

  /** Exactly one of several concurrent callers gets true; false if already greeted or no conversation is stored. */
  async markGreeted(person: PersonRef, at: string): Promise<boolean> {
    const partitionKey = personPart(person);
    return retryOnConflict(async () => {
      const stored = await this.conversations.getEntity(partitionKey, singleRowKey(person));
      if (!stored) return false;
      const current = fromRow(stored);
      if (current.greetedAt) return false;
      const { version: _ignored, ...fields } = current;
      await this.conversations.updateEntity(toEntity({ ...fields, greetedAt: at }), stored.etag);
      return true;
    });
  }
}

function toEntity(conversation: StoredConversation): Entity {
  return { partitionKey: personPart(conversation.person), rowKey: singleRowKey(conversation.person), properties: toColumns(conversation) };
}

function fromRow(row: StoredEntity): StoredConversation {
  return { ...fromColumns<StoredConversation>(row.properties), version: row.etag };
}
