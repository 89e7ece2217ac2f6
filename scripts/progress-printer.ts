import type { Locale } from '../bot/src/domain/locale';
import type { Progress } from '../bot/src/gdpr/progress';
import { t } from '../bot/src/i18n';
import type { TextOut } from './programme-cli';

/** While one table (or programme, or the messages) is long, a line every this many rows. */
const EVERY = 500;

/**
 * Prints progress of a long job as lines such as `table 3/11: answers … 120 rows`:
 * the final count of each table (or programme, or the messages), and a line
 * every few hundred rows read or handled while one is long. Call `flush`
 * when the job ends.
 */
export function formatProgress(out: TextOut, locale: Locale): { report: (progress: Progress) => void; flush: () => void } {
  let pending: Progress | undefined;
  let printed = { unit: '', mark: 0, text: '' };
  const unitOf = (p: Progress) => `${p.step}/${p.index}`;
  const markOf = (p: Progress) => Math.floor(Math.max(p.rows, p.scanned ?? 0) / EVERY);
  const textOf = (p: Progress) => {
    const key = p.step === 'scan' && p.scanned !== undefined ? 'gdpr.cli.progress.scanned' : `gdpr.cli.progress.${p.step}`;
    return t(locale, key, { index: p.index, total: p.total, table: p.table ?? '', rows: p.rows, scanned: p.scanned ?? 0 });
  };
  const line = (p: Progress) => {
    const text = textOf(p);
    if (text !== printed.text) out.write(`${text}\n`);
    printed = { unit: unitOf(p), mark: markOf(p), text };
    pending = undefined;
  };
  const flush = () => {
    if (pending) line(pending);
  };
  return {
    report(progress) {
      if (pending && unitOf(pending) !== unitOf(progress)) flush();
      pending = progress;
      const mark = markOf(progress);
      if (mark > 0 && (printed.unit !== unitOf(progress) || mark > printed.mark)) line(progress);
    },
    flush,
  };
}
