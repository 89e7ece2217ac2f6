/**
 * Test helpers that read what a card shows: every `text` and `title` in it,
 * and the Action.Submit / Action.OpenUrl actions.
 */
export interface CardAttachmentHolder {
  attachments?: Array<{ contentType?: string; content?: unknown }>;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The first Adaptive Card in an activity, or undefined. */
export function adaptiveCardOf(activity: CardAttachmentHolder | undefined): Record<string, unknown> | undefined {
  const attachment = activity?.attachments?.find((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE);
  return attachment?.content as Record<string, unknown> | undefined;
}

/** All visible strings of a card (TextBlock/TextRun text, action titles), in document order. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (typeof obj.text === 'string') out.push(obj.text);
      if (typeof obj.title === 'string') out.push(obj.title);
      for (const [key, value] of Object.entries(obj)) if (key !== 'text' && key !== 'title') walk(value);
    }
  };
  walk(card);
  return out;
}

export interface CardAction {
  type: string;
  title?: string;
  url?: string;
  data?: unknown;
}

/** Every action in a card, including those in ActionSets. */
export function cardActions(card: unknown): CardAction[] {
  const out: CardAction[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (typeof obj.type === 'string' && obj.type.startsWith('Action.')) out.push(obj as unknown as CardAction);
      Object.values(obj).forEach(walk);
    }
  };
  walk(card);
  return out;
}
