// Loyalty vs satisfaction: per group (touchpoint, segment…), what customers say (NPS, CSAT) next to
// what they do (retention, spend). Satisfied is not the same as loyal; the disagreement rule marks the
// groups where the two stories differ, which is where a CX team should look first.

/** CSAT at or above this (in %) counts as "high satisfaction". */
export const HIGH_CSAT = 80;
/** NPS at or below this counts as "low loyalty". */
export const LOW_NPS = 0;
/** CSAT below this (in %) counts as "low satisfaction". */
export const LOW_CSAT = 60;
/** NPS at or above this counts as "high loyalty". */
export const HIGH_NPS = 30;

export type LoyaltyDisagreement = 'satisfied_not_loyal' | 'loyal_not_satisfied';

/**
 * Which way satisfaction and loyalty disagree, or null: CSAT ≥ 80 with NPS ≤ 0 is "satisfied but not
 * loyal", CSAT < 60 with NPS ≥ 30 is "loyal despite dissatisfaction". Without both figures there is
 * nothing to compare.
 */
export function loyaltyDisagreement(
  csat: number | null | undefined,
  nps: number | null | undefined,
): LoyaltyDisagreement | null {
  if (csat === null || csat === undefined || nps === null || nps === undefined) return null;
  if (csat >= HIGH_CSAT && nps <= LOW_NPS) return 'satisfied_not_loyal';
  if (csat < LOW_CSAT && nps >= HIGH_NPS) return 'loyal_not_satisfied';
  return null;
}

/** One contact seen in a group, with the raw values of its retention and spend attributes. */
export interface GroupContact {
  id: string;
  retained?: unknown;
  spend?: unknown;
}

/** A boolean attribute as imported: JSON booleans, or the strings "true"/"false" CSV imports produce. */
function asBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return null;
}

/** A numeric attribute: a finite number, or a string holding one ("1200000"). */
function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export interface ContactOutcomes {
  /** % (0–100) of the contacts with a boolean retention value who were retained; n counts those contacts. */
  retention: { value: number; n: number } | null;
  /** Mean spend over the contacts with a numeric spend; n counts those contacts. */
  spend: { mean: number; n: number } | null;
}

/**
 * Retention and spend of a group's contacts, each contact counted once however many responses it gave
 * (a customer who answered five surveys is still one customer who stayed or left). Contacts without the
 * attribute are left out of its n; null when no contact has it.
 */
export function contactOutcomes(contacts: readonly GroupContact[]): ContactOutcomes {
  const seen = new Map<string, GroupContact>();
  for (const contact of contacts) if (!seen.has(contact.id)) seen.set(contact.id, contact);
  let retainedN = 0;
  let retained = 0;
  let spendN = 0;
  let spendSum = 0;
  for (const contact of seen.values()) {
    const stayed = asBoolean(contact.retained);
    if (stayed !== null) {
      retainedN++;
      if (stayed) retained++;
    }
    const spend = asNumber(contact.spend);
    if (spend !== null) {
      spendN++;
      spendSum += spend;
    }
  }
  return {
    retention: retainedN === 0 ? null : { value: (retained * 100) / retainedN, n: retainedN },
    spend: spendN === 0 ? null : { mean: spendSum / spendN, n: spendN },
  };
}
