import * as ACData from 'adaptivecards-templating';

/** An expanded Adaptive Card, as plain JSON ready for an attachment. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

/**
 * Expands a card template with its data. Values from `data` are inserted as
 * they are: the templating engine never evaluates `${...}` found inside data.
 */
export function expandCard(template: object, data: object): AdaptiveCard {
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCard;
}
