/**
 * Progress of a long personal-data job, for a callback (the CLI prints it):
 * which step, the table (or message) count so far.
 */
export interface Progress {
  step: 'scan' | 'load' | 'messages' | 'erase' | 'purge';
  /** 1-based position and total of the unit worked on (a table, a programme, or the messages). */
  index: number;
  total: number;
  /** The table's name (with prefix), or the programme id while the purge loads. */
  table?: string;
  /** Rows (or messages) found or handled in this unit so far. */
  rows: number;
  /** Rows read so far, when the unit is a full scan. */
  scanned?: number;
}

export type ProgressListener = (progress: Progress) => void;

export const noProgress: ProgressListener = () => undefined;
