import type { RedactionResult } from './types';

/** Placeholder until PII redaction lands; see issue 6. */
export function redactPii(_text: string): RedactionResult {
  throw new Error('redactPii: not implemented yet');
}
