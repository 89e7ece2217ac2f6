import type { WordCount } from '../api/contract';
import { STOP_WORDS } from './stop-words';

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * The most frequent words of free-text answers, for a word cloud: lower-cased,
 * stop words (Swedish and English), numbers and one-letter words left out.
 * Linear in the total text length; ties sorted alphabetically (Swedish order).
 */
export function wordFrequencies(texts: Iterable<string>, limit = 50): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.toLowerCase().matchAll(WORD)) {
      const word = match[0].replace(/’/g, "'");
      if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'sv'))
    .slice(0, limit);
}
