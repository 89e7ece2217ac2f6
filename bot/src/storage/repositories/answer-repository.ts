import { AppError } from '../../errors';
import type { PersonRef } from '../../domain/identity';
import type { AnswerSet } from '../../domain/model';
import type { Entity, EntityTable, StoredEntity } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { keyPart, personPart } from '../keys';
import type { AnswerRepository } from '../repositories';

/**
 * Answers table: PartitionKey `{programmeId}|{promptId}` (one partition per
 * prompt, so listing a prompt's answers is one scan), RowKey `{tenant}|{oid}`.
 * The answers map is stored as JSON; `version` is the ETag.
 */
export class TableAnswerRepository implements AnswerRepository {
  constructor(private readonly answers: EntityTable) {}

  async get(programmeId: string, promptId: string, person: PersonRef): Promise<AnswerSet | undefined> {
    const row = await this.answers.getEntity(promptPartition(programmeId, promptId), personPart(person));
    return row && fromRow(row);
  }

  async create(answer: AnswerSet): Promise<AnswerSet> {
    const { entity, fields } = toEntity(answer);
    return { ...fields, version: await this.answers.createEntity(entity) };
  }

  async update(answer: AnswerSet): Promise<AnswerSet> {
    if (!answer.version) throw new AppError('VALIDATION_FAILED', 'an answer update needs the version that was read');
    const { entity, fields } = toEntity(answer);
    return { ...fields, version: await this.answers.updateEntity(entity, answer.version) };
  }

  async listByPrompt(programmeId: string, promptId: string): Promise<AnswerSet[]> {
    return (await this.answers.listPartition(promptPartition(programmeId, promptId))).map(fromRow);
  }
}

function promptPartition(programmeId: string, promptId: string): string {
  return `${keyPart(programmeId, 'programme id')}|${keyPart(promptId, 'prompt id')}`;
}

function toEntity(answer: AnswerSet): { entity: Entity; fields: AnswerSet } {
  const { version: _ignored, ...fields } = answer;
  const entity = {
    partitionKey: promptPartition(answer.programmeId, answer.promptId),
    rowKey: personPart(answer.person),
    properties: toColumns(fields),
  };
  return { entity, fields };
}

function fromRow(row: StoredEntity): AnswerSet {
  return { ...fromColumns<AnswerSet>(row.properties), version: row.etag };
}
