import { stringify } from 'yaml';
import type { AdminCardPreviewResponse, AdminProgrammeListResponse, AdminProgrammeResponse } from '../api/admin-contract';
import type { Locale } from '../domain/locale';
import type { Prompt } from '../domain/model';
import { promptInputSchema, toValidationIssues } from '../domain/schemas';
import { AdminError } from './admin-errors';
import { toAdminIssue } from './admin-issues';
import { localToInstant } from '../domain/time';
import { AppError } from '../errors';
import { renderPromptCard } from '../prompts/prompt-card-view';
import { mayCreateProgrammes } from './admin-access';
import type { AdminDeps, Caller } from './admin-deps';
import { programmeVersion, toDocument, type StoredProgramme } from './programme-document';
import { promptStates } from './prompt-states';

export async function loadOrNotFound(deps: AdminDeps, programmeId: string): Promise<StoredProgramme> {
  const stored = await deps.repos.programmes.load(programmeId);
  if (!stored) throw new AppError('NOT_FOUND', `programme ${programmeId}`);
  return stored;
}

/** The programmes the caller coordinates, and whether they may create more. */
export async function listAdminProgrammes(deps: AdminDeps, caller: Caller): Promise<AdminProgrammeListResponse> {
  const ids = caller.mine.filter((e) => e.role === 'coordinator').map((e) => e.programmeId);
  const loaded = await Promise.all(ids.map((id) => deps.repos.programmes.load(id)));
  const programmes = loaded.flatMap((stored) => {
    if (!stored) return [];
    const { programme, sessions } = stored;
    const first = sessions.find((s) => s.number === 1);
    return [
      {
        id: programme.id,
        name: programme.name,
        timeZone: programme.timeZone,
        joinCode: programme.joinCode,
        sessionCount: sessions.length,
        ...(first ? { firstSessionStart: first.start } : {}),
      },
    ];
  });
  return { programmes, mayCreate: mayCreateProgrammes(caller.mine, caller.person, deps.policy) };
}

export async function adminProgrammeView(deps: AdminDeps, stored: StoredProgramme): Promise<AdminProgrammeResponse> {
  const states = await promptStates(deps.repos, stored.programme.id, stored.prompts);
  return { ...toDocument(stored), version: programmeVersion(stored), promptStates: [...states.values()] };
}

/** The programme file (YAML) of a stored programme: the CLI's format, with absolute times and the roster rows it can hold. */
export async function exportProgrammeFile(deps: AdminDeps, programmeId: string): Promise<string> {
  const stored = await loadOrNotFound(deps, programmeId);
  const enrolments = await deps.repos.enrolments.listByProgramme(programmeId);
  const roster = enrolments
    .filter((e) => e.email && e.department)
    .sort((a, b) => (a.email! < b.email! ? -1 : a.email! > b.email! ? 1 : 0))
    .map((e) => ({
      email: e.email!,
      name: e.displayName,
      department: e.department!,
      role: e.role,
      ...(e.language ? { language: e.language } : {}),
    }));
  const document = toDocument(stored);
  return stringify({ ...document, roster }, { lineWidth: 0 });
}

/** A stored or draft prompt's card exactly as it is sent: rendered at its send time, without an answer. */
export function renderAsSent(stored: StoredProgramme, prompt: Prompt, locale: Locale): AdminCardPreviewResponse {
  const { programme, sessions } = stored;
  const session = sessions.find((s) => s.number === prompt.afterSession);
  const now = localToInstant(prompt.sendAt, programme.timeZone).toJSDate();
  return { promptId: prompt.id, locale, card: renderPromptCard({ programme, session, prompt, locale, now }) };
}

/** A prompt not saved yet (the editor's draft), validated like a saved one. */
export async function previewDraftCard(
  deps: AdminDeps,
  programmeId: string,
  body: unknown,
  fallback: Locale,
): Promise<AdminCardPreviewResponse> {
  const request = (body ?? {}) as Record<string, unknown>;
  const stored = await loadOrNotFound(deps, programmeId);
  const parsed = promptInputSchema.safeParse(request.prompt, { reportInput: true });
  if (!parsed.success) {
    throw new AdminError('VALIDATION_FAILED', { issues: toValidationIssues(parsed.error.issues, ['prompt']).map(toAdminIssue) });
  }
  const locale = request.locale === 'en' || request.locale === 'sv' ? request.locale : fallback;
  return renderAsSent(stored, { programmeId, ...parsed.data }, locale);
}

/** The prompt's card exactly as it is sent: rendered at its send time, without an answer. */
export async function previewPromptCard(
  deps: AdminDeps,
  programmeId: string,
  promptId: string,
  locale: Locale,
): Promise<AdminCardPreviewResponse> {
  const stored = await loadOrNotFound(deps, programmeId);
  const prompt = stored.prompts.find((p) => p.id === promptId);
  if (!prompt) throw new AppError('NOT_FOUND', `prompt ${promptId}`);
  return renderAsSent(stored, prompt, locale);
}
