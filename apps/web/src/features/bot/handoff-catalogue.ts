import type { TFieldCatalogue, TFieldSpec } from '../cases/condition-model';

/**
 * The facts a workspace hand-over rule reads about a customer message (packages/core converse/decide):
 * its text, language, sentiment, the intent found and the bot's confidence, and `contact.<attribute>`
 * typed by hand.
 */
export const HANDOFF_FIELDS: readonly TFieldSpec[] = [
  { id: 'text', kind: 'text', operators: ['contains', 'not_contains'] },
  { id: 'language', kind: 'enum', values: ['en', 'vi'], operators: ['eq', 'neq'] },
  { id: 'sentiment', kind: 'enum', values: ['negative', 'mixed', 'neutral', 'positive'] },
  { id: 'sentimentScore', kind: 'number', min: -1, max: 1, operators: ['lte', 'lt', 'gte', 'gt'] },
  { id: 'intent', kind: 'text', operators: ['eq', 'neq'] },
  { id: 'confidence', kind: 'number', min: 0, max: 1, operators: ['lte', 'lt', 'gte', 'gt'] },
];

export function handoffFieldSpec(field: string): TFieldSpec {
  return HANDOFF_FIELDS.find((spec) => spec.id === field) ?? { id: field, kind: 'text' };
}

export const HANDOFF_CATALOGUE: TFieldCatalogue = {
  fields: HANDOFF_FIELDS,
  specOf: handoffFieldSpec,
  labelKey: (field) => `bot.rules.fields.${field}`,
  defaultField: 'text',
  customPlaceholder: 'contact.tier',
};
