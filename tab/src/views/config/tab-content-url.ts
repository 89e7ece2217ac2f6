/**
 * The content URL stored for a configured tab: the same page, the programme
 * view for the chosen programme, and Teams' `{locale}` placeholder.
 */
export function tabContentUrl(currentUrl: string, programmeId: string): string {
  const url = new URL(currentUrl);
  return `${url.origin}${url.pathname}#/programme?programme=${encodeURIComponent(programmeId)}&locale={locale}`;
}
