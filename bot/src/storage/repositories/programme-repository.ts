import type { Programme, Prompt, Session } from '../../domain/model';
import type { EntityTable, TransactionAction } from '../entity-table';
import { sameColumns, fromColumns } from '../json-columns';
import { joinCodePart, keyPart, PROGRAMME_ROW } from '../keys';
import { assertValidEntity } from '../limits';
import type { ProgrammeRepository } from '../repositories';
import { fromProgrammeRows, programmeRows, type LoadedProgramme } from './programme-rows';
import { chunk, retryOnConflict } from './retry';

/**
 * Programmes table: PartitionKey = programme id; rows `programme`,
 * `session|001`, `prompt|{id}`. Join codes table: PartitionKey = upper-case
 * code, RowKey = programme id (verified against the programme on read).
 */
export class TableProgrammeRepository implements ProgrammeRepository {
  constructor(
    private readonly programmes: EntityTable,
    private readonly joinCodes: EntityTable,
  ) {}

  async save(programme: Programme, sessions: Session[], prompts: Prompt[]): Promise<boolean> {
    const desired = programmeRows(programme, sessions, prompts);
    const partitionKey = programme.id;
    const code = joinCodePart(programme.joinCode);
    // Every row passes the guards before anything is written, so a refused save leaves no trace.
    for (const [rowKey, properties] of desired) assertValidEntity({ partitionKey, rowKey, properties });
    return retryOnConflict(async () => {
      const stored = new Map((await this.programmes.listPartition(partitionKey)).map((row) => [row.rowKey, row]));
      const actions: TransactionAction[] = [];
      for (const row of stored.values()) {
        if (!desired.has(row.rowKey)) actions.push({ kind: 'delete', partitionKey, rowKey: row.rowKey });
      }
      for (const [rowKey, properties] of desired) {
        const old = stored.get(rowKey);
        const entity = { partitionKey, rowKey, properties };
        if (!old) actions.push({ kind: 'create', entity });
        else if (!sameColumns(old.properties, properties)) actions.push({ kind: 'update', entity, ifMatch: old.etag });
      }
      if (actions.length === 0) return false;
      // Index first: a reader verifies the code against the programme row, so an early index row is harmless.
      await this.joinCodes.upsertEntity({ partitionKey: code, rowKey: partitionKey, properties: {} });
      // The programme row goes last, so a new programme is visible only once its sessions and prompts are in.
      actions.sort((a, b) => Number(rowKeyOf(a) === PROGRAMME_ROW) - Number(rowKeyOf(b) === PROGRAMME_ROW));
      for (const batch of chunk(actions)) await this.programmes.submitTransaction(batch);
      const oldCode = stored.get(PROGRAMME_ROW)?.properties.joinCode;
      if (typeof oldCode === 'string' && joinCodePart(oldCode) !== code)
        await this.joinCodes.deleteEntity(joinCodePart(oldCode), partitionKey);
      return true;
    });
  }

  async get(programmeId: string): Promise<Programme | undefined> {
    const row = await this.programmes.getEntity(keyPart(programmeId, 'programme id'), PROGRAMME_ROW);
    return row && fromColumns<Programme>(row.properties);
  }

  async load(programmeId: string): Promise<LoadedProgramme | undefined> {
    return fromProgrammeRows(await this.programmes.listPartition(keyPart(programmeId, 'programme id')));
  }

  /** A filtered scan of the programmes table: there are only a few programmes (see docs/storage-keys.md). */
  async list(): Promise<Programme[]> {
    return (await this.programmes.listByRowKey(PROGRAMME_ROW)).map((row) => fromColumns<Programme>(row.properties));
  }

  async findByJoinCode(code: string): Promise<Programme | undefined> {
    const wanted = joinCodePart(code);
    for (const row of await this.joinCodes.listPartition(wanted)) {
      const programme = await this.get(row.rowKey);
      if (programme && joinCodePart(programme.joinCode) === wanted) return programme;
    }
    return undefined;
  }
}

function rowKeyOf(action: TransactionAction): string {
  return action.kind === 'delete' ? action.rowKey : action.entity.rowKey;
}
