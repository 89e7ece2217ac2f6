import type { TurnContext } from 'botbuilder';

interface PipelineLike {
  removePolicy(options: { phase?: string; name?: string }): unknown;
}

/**
 * The Bot Connector client retries 429 and 5xx on its own (core-rest-pipeline's
 * default retry policy), which would hide the status from the sender and
 * bypass its pacing; it also follows redirects. For proactive sends the
 * sender decides, so both policies are removed from this turn's connector
 * client. Returns false if the client does not look as expected (then the
 * SDK's own retries stay on; the sender still works, only less precisely).
 */
export function takeOverRetries(context: TurnContext, connectorClientKey: symbol): boolean {
  const client = context.turnState.get(connectorClientKey) as { client?: { pipeline?: PipelineLike } } | undefined;
  const pipeline = client?.client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== 'function') return false;
  pipeline.removePolicy({ phase: 'Retry' });
  pipeline.removePolicy({ name: 'redirectPolicy' });
  return true;
}
