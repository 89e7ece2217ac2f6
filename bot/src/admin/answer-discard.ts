import type { EntityTable } from '../storage/entity-table';
import { keyPart } from '../storage/keys';

/**
 * Deletes every answer to one prompt (the `discard` answers policy). The
 * AnswerRepository port has no delete (answers are otherwise only erased
 * per person, in bot/src/gdpr), so this works on the answers table's
 * prompt partition `{programmeId}|{promptId}` directly. Returns how many.
 */
export async function discardAnswers(answers: EntityTable, programmeId: string, promptId: string): Promise<number> {
  const partitionKey = `${keyPart(programmeId, 'programme id')}|${keyPart(promptId, 'prompt id')}`;
  const rows = await answers.listPartition(partitionKey);
  for (const row of rows) await answers.deleteEntity(partitionKey, row.rowKey);
  return rows.length;
}
