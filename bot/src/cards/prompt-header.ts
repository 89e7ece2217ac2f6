import { plainText } from './plain-text';
import type { PromptHeaderView } from './prompt-card-data';

/** The header with every programme text made plain (it goes into TextRuns only). */
export function plainHeader(header: PromptHeaderView): Required<PromptHeaderView> {
  return {
    programmeName: plainText(header.programmeName),
    sessionLabel: plainText(header.sessionLabel),
    title: plainText(header.title),
  };
}
