import type { ApiRole } from '../../../bot/src/api/contract';
import type { HostFrameContext } from '../teams/teams-host';
import type { MessageKey } from '../i18n/translate';

/**
 * The tab's views. Teams opens the personal tab at `#/personal` and the
 * configuration page at `#/config`; a configured channel tab opens
 * `#/programme?programme=<id>`. Meeting contexts (issue 5) get their own
 * routes here: `sidePanel` and `meetingStage` resolve to them by frame context.
 */
export type ViewId = 'programme' | 'responses' | 'dashboard' | 'admin' | 'myData' | 'config';

export interface ViewDefinition {
  id: ViewId;
  path: string;
  label: MessageKey;
  /** Roles that see the view in the navigation; the server enforces access anyway. */
  roles: readonly ApiRole[];
  /** Shown in the navigation. */
  inNav: boolean;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'programme', path: '/programme', label: 'nav.programme', roles: ['participant', 'facilitator', 'coordinator'], inNav: true },
  { id: 'responses', path: '/responses', label: 'nav.responses', roles: ['facilitator', 'coordinator'], inNav: true },
  { id: 'dashboard', path: '/dashboard', label: 'nav.dashboard', roles: ['coordinator'], inNav: true },
  { id: 'admin', path: '/admin', label: 'nav.admin', roles: ['coordinator'], inNav: true },
  { id: 'myData', path: '/my-data', label: 'nav.myData', roles: ['participant', 'facilitator', 'coordinator'], inNav: true },
  { id: 'config', path: '/config', label: 'config.heading', roles: ['participant', 'facilitator', 'coordinator'], inNav: false },
];

const ALIASES: Record<string, ViewId> = { '/': 'programme', '/personal': 'programme', '/channel': 'programme' };

/** The frame context decides first (the settings frame is always the configuration page). */
const BY_FRAME_CONTEXT: Partial<Record<HostFrameContext, ViewId>> = { settings: 'config' };

export function resolveView(path: string, frameContext?: HostFrameContext): ViewId {
  const byFrame = frameContext ? BY_FRAME_CONTEXT[frameContext] : undefined;
  if (byFrame) return byFrame;
  const view = VIEWS.find((v) => v.path === path);
  return view?.id ?? ALIASES[path] ?? 'programme';
}

export function viewsFor(role: ApiRole): ViewDefinition[] {
  return VIEWS.filter((v) => v.inNav && v.roles.includes(role));
}

export function allows(view: ViewId, role: ApiRole): boolean {
  return VIEWS.some((v) => v.id === view && v.roles.includes(role));
}

export function pathOf(view: ViewId): string {
  return VIEWS.find((v) => v.id === view)?.path ?? '/programme';
}
