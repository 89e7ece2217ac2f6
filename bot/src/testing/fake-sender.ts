import type { StoredConversation } from '../domain/model';
import type { MessageSender, OutboundMessage, SendOptions, SendOutcome } from '../delivery/message-sender';

export interface FakeSend {
  conversationId: string;
  objectId: string;
  message: OutboundMessage;
}

/**
 * A hand-written MessageSender for unit tests: records every send and
 * answers `sent` with a fresh activity id, unless `script` says otherwise
 * (an outcome, or `'throw'` to fail after delivering, like a crash).
 */
export class FakeSender implements MessageSender {
  readonly sent: FakeSend[] = [];
  script?: (conversation: StoredConversation, call: number) => SendOutcome | 'crash' | undefined;
  /** Real milliseconds each send takes. */
  delayMs = 0;
  private calls = 0;

  async send(conversation: StoredConversation, message: OutboundMessage, options: SendOptions = {}): Promise<SendOutcome> {
    if (options.signal?.aborted) return { status: 'notSent', reason: 'stopped', attempts: 0 };
    const call = ++this.calls;
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const scripted = this.script?.(conversation, call);
    if (scripted && scripted !== 'crash') return scripted;
    this.sent.push({ conversationId: conversation.conversationId, objectId: conversation.person.objectId, message });
    if (scripted === 'crash') throw new Error('simulated crash after the message went out');
    return { status: 'sent', activityId: `1:fake-${call}`, attempts: 1 };
  }

  /** How many messages each conversation got (duplicates show as > 1). */
  countsByConversation(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.sent) counts.set(s.conversationId, (counts.get(s.conversationId) ?? 0) + 1);
    return counts;
  }
}
