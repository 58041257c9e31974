import type { Competency, MaturityLevel } from './questionnaire';

export type EvidenceId =
  | 'loopClosureRate'
  | 'timeToFirstAction'
  | 'responseRate'
  | 'touchpointsWithOwners'
  | 'automationsLive'
  | 'employeeProgramme';

export interface EvidenceItem {
  id: EvidenceId;
  competency: Competency;
  /** The measured value (a share 0..1, minutes, a count or yes/no); null when there is nothing to measure. */
  value: number | boolean | null;
  /** How many things the value is measured over (detractors, cases, displays, touchpoints…). */
  n: number;
  /** The level this measure suggests for its competency; null without data. */
  suggestedLevel: MaturityLevel | null;
}

export interface EvidenceMeasures {
  loopClosure: { closed: number; detractors: number };
  timeToFirstAction: { medianMinutes: number | null; n: number };
  responses: { displays: number; started: number };
  touchpoints: { owned: number; total: number };
  automationsLive: number;
  employeeProgramme: boolean;
}

/** A share 0..1 on five equal bands: under 20 % → 1 … 80 % and over → 5. */
export function levelOfShare(share: number): MaturityLevel {
  return Math.min(5, Math.max(1, Math.floor(share * 5) + 1)) as MaturityLevel;
}

/** Median time to first action: a week or more → 1, 3–7 days → 2, 1–3 days → 3, 1–24 hours → 4, under an hour → 5. */
export function levelOfFirstAction(minutes: number): MaturityLevel {
  if (minutes < 60) return 5;
  if (minutes < 24 * 60) return 4;
  if (minutes < 3 * 24 * 60) return 3;
  if (minutes < 7 * 24 * 60) return 2;
  return 1;
}

/** Survey response rate (started / shown, 0..1): under 5 % → 1, 5–10 % → 2, 10–20 % → 3, 20–35 % → 4, 35 % and over → 5. */
export function levelOfResponseRate(rate: number): MaturityLevel {
  if (rate >= 0.35) return 5;
  if (rate >= 0.2) return 4;
  if (rate >= 0.1) return 3;
  if (rate >= 0.05) return 2;
  return 1;
}

/** Live automation rules: none → 1, 1 → 2, 2–3 → 3, 4–6 → 4, 7 or more → 5. */
export function levelOfAutomations(count: number): MaturityLevel {
  if (count >= 7) return 5;
  if (count >= 4) return 4;
  if (count >= 2) return 3;
  if (count >= 1) return 2;
  return 1;
}

/** Maps what Touchpoint measured in a workspace to the competencies it evidences. */
export function maturityEvidence(m: EvidenceMeasures): EvidenceItem[] {
  const loop = m.loopClosure.detractors > 0 ? m.loopClosure.closed / m.loopClosure.detractors : null;
  const rate = m.responses.displays > 0 ? Math.min(1, m.responses.started / m.responses.displays) : null;
  const owned = m.touchpoints.total > 0 ? m.touchpoints.owned / m.touchpoints.total : null;
  const tfa = m.timeToFirstAction.medianMinutes;
  return [
    {
      id: 'loopClosureRate',
      competency: 'action',
      value: loop,
      n: m.loopClosure.detractors,
      suggestedLevel: loop === null ? null : levelOfShare(loop),
    },
    {
      id: 'timeToFirstAction',
      competency: 'action',
      value: tfa,
      n: m.timeToFirstAction.n,
      suggestedLevel: tfa === null ? null : levelOfFirstAction(tfa),
    },
    {
      id: 'automationsLive',
      competency: 'action',
      value: m.automationsLive,
      n: m.automationsLive,
      suggestedLevel: levelOfAutomations(m.automationsLive),
    },
    {
      id: 'responseRate',
      competency: 'measurement',
      value: rate,
      n: m.responses.displays,
      suggestedLevel: rate === null ? null : levelOfResponseRate(rate),
    },
    {
      id: 'touchpointsWithOwners',
      competency: 'journeys',
      value: owned,
      n: m.touchpoints.total,
      suggestedLevel: owned === null ? null : levelOfShare(owned),
    },
    {
      id: 'employeeProgramme',
      competency: 'employees',
      value: m.employeeProgramme,
      n: m.employeeProgramme ? 1 : 0,
      // Running an employee programme shows listening has started (level 3 asks for regular pulses);
      // not running one is no proof of level 1, so it suggests nothing.
      suggestedLevel: m.employeeProgramme ? 3 : null,
    },
  ];
}
