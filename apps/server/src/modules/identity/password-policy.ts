import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../platform/errors';

// A bundled list (about 49,000 of the most common and most breached passwords, with keyboard patterns and
// common substitutions) checked on this machine: no password ever leaves the server to be looked up.
zxcvbnOptions.setOptions({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

/** zxcvbn scores 0–4; below 2 a password falls to an online guessing attack or a breach list in minutes. */
const MIN_SCORE = 2;

/**
 * Refuses a password that is common, breached, a keyboard walk, or built from the person's own email or
 * name. Length is checked by the request schema (at least 10 characters).
 */
export function assertAcceptablePassword(password: string, personal: readonly string[] = []): void {
  const inputs = personal
    .flatMap((value) => [value, ...value.split(/[@.\s_-]+/)])
    .filter((v) => v.length >= 3);
  const result = zxcvbn(password, inputs);
  if (result.score >= MIN_SCORE) return;
  const hint = result.feedback.warning ? ` (${result.feedback.warning})` : '';
  throw new AppError(
    'WEAK_PASSWORD',
    `This password is too common or too easy to guess${hint}. Choose a longer one, for example a few unrelated words.`,
    [{ name: 'body.password', reason: 'too common or too easy to guess' }],
  );
}
