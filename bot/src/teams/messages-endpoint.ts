import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { errorSummary } from './error-summary';

/**
 * The `POST /api/messages` handler, typed structurally so the web framework
 * stays out of here: restify's (or express') req/res fit these shapes.
 * The body must already be parsed JSON.
 */
export interface MessagesRequest {
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
  method?: string;
}

export interface MessagesResponse {
  socket: unknown;
  headersSent?: boolean;
  status(code: number): unknown;
  header(name: string, value: unknown): unknown;
  send(...args: unknown[]): unknown;
  end(...args: unknown[]): unknown;
}

/** What `createMessagesHandler` returns; restify's `(req, res)` fit it. */
export type MessagesHandler = (req: MessagesRequest, res: MessagesResponse) => Promise<void>;

export interface MessagesHandlerDeps {
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

export function createMessagesHandler(deps: MessagesHandlerDeps): MessagesHandler {
  const logger = deps.logger.child('messages');
  return async (req, res) => {
    if (!isRecord(req.body)) {
      res.status(400);
      res.send({ error: 'Expected a JSON activity.' });
      res.end();
      return;
    }
    try {
      // A plain object, so only these three fields of the framework's request reach the SDK.
      await deps.adapter.process({ body: req.body, headers: req.headers, method: req.method }, res, (context) => deps.bot.run(context));
    } catch (err) {
      // The adapter answers turn errors itself (onTurnError); this is for malformed activities.
      logger.warn({ err: errorSummary(err) }, 'activity rejected');
      if (!res.headersSent) {
        res.status(400);
        res.send({ error: 'Invalid activity.' });
        res.end();
      }
    }
  };
}
