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
export { buildPromptListCard, type PromptListCardData } from './prompt-list-card';
export { buildNotEnrolledCard, type NotEnrolledCardData } from './not-enrolled-card';
export { buildJoinedCard, type JoinedCardData } from './joined-card';
export { buildJoinFailedCard, type JoinFailedCardData, type JoinFailure } from './join-failed-card';
export { buildErrorCard, type ErrorCardData } from './error-card';
