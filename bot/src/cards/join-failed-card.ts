import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import { plainText } from './plain-text';
import template from './templates/join-failed.json';

export type JoinFailure = 'unknownCode' | 'missingCode' | 'noIdentity';

export interface JoinFailedCardData {
  locale: Locale;
  reason: JoinFailure;
  /** The code the person typed (shown back for `unknownCode` only, as plain text). */
  code?: string;
}

const MESSAGE_KEYS: Record<JoinFailure, string> = {
  unknownCode: 'card.joinFailed.unknownCodeHint',
  missingCode: 'card.joinFailed.missingCode',
  noIdentity: 'card.joinFailed.noIdentity',
};

export function buildJoinFailedCard(data: JoinFailedCardData): AdaptiveCard {
  const { locale, reason } = data;
  return expandCard(template, {
    label: labels(locale, { heading: 'card.joinFailed.heading', unknownCode: 'card.joinFailed.unknownCode' }),
    action: actionLabels(locale),
    code: reason === 'unknownCode' ? plainText(data.code, 40) : '',
    message: t(locale, MESSAGE_KEYS[reason]),
  });
}
