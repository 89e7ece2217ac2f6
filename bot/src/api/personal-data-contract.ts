/**
 * The personal-data endpoints of the tab's API (GDPR art. 15 and 17).
 * TYPES ONLY and no imports, like contract.ts, so the tab can `import type` it.
 *
 * GET  /api/me/export
 *      Anyone signed in: "Mina data" / "My data". Everything the app holds about
 *      the caller, every programme. A download (fetch with the bearer token, save the blob).
 * GET  /api/programmes/:programmeId/people/:tenantId/:objectId/export
 *      Coordinators of the programme, for a person enrolled in it (matched to
 *      a Teams account; 404 otherwise). Covers the programmes the caller
 *      coordinates and the rows about the person as such.
 * POST /api/programmes/:programmeId/people/:tenantId/:objectId/erase
 *      Coordinators of the programme, for a person enrolled in it. Body
 *      `EraseRequest`; answers `EraseResponse`. Erases the person everywhere
 *      (every programme), deletes the bot's posted messages, and leaves only a
 *      pseudonymous audit record in each programme the person was in.
 *
 * Downloads: `application/zip`, `Content-Disposition: attachment; filename="mina-data-YYYY-MM-DD.zip"`
 * (`my-data-…` with `?lang=en`), holding `export.json` (PersonExportFile), `data.csv`
 * (table, partitionKey, rowKey, field, value) and `README.txt`. Every export and
 * erasure writes an audit row (who, whom; no content) before it answers.
 */

export interface EraseRequest {
  /** Must be `true`: erasure cannot be undone. Anything else is 400 VALIDATION_FAILED. */
  confirm: true;
}

export interface EraseResponse {
  /** The only trace the audit log keeps of the person: `00000000-0000-0000-0000-000000000000|<hex>`. */
  pseudonym: string;
  /** `delete`, or `pseudonymise-answers` (answers kept under the pseudonym, without a name). */
  policy: 'delete' | 'pseudonymise-answers';
  tables: { table: string; deleted: number; pseudonymised: number }[];
  /** The bot's messages in the person's chat: deleted at the Bot Connector, failed, or unreachable (no stored chat). */
  messages: { deleted: number; failed: number; skipped: number };
  /** Content of the programmes the caller coordinates that still names the person (an agenda item's lead, say), to edit. */
  mentions: { programmeId: string; rowKey: string; field: string }[];
}

/** `export.json` inside the download. */
export interface PersonExportFile {
  format: 'innovation-training/person-export@1';
  generatedAt: string;
  subject: { tenantId?: string; objectId?: string; emails: string[] };
  scope: 'all' | { programmes: string[] };
  tables: {
    role: string;
    table: string;
    /** What the table holds, in the request's language. */
    holds: string;
    /** Values as stored; `*_json` columns hold JSON strings. */
    rows: { partitionKey: string; rowKey: string; properties: Record<string, string | number | boolean> }[];
  }[];
  mentions: { table: string; partitionKey: string; rowKey: string; field: string }[];
}
