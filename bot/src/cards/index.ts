export type { AdaptiveCard } from './adaptive-card';
export {
  toPromptListItem,
  toSessionView,
  type AgendaRowView,
  type MaterialView,
  type PromptListItem,
  type SessionView,
} from './session-view';
export { buildWelcomeCard, type WelcomeCardData } from './welcome-card';
export { buildAgendaCard, type AgendaCardData } from './agenda-card';
export { buildHelpCard, type HelpCardData } from './help-card';
export { buildPromptListCard, type PromptListCardData, type PromptListEntry } from './prompt-list-card';
export { buildNotEnrolledCard, type NotEnrolledCardData } from './not-enrolled-card';
export { buildJoinedCard, type JoinedCardData } from './joined-card';
export { buildJoinFailedCard, type JoinFailedCardData, type JoinFailure } from './join-failed-card';
export { buildErrorCard, type ErrorCardData } from './error-card';
export type {
  AnswerView,
  CardActionData,
  ChoiceInputView,
  ChoiceView,
  MessageRef,
  PromptHeaderView,
  PromptInputView,
  TextInputView,
} from './prompt-card-data';
export { buildPromptCard, type PromptCardData } from './prompt-card';
export { buildPromptReceiptCard, type PromptReceiptCardData } from './prompt-receipt-card';
export { buildPromptClosedCard, type PromptClosedCardData } from './prompt-closed-card';
export { buildPromptSavingCard, type PromptSavingCardData } from './prompt-saving-card';
export { buildPromptTryAgainCard, type PromptTryAgainCardData } from './prompt-try-again-card';
export { buildPromptUnavailableCard, type PromptUnavailableCardData, type PromptUnavailableReason } from './prompt-unavailable-card';
