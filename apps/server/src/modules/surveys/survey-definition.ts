import { validateDefinition } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas';
import { AppError } from '../../platform/errors';

/**
 * Completes a definition (the default language is always among the languages) and refuses one that the
 * shared evaluator finds inconsistent, naming every problem.
 */
export function normaliseDefinition(definition: TSurveyDefinition, field = 'body'): TSurveyDefinition {
  const languages = [...new Set([definition.defaultLanguage, ...(definition.languages ?? [])])];
  const normalised = { ...definition, languages };
  const issues = validateDefinition(normalised);
  if (issues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The survey is not consistent: ${issues.map((i) => `${i.name}: ${i.reason}`).join('; ')}`,
      issues.map((i) => ({ name: `${field}.${i.name}`, reason: i.reason })),
    );
  }
  return normalised;
}
