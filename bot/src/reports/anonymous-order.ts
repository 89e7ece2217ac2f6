import { createHash } from 'node:crypto';
import type { AnswerSet } from '../domain/model';

/**
 * Anonymous answers in an order derived from their content only, so neither
 * the storage order (by person key) nor the time of answering hints at who
 * wrote what.
 */
export function anonymousOrder<T extends Pick<AnswerSet, 'answers'>>(answers: readonly T[]): T[] {
  return answers
    .map((answer) => ({
      answer,
      key: createHash('sha256')
        .update(JSON.stringify(sortedEntries(answer.answers)))
        .digest('hex'),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ answer }) => answer);
}

function sortedEntries(answers: AnswerSet['answers']): [string, unknown][] {
  return Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
