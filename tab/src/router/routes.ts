import type { ApiRole } from '../../../bot/src/api/contract';
import { ROLES } from '../api/roles';
import type { HostFrameContext } from '../teams/teams-host';
import type { MessageKey } from '../i18n/translate';

/**
 * The tab's views. Teams opens the personal tab at `#/personal` and the
 * configuration page at `#/config`; a configured channel tab opens
 * `#/programme?programme=<id>`. Meeting contexts (issue 5) get their own
 * routes here: `sidePanel` and `meetingStage` resolve to them by frame context.
 */
export type ViewId =
  'programme' | 'responses' | 'dashboard' | 'admin' | 'myData' | 'config' | 'sidePanel' | 'stage' | 'liveAnswer' | 'sessionReport';

export interface ViewDefinition {
  id: ViewId;
  path: string;
  label: MessageKey;
  /** Roles that see the view in the navigation; the server enforces access anyway. */
  roles: readonly ApiRole[];
  /** Shown in the navigation. */
  inNav: boolean;
  /** Meeting views fill their frame: no header, no navigation (a 320 px side panel, the stage, the answer bubble). */
  bare?: boolean;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'programme', path: '/programme', label: 'nav.programme', roles: ROLES, inNav: true },
  { id: 'responses', path: '/responses', label: 'nav.responses', roles: ['facilitator', 'coordinator'], inNav: true },
  { id: 'dashboard', path: '/dashboard', label: 'nav.dashboard', roles: ['coordinator'], inNav: true },
  { id: 'admin', path: '/admin', label: 'nav.admin', roles: ['coordinator'], inNav: true },
  { id: 'myData', path: '/my-data', label: 'nav.myData', roles: ROLES, inNav: true },
  { id: 'config', path: '/config', label: 'config.heading', roles: ROLES, inNav: false },
  { id: 'sidePanel', path: '/side-panel', label: 'live.sidePanel.heading', roles: ROLES, inNav: false, bare: true },
  { id: 'stage', path: '/stage', label: 'live.stage.heading', roles: ROLES, inNav: false, bare: true },
  { id: 'liveAnswer', path: '/live-answer', label: 'live.answer.heading', roles: ROLES, inNav: false, bare: true },
  { id: 'sessionReport', path: '/session-report', label: 'live.report.heading', roles: ['facilitator', 'coordinator'], inNav: false },
];

const ALIASES: Record<string, ViewId> = { '/': 'programme', '/personal': 'programme', '/channel': 'programme' };

/** The frame context decides first (the settings frame is always the configuration page). */
const BY_FRAME_CONTEXT: Partial<Record<HostFrameContext, ViewId>> = { settings: 'config', sidePanel: 'sidePanel', meetingStage: 'stage' };

/** Meeting pages a URL names on purpose (the in-meeting bubble, a URL shared to the stage): the path wins over the frame context. */
const EXPLICIT_MEETING_VIEWS: readonly ViewId[] = ['liveAnswer', 'stage'];

/** Frame contexts that mean a meeting view only when there is a meeting chat to show (else the path decides). */
const MEETING_FRAME_CONTEXTS: readonly HostFrameContext[] = ['sidePanel', 'meetingStage'];

/**
 * The view for a hash path in a frame context. `inMeeting`: the host's
 * context (or the URL) names a meeting chat; without one, a side panel
 * shows the view its path names, as before meetings existed.
 */
export function resolveView(path: string, frameContext?: HostFrameContext, inMeeting = true): ViewId {
  const view = VIEWS.find((v) => v.path === path);
  if (view && frameContext !== 'settings' && EXPLICIT_MEETING_VIEWS.includes(view.id)) return view.id;
  const byFrame =
    frameContext && (inMeeting || !MEETING_FRAME_CONTEXTS.includes(frameContext)) ? BY_FRAME_CONTEXT[frameContext] : undefined;
  if (byFrame) return byFrame;
  return view?.id ?? ALIASES[path] ?? 'programme';
}

export function viewsFor(role: ApiRole): ViewDefinition[] {
  return VIEWS.filter((v) => v.inNav && v.roles.includes(role));
}

export function allows(view: ViewId, role: ApiRole): boolean {
  return VIEWS.some((v) => v.id === view && v.roles.includes(role));
}

export function isBare(view: ViewId): boolean {
  return VIEWS.some((v) => v.id === view && v.bare === true);
}

export function pathOf(view: ViewId): string {
  return VIEWS.find((v) => v.id === view)?.path ?? '/programme';
}
