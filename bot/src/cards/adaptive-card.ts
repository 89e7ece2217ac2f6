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
 * Templates parsed once: constructing a Template parses every `${...}` in
 * it (the costly part); the instance then expands any data, synchronously.
 */
const prepared = new WeakMap<object, ACData.Template>();

/**
 * Expands a card template with its data. Values from `data` are inserted as
 * they are: the templating engine never evaluates `${...}` found inside data.
 */
export function expandCard(template: object, data: object): AdaptiveCard {
  let compiled = prepared.get(template);
  if (!compiled) {
    compiled = new ACData.Template(template);
    prepared.set(template, compiled);
  }
  return compiled.expand({ $root: data }) as AdaptiveCard;
}
