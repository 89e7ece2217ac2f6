import { lazy, Suspense } from 'react';
import { LoadingState } from '../components/loading-state';
import { useI18n } from '../i18n/i18n-context';
import type { ViewId } from '../router/routes';

// Each view is its own chunk, so the first load carries only the shell.
const ProgrammeView = lazy(() => import('../views/programme/programme-view'));
const ResponsesView = lazy(() => import('../views/responses/responses-view'));
const DashboardView = lazy(() => import('../views/dashboard/dashboard-view'));
const ConfigView = lazy(() => import('../views/config/config-view'));
const AdminView = lazy(() => import('../views/admin/admin-view'));
const MyDataView = lazy(() => import('../views/my-data/my-data-view'));
const SidePanelView = lazy(() => import('../views/live/side-panel-view'));
const StageView = lazy(() => import('../views/live/stage-view'));
const LiveAnswerView = lazy(() => import('../views/live/live-answer-view'));
const SessionReportView = lazy(() => import('../views/report/session-report-view'));

const COMPONENTS = {
  programme: ProgrammeView,
  responses: ResponsesView,
  dashboard: DashboardView,
  admin: AdminView,
  myData: MyDataView,
  config: ConfigView,
  sidePanel: SidePanelView,
  stage: StageView,
  liveAnswer: LiveAnswerView,
  sessionReport: SessionReportView,
};

export function ViewOutlet({ view }: { view: ViewId }) {
  const { t } = useI18n();
  const View = COMPONENTS[view];
  return (
    <Suspense fallback={<LoadingState label={t('app.loading')} />}>
      <View />
    </Suspense>
  );
}
