import { createHash } from 'node:crypto';
import type { AdminProgrammeDocument } from '../api/admin-contract';
import type { Programme, Prompt, Session } from '../domain/model';
import { programmeBundleSchema, toValidationIssues, type ValidationIssue } from '../domain/schemas';

/** What the repository loads for one programme. */
export interface StoredProgramme {
  programme: Programme;
  sessions: Session[];
  prompts: Prompt[];
}

/** The editable document: the stored programme without the per-row `programmeId`. */
export function toDocument(stored: StoredProgramme): AdminProgrammeDocument {
  return {
    programme: stored.programme,
    sessions: stored.sessions.map(({ programmeId: _id, ...s }) => s),
    prompts: stored.prompts.map(({ programmeId: _id, ...p }) => p),
  };
}

export type DocumentResult = { ok: true; value: StoredProgramme } | { ok: false; issues: ValidationIssue[] };

/** Validates a document with the same schema as programme files (no roster) and gives the rows to save. */
export function fromDocument(document: unknown): DocumentResult {
  const { programme, sessions, prompts } = (document ?? {}) as Record<string, unknown>;
  const parsed = programmeBundleSchema.safeParse({ programme, sessions, prompts, roster: [] }, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error.issues) };
  const { programme: p } = parsed.data;
  return {
    ok: true,
    value: {
      programme: p,
      sessions: parsed.data.sessions.map((s) => ({ programmeId: p.id, ...s })),
      prompts: parsed.data.prompts.map((q) => ({ programmeId: p.id, ...q })),
    },
  };
}

/** The optimistic-concurrency token: a hash of the stored programme's content (sessions by number, prompts by id). */
export function programmeVersion(stored: StoredProgramme): string {
  const sessions = [...stored.sessions].sort((a, b) => a.number - b.number);
  const prompts = [...stored.prompts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256')
    .update(canonicalJson({ programme: stored.programme, sessions, prompts }))
    .digest('base64url')
    .slice(0, 22);
}

/** JSON with sorted object keys and undefined properties left out. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, (v as Record<string, unknown>)[k]]),
    );
  });
}
