/**
 * A test page that plays the Teams host side of teams-js 2.x's postMessage
 * protocol and frames the tab.
 *
 * The protocol, as read from @microsoft/teams-js 2.58 (dist/esm, internal/communication.js):
 * - The tab posts requests `{ id, uuidAsString, func, args, timestamp, apiVersionTag, … }` to its parent.
 * - The host answers with `{ id, uuidAsString, args }`; the SDK finds the waiting call by uuid (or id).
 * - The host pushes events as `{ func, args }` without an id (e.g. `themeChange`, `settings.save`).
 * - `initialize` is answered with `[frameContext, hostClientType, runtimeConfigJson, clientSupportedSDKVersion]`.
 * - `getContext` with `[legacyContext]` (flat fields: locale, theme, entityId, userObjectId, tid, …).
 * - `authentication.getAuthToken` with `[true, token]` or `[false, reason]`.
 * - `settings.setSettings` (pages.config.setConfig) with `[true]`; `settings.setValidityState` and
 *   `registerHandler` are one-way.
 * - `meeting.shareAppContentToStage` (args `[appContentUrl, { sharingProtocol }]`) with `[null, true]`
 *   (callback `(error, result)`); the page records the URL.
 * - A meeting context is the legacy flat fields `chatId` and `meetingId` (teams-js maps them to
 *   `chat.id` and `meeting.id`) with frameContext `sidePanel`, `meetingStage` or `settings`.
 * The SDK accepts messages only from origins it trusts; the tab adds a loopback parent's origin.
 */

export interface HostPageOptions {
  /** The tab's URL (another origin than this page). */
  tabUrl: string;
  /** `content` for a tab, `settings` for a configuration page, `sidePanel`/`meetingStage` in meetings, `task` for a dialog or bubble. */
  frameContext: 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'task';
  /** The token `authentication.getAuthToken` returns. */
  token: string;
  /** Flat legacy context fields merged over the defaults. */
  context?: Record<string, unknown>;
  frameWidth?: number;
  frameHeight?: number;
}

/** What the page records, read by tests through `window.__host`. */
export interface HostRecord {
  calls: string[];
  tokenRequests: number;
  validity: boolean | null;
  savedConfig: Record<string, unknown> | null;
  saveResult: 'success' | 'failure' | null;
  /** `meeting.shareAppContentToStage` calls: the app content URL and the sharing options. */
  stageShares: { url: string; options?: Record<string, unknown> }[];
}

const RUNTIME_CONFIG = {
  apiVersion: 4,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    app: {},
    appEntity: {},
    pages: { config: {}, appButton: {}, tabs: {}, backStack: {} },
    teamsCore: {},
    dialog: { url: {}, update: {} },
    meeting: {},
  },
};

export function teamsHostPageHtml(options: HostPageOptions): string {
  const tabOrigin = new URL(options.tabUrl).origin;
  const config = {
    tabUrl: options.tabUrl,
    tabOrigin,
    frameContext: options.frameContext,
    token: options.token,
    runtimeConfig: JSON.stringify(RUNTIME_CONFIG),
    context: {
      locale: 'sv-SE',
      theme: 'default',
      entityId: 'mitt-program',
      frameContext: options.frameContext,
      hostClientType: 'web',
      hostName: 'Teams',
      appSessionId: 'test-session',
      sessionId: 'test-host-session',
      ...options.context,
    },
  };
  const width = options.frameWidth ?? 1280;
  const height = options.frameHeight ?? 900;
  // JSON in a script tag: escape `<` so no value can close the tag.
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Teams host (test)</title>
<style>
  html, body { margin: 0; padding: 0; background: #ebebeb; font-family: system-ui, sans-serif; }
  iframe { display: block; border: 0; width: ${width}px; height: ${height}px; background: white; }
</style>
</head>
<body>
<iframe id="tab" title="Tab" src="${escapeAttr(options.tabUrl)}"></iframe>
<script>
(function () {
  var config = ${configJson};
  var frame = document.getElementById('tab');
  var record = { calls: [], tokenRequests: 0, validity: null, savedConfig: null, saveResult: null, stageShares: [] };
  function target() { return frame.contentWindow; }
  function reply(request, args) {
    target().postMessage({ id: request.id, uuidAsString: request.uuidAsString, args: args }, config.tabOrigin);
  }
  function push(func, args) {
    target().postMessage({ func: func, args: args }, config.tabOrigin);
  }
  window.addEventListener('message', function (event) {
    if (event.source !== target() || event.origin !== config.tabOrigin) return;
    var request = event.data;
    if (!request || typeof request.func !== 'string') return;
    record.calls.push(request.func);
    switch (request.func) {
      case 'initialize':
        reply(request, [config.frameContext, 'web', config.runtimeConfig, '2.58.0']);
        break;
      case 'getContext':
        reply(request, [config.context]);
        break;
      case 'authentication.getAuthToken':
        record.tokenRequests += 1;
        if (config.token) reply(request, [true, config.token]);
        else reply(request, [false, 'resourceRequiresConsent']);
        break;
      case 'settings.setValidityState':
        record.validity = request.args[0] === true;
        break;
      case 'settings.setSettings':
        record.savedConfig = request.args[0];
        reply(request, [true]);
        break;
      case 'settings.save.success':
        record.saveResult = 'success';
        break;
      case 'settings.save.failure':
        record.saveResult = 'failure';
        break;
      case 'meeting.shareAppContentToStage':
        record.stageShares.push({ url: request.args[0], options: request.args[1] });
        reply(request, [null, true]);
        break;
      default:
        // One-way notifications (registerHandler, appLoaded, …) need no answer.
        break;
    }
  });
  window.__host = {
    record: record,
    setTheme: function (theme) { config.context.theme = theme; push('themeChange', [theme]); },
    setToken: function (token) { config.token = token; },
    save: function () { push('settings.save', [{}]); },
  };
})();
</script>
</body>
</html>`;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
