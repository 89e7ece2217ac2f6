import { AdminError } from '../admin/admin-errors';
import { sendNow } from '../admin/send-now';
import { programmeAdminRoute } from './admin-route';
import type { ApiDeps } from './api-deps';
import { pathParam } from './request-helpers';
import { json, type ApiRoute } from './routes';

/** "Send now" of one prompt (see AdminSendNowResponse in admin-contract.ts): coordinators of the programme only. */
export function adminSendRoute(deps: ApiDeps): ApiRoute {
  return programmeAdminRoute(deps, 'POST', '/api/admin/programmes/:programmeId/prompts/:promptId/send', async (req, id) => {
    // 501 until the composition root passes the sender (see app.ts).
    if (!deps.sendPromptNow) throw new AdminError('NOT_IMPLEMENTED');
    const summary = await sendNow(deps.sendPromptNow, id, pathParam(req, 'promptId'));
    deps.logger.info({ programmeId: id, promptId: summary.promptId, sent: summary.sent, failed: summary.failed }, 'prompt sent now');
    return json(200, summary);
  });
}
