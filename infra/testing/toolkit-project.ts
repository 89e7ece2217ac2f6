import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseEnvFile } from '../../bot/src/config/env-file';
import { readBicep } from './bicep-text';

/**
 * Reads a Microsoft 365 Agents Toolkit project file (m365agents*.yml) and follows
 * the `${{VAR}}` values through its actions the way the toolkit does: a variable is
 * available when the env file gives it a value, the toolkit provides it, or an
 * earlier action wrote it.
 */

export interface ToolkitAction {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  writeToEnvironmentFile?: Record<string, string>;
}

export const LIFECYCLES = ['provision', 'deploy', 'publish'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export type ToolkitProject = { version: string; environmentFolderPath?: string } & Partial<Record<Lifecycle, ToolkitAction[]>>;

/** Variables the toolkit fills in itself: the env name; asked for (subscription, group) or generated (suffix) when empty. */
export const TOOLKIT_BUILT_INS = ['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX'];

export function readToolkitProject(path: string): ToolkitProject {
  return parse(readFileSync(path, 'utf8')) as ToolkitProject;
}

export function readEnv(path: string): Record<string, string> {
  return existsSync(path) ? parseEnvFile(readFileSync(path, 'utf8')) : {};
}

export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1]))];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function templatesOf(action: ToolkitAction): { path?: string; parameters?: string }[] {
  const templates = action.with?.templates;
  return Array.isArray(templates) ? (templates as { path?: string; parameters?: string }[]) : [];
}

/** Local files the action reads (relative to the project root), whether or not it renders them. */
export function filesReadBy(action: ToolkitAction, root: string): string[] {
  const files: string[] = [];
  const w = action.with ?? {};
  if (action.uses === 'arm/deploy') {
    for (const t of templatesOf(action)) files.push(...[t.path, t.parameters].filter((p): p is string => !!p));
  }
  if (['aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage'].includes(action.uses) && str(w.manifestPath)) {
    files.push(str(w.manifestPath)!);
  }
  if (action.uses.startsWith('teamsApp/') && str(w.manifestPath)) files.push(...localizationFiles(root, str(w.manifestPath)!));
  if (action.uses === 'azureAppService/zipDeploy' && str(w.ignoreFile)) files.push(str(w.ignoreFile)!);
  if (action.uses === 'script' && str(w.run)) {
    const script = /^node\s+(\S+)/.exec(str(w.run)!);
    if (script) files.push(script[1]);
  }
  return [...new Set(files)];
}

/** Files whose `${{VAR}}` values the action expands before use. */
export function filesRenderedBy(action: ToolkitAction, root: string): string[] {
  if (action.uses === 'arm/deploy') return templatesOf(action).flatMap((t) => (t.parameters ? [t.parameters] : []));
  if (['aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage'].includes(action.uses)) return filesReadBy(action, root);
  return [];
}

function localizationFiles(root: string, manifestPath: string): string[] {
  const full = join(root, manifestPath);
  if (!existsSync(full)) return [];
  const manifest = JSON.parse(readFileSync(full, 'utf8')) as { localizationInfo?: { additionalLanguages?: { file?: string }[] } };
  const dir = manifestPath.replace(/[^/]*$/, '');
  return (manifest.localizationInfo?.additionalLanguages ?? []).flatMap((l) => (l.file ? [`${dir}${l.file}`] : []));
}

/** Variables the action writes to the env file. */
export function outputsOf(action: ToolkitAction, root: string): string[] {
  const out = Object.values(action.writeToEnvironmentFile ?? {});
  if (action.uses === 'arm/deploy') {
    for (const t of templatesOf(action)) if (t.path?.endsWith('.bicep')) out.push(...readBicep(join(root, t.path)).outputs);
  }
  return out;
}

/** Variables the action generates for itself before it reads its files. */
function generatedBy(action: ToolkitAction, root: string): string[] {
  // aadApp/update makes a new id for the scope when its manifest uses this variable and it is empty.
  if (action.uses !== 'aadApp/update') return [];
  const uses = filesRenderedBy(action, root).some(
    (f) => existsSync(join(root, f)) && readFileSync(join(root, f), 'utf8').includes('AAD_APP_ACCESS_AS_USER_PERMISSION_ID'),
  );
  return uses ? ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'] : [];
}

export interface Unresolved {
  lifecycle: Lifecycle;
  action: string;
  variable: string;
  where: string;
}

/**
 * Every `${{VAR}}` that has no value when its action runs. Lifecycles run in order
 * (provision, then deploy, then publish), each seeing what the earlier ones wrote.
 */
export function unresolvedVariables(project: ToolkitProject, root: string, env: Record<string, string>): Unresolved[] {
  const available = new Set<string>([
    ...TOOLKIT_BUILT_INS,
    ...Object.entries(env)
      .filter(([, v]) => v !== '')
      .map(([k]) => k),
  ]);
  const problems: Unresolved[] = [];
  for (const lifecycle of LIFECYCLES) {
    for (const action of project[lifecycle] ?? []) {
      for (const v of generatedBy(action, root)) available.add(v);
      const sources: [string, string][] = [[`${action.uses} (yml)`, JSON.stringify({ with: action.with, env: action.env })]];
      for (const file of filesRenderedBy(action, root)) {
        if (existsSync(join(root, file))) sources.push([file, readFileSync(join(root, file), 'utf8')]);
      }
      for (const [where, text] of sources) {
        for (const variable of placeholdersIn(text)) {
          if (!available.has(variable)) problems.push({ lifecycle, action: action.uses, variable, where });
        }
      }
      for (const v of outputsOf(action, root)) available.add(v);
    }
  }
  return problems;
}
