import { buildPromptReminderCard } from '../cards/prompt-reminder-card';
import { buildSessionCatchUpCard } from '../cards/session-catch-up-card';
import { buildSessionReminderCard } from '../cards/session-reminder-card';
import { toPromptListItem, toSessionView } from '../cards/session-view';
import { formatSessionWhen } from '../cards/when-format';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { withConversationTag } from '../cards/conversation-tag-actions';
import { conversationTag, type ConversationPlace } from '../cards/conversation-tag';
import type { DeliveryKey } from '../domain/delivery';
import { localize, type Locale } from '../domain/locale';
import { AppError } from '../errors';
import { t } from '../i18n';
import { renderPromptCard } from '../prompts/prompt-card-view';
import type { OutboundMessage } from './message-sender';
import type { ProgrammeSnapshot } from './programme-snapshot';

/** `place`: the recipient's chat, whose tag goes into prompt cards (see cards/conversation-tag.ts). */
export type MessageRenderer = (key: DeliveryKey, locale: Locale, place?: ConversationPlace) => OutboundMessage;

/**
 * The card for a delivery: the prompt card itself (the answering engineer's
 * `renderPromptCard`, the same card `uppgifter` opens), the prompt reminder,
 * the session reminder with the assignment to bring (the reflection
 * prompts given after the previous session), or the catch-up after a
 * missed session's meeting. Cards do not depend on the person beyond their
 * language, so each is built once per language and pass; a prompt card then
 * gets the recipient's conversation tag in its actions' data.
 */
export function createMessageRenderer(snapshot: ProgrammeSnapshot, now: Date): MessageRenderer {
  const cache = new Map<string, OutboundMessage>();
  return (key, locale, place) => {
    const cacheKey = [key.kind, JSON.stringify(key.subject), key.slot ?? '', locale].join('|');
    let message = cache.get(cacheKey);
    if (!message) {
      message = render(snapshot, key, locale, now);
      cache.set(cacheKey, message);
    }
    if (place && key.kind === 'prompt')
      return { ...message, card: withConversationTag(message.card as AdaptiveCard, conversationTag(place)) };
    return message;
  };
}

function render(snapshot: ProgrammeSnapshot, key: DeliveryKey, locale: Locale, now: Date): OutboundMessage {
  const { programme, sessions, prompts } = snapshot;
  const zone = programme.timeZone;
  const programmeName = localize(programme.name, locale);
  if (key.subject.type === 'prompt') {
    const promptId = key.subject.promptId;
    const prompt = prompts.find((p) => p.id === promptId);
    if (!prompt) throw new AppError('NOT_FOUND', `prompt ${promptId} is not in programme ${programme.id}`);
    const title = localize(prompt.title, locale);
    if (key.kind === 'promptReminder') {
      return {
        card: buildPromptReminderCard({ locale, programmeName, prompt: toPromptListItem(prompt, zone, locale) }),
        summary: t(locale, 'delivery.preview.promptReminder', { title }),
      };
    }
    const session = sessions.find((s) => s.number === prompt.afterSession);
    return {
      card: renderPromptCard({ programme, session, prompt, locale, now }),
      summary: t(locale, 'delivery.preview.prompt', { title }),
    };
  }
  const number = key.subject.sessionNumber;
  const session = sessions.find((s) => s.number === number);
  if (!session) throw new AppError('NOT_FOUND', `session ${number} is not in programme ${programme.id}`);
  if (key.kind === 'sessionCatchUp') {
    return {
      card: buildSessionCatchUpCard({
        locale,
        programmeName,
        sessionNumber: number,
        sessionTitle: localize(session.title, locale),
        agenda: session.agenda.map((item) => `${item.start} ${localize(item.title, locale)}`),
        materials: session.materials.map((m) => ({ title: localize(m.title, locale), url: m.url })),
      }),
      summary: t(locale, 'live.preview.catchUp', { number }),
    };
  }
  const bring = prompts
    .filter((p) => p.kind === 'reflection' && p.afterSession === number - 1)
    .map((p) => toPromptListItem(p, zone, locale));
  return {
    card: buildSessionReminderCard({ locale, programmeName, session: toSessionView(session, zone, locale), bring }),
    summary: t(locale, 'delivery.preview.sessionReminder', { number, when: formatSessionWhen(session.start, session.end, zone, locale) }),
  };
}
