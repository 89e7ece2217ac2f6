/**
 * Programme and user text only ever goes into TextRuns (which do not parse
 * markdown) or action titles. This removes what could still disturb the
 * layout: control characters and overlong strings.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

export function plainText(value: string | undefined, maxLength = 300): string {
  if (!value) return '';
  const cleaned = value.replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1).trimEnd()}…` : cleaned;
}

/** Only absolute https URLs may become an Action.OpenUrl. */
export function httpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
