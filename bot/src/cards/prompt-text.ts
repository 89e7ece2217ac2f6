import { plainText } from './plain-text';

/** Longer user text (an assignment, an answer) as plain paragraphs, one TextRun each: no markdown, no control characters. */
export function plainParagraphs(value: string | undefined, maxLength = 4000): string[] {
  const text = plainText(value, maxLength);
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
