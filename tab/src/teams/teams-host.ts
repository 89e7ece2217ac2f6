/**
 * The one module that imports @microsoft/teams-js. Everything else in the tab
 * sees the host through the small `TeamsHost` interface below.
 *
 * Decision: SSO uses teams-js `authentication.getAuthToken()` directly, not
 * `TeamsUserCredential` from @microsoft/teamsfx. TeamsUserCredential wraps the
 * same host call, is on the deprecation track (teamsfx 4 is built on the M365
 * Agents SDK), pulls MSAL and extra code into the bundle, and would add
 * nothing here: the tab only needs the raw token to send as a bearer token to
 * our own API, which validates it.
 */
import { app, authentication, meeting, pages } from '@microsoft/teams-js';
import { trustedDevHostOrigins } from './dev-host-origins';

export type HostTheme = 'default' | 'dark' | 'contrast';
export type HostFrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'remove' | 'task' | 'stage' | 'other';

export interface HostContext {
  locale?: string;
  theme: HostTheme;
  frameContext: HostFrameContext;
  /** The tab instance's entity id (the bound programme for a configurable tab). */
  entityId?: string;
  subPageId?: string;
  userObjectId?: string;
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  chatId?: string;
  meetingId?: string;
}

export interface TabInstanceConfig {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName: string;
  websiteUrl?: string;
}

export interface TeamsHost {
  context: HostContext;
  getAuthToken(): Promise<string>;
  /** Follows the host's theme live; returns an unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** Configuration page: enable or disable the host's Save button. */
  setConfigValid(valid: boolean): void;
  /** Configuration page: `save` runs when the user presses Save and returns the config to store. */
  onConfigSave(save: () => Promise<TabInstanceConfig>): void;
  /** Meeting side panel or stage: shows `appContentUrl` (a page of this app) on the meeting stage for everyone. */
  shareAppContentToStage(appContentUrl: string): Promise<void>;
}

/** How long to wait for a host inside a frame; teams-js itself waits 60 s. */
export const FRAMED_INIT_TIMEOUT_MS = 3000;

/**
 * Connects to the Teams host, or resolves `undefined` at once in a plain
 * browser tab (top level), and after a short timeout in a frame whose parent
 * does not answer the Teams protocol.
 */
export async function connectToHost(timeoutMs = FRAMED_INIT_TIMEOUT_MS): Promise<TeamsHost | undefined> {
  if (window.self === window.top) return undefined;
  const initialized = await withTimeout(app.initialize(trustedDevHostOrigins()), timeoutMs).then(
    () => true,
    () => false,
  );
  if (!initialized) return undefined;
  const context = toHostContext(await app.getContext());
  app.notifySuccess().catch(() => undefined);
  return createTeamsHost(context);
}

function createTeamsHost(context: HostContext): TeamsHost {
  const themeListeners = new Set<(theme: HostTheme) => void>();
  app.registerOnThemeChangeHandler((theme) => {
    const next = toTheme(theme);
    context.theme = next;
    for (const listener of themeListeners) listener(next);
  });
  return {
    context,
    getAuthToken: () => authentication.getAuthToken(),
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    setConfigValid(valid) {
      pages.config.setValidityState(valid);
    },
    onConfigSave(save) {
      pages.config.registerOnSaveHandler((event) => {
        save()
          .then((config) => pages.config.setConfig(config))
          .then(
            () => event.notifySuccess(),
            (err: unknown) => event.notifyFailure(err instanceof Error ? err.message : String(err)),
          );
      });
    },
    shareAppContentToStage: (appContentUrl) => shareToStage(appContentUrl),
  };
}

/** teams-js v2's callback API as a promise; the host's error (a code and message) becomes an Error. */
function shareToStage(appContentUrl: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    try {
      meeting.shareAppContentToStage((error, result) => {
        if (error) reject(new Error(`shareAppContentToStage failed: ${error.errorCode}${error.message ? ` ${error.message}` : ''}`));
        else if (result === false) reject(new Error('shareAppContentToStage was refused by the host'));
        else resolve();
      }, appContentUrl);
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

function toHostContext(ctx: app.Context): HostContext {
  return {
    locale: ctx.app.locale,
    theme: toTheme(ctx.app.theme),
    frameContext: toFrameContext(ctx.page.frameContext),
    entityId: ctx.page.id || undefined,
    subPageId: ctx.page.subPageId || undefined,
    userObjectId: ctx.user?.id || undefined,
    tenantId: ctx.user?.tenant?.id,
    teamId: ctx.team?.internalId,
    channelId: ctx.channel?.id,
    chatId: ctx.chat?.id,
    meetingId: ctx.meeting?.id,
  };
}

function toTheme(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

const FRAME_CONTEXTS: readonly string[] = ['content', 'sidePanel', 'meetingStage', 'settings', 'remove', 'task', 'stage'];

function toFrameContext(value: string | undefined): HostFrameContext {
  return value && FRAME_CONTEXTS.includes(value) ? (value as HostFrameContext) : value ? 'other' : 'content';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No Teams host answered within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
