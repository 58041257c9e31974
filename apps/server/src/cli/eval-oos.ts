// `touchpoint eval-text --task intent` with out-of-scope questions: test lines labelled `oos` are questions
// the bot should hand over. Every prediction is made by the bot's own decision function (`decideReply` of
// @touchpoint/core) over an intent model trained on the in-scope lines of --train, so the figures are the
// bot's, not a separate classifier's.
//
// The hand-over threshold (and whether an intent's score is the classifier's probability alone or combined
// with how much of the question its examples cover) is chosen on a validation split of TRAIN only, never on
// the test file: a quarter of the training intents are held back as stand-in out-of-scope questions, the
// rest split 80/20 into fit and validation, and the threshold that maximises the mean of in-scope accuracy
// and out-of-scope recall on that validation set is kept. `oos` lines in --train are used too: half as
// validation, half (with the final model, all of them) trained as an `oos` class the bot hands over on.
import {
  type BotKnowledge,
  buildArticleIndex,
  buildIntentModel,
  decideReply,
  type IntentModel,
  type IntentScoring,
  intentConfidence,
  matchIntent,
} from '@touchpoint/core';
import type { EvalTextResult, LabelledLine } from './eval-text';

export const OOS_LABEL = 'oos';

export interface OosFigures {
  /** In-scope test lines answered with their own intent (a hand-over counts as wrong). */
  inScopeAccuracy: number;
  /** Out-of-scope test lines handed over. */
  oosRecall: number;
  /** Hand-overs that were out-of-scope lines. */
  oosPrecision: number;
  inScopeN: number;
  oosN: number;
  /** Hand-overs on the test lines by reason (low_confidence, out_of_scope, negative_sentiment…). */
  handoffReasons: Record<string, number>;
  /** The same, on the in-scope lines only: what the in-scope accuracy lost to each reason. */
  handoffReasonsInScope: Record<string, number>;
  /** The threshold and intent scoring chosen on the validation split of --train. */
  threshold: number;
  intentScoring: IntentScoring;
  validation: {
    inScopeAccuracy: number;
    oosRecall: number;
    inScopeN: number;
    oosN: number;
    heldOutIntents: number;
    curve: { threshold: number; inScopeAccuracy: number; oosRecall: number }[];
  };
}

/** FNV-1a, 32 bits: a stable hash for deterministic splits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function modelOf(lines: readonly LabelledLine[]): IntentModel {
  const byLabel = new Map<string, string[]>();
  for (const line of lines) byLabel.set(line.label, [...(byLabel.get(line.label) ?? []), line.text]);
  // Many examples per intent (unlike a workspace's handful): the classifier's default minimum count.
  return buildIntentModel(
    [...byLabel].map(([name, examples]) => ({ name, examples })),
    { minCount: 2 },
  );
}

function knowledgeOf(model: IntentModel): BotKnowledge {
  return { articles: buildArticleIndex([]), articleTexts: new Map(), intents: model };
}

/** The bot's label for one line: the intent it answers with, or `oos` when it hands over. */
export function botLabel(
  knowledge: BotKnowledge,
  line: LabelledLine,
  threshold: number,
  intentScoring: IntentScoring,
  reasons?: Record<string, number>,
): string {
  const decision = decideReply(
    { text: line.text, ...(line.lang === 'en' || line.lang === 'vi' ? { language: line.lang } : {}) },
    knowledge,
    { enabled: true, threshold, intentScoring },
  );
  if (decision.handoff || !decision.intent || decision.intent === OOS_LABEL) {
    if (reasons) {
      const reason = decision.reason ?? 'oos_intent';
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
    return OOS_LABEL;
  }
  return decision.intent;
}

interface Scored {
  gold: string;
  predicted: string;
  probability: number;
  coverage: number;
  /** Handed over whatever the threshold (asked for a person, urgency, sentiment…). */
  forced: boolean;
}

function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10_000) / 10_000;
}

function sweep(scored: readonly Scored[]) {
  const candidates: {
    threshold: number;
    scoring: IntentScoring;
    objective: number;
    inScope: number;
    oos: number;
  }[] = [];
  const inScope = scored.filter((s) => s.gold !== OOS_LABEL);
  const outOfScope = scored.filter((s) => s.gold === OOS_LABEL);
  for (const scoring of ['probability', 'combined'] as const) {
    for (let step = 0; step <= 100; step++) {
      const threshold = step / 100;
      const handed = (s: Scored) =>
        s.forced ||
        s.predicted === OOS_LABEL ||
        intentConfidence(s.probability, s.coverage, scoring) < threshold;
      const correct = inScope.filter((s) => !handed(s) && s.predicted === s.gold).length;
      const caught = outOfScope.filter(handed).length;
      const inScopeAccuracy = rate(correct, inScope.length);
      const oosRecall = rate(caught, outOfScope.length);
      candidates.push({
        threshold,
        scoring,
        objective: (inScopeAccuracy + oosRecall) / 2,
        inScope: inScopeAccuracy,
        oos: oosRecall,
      });
    }
  }
  // Best objective; on a tie the lower threshold (fewer needless hand-overs), probability before combined.
  const best = [...candidates].sort(
    (a, b) => b.objective - a.objective || a.threshold - b.threshold,
  )[0] as (typeof candidates)[number];
  // The trade-off of the chosen scoring every 0.1, for the record: threshold → in-scope accuracy / oos recall.
  const curve = candidates
    .filter((c) => c.scoring === best.scoring && Math.round(c.threshold * 100) % 10 === 0)
    .map((c) => ({ threshold: c.threshold, inScopeAccuracy: c.inScope, oosRecall: c.oos }));
  return { ...best, curve };
}

/** Chooses the threshold and intent scoring on a validation split of the training lines only. */
export function chooseThreshold(train: readonly LabelledLine[]) {
  const inScope = train.filter((line) => line.label !== OOS_LABEL);
  const oosLines = train.filter((line) => line.label === OOS_LABEL);
  const intents = [...new Set(inScope.map((line) => line.label))].sort(
    (a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1),
  );
  // A quarter of the intents (at least one, and at least two kept) stand in for out-of-scope questions.
  const heldOut = new Set(
    intents.length >= 3 ? intents.slice(0, Math.max(1, Math.round(intents.length / 4))) : [],
  );
  const fit: LabelledLine[] = [];
  const validation: LabelledLine[] = [];
  for (const line of inScope) {
    if (heldOut.has(line.label)) validation.push({ ...line, label: OOS_LABEL });
    else if (fnv1a(line.text) % 5 === 0) validation.push(line);
    else fit.push(line);
  }
  for (const line of oosLines) (fnv1a(line.text) % 2 === 0 ? validation : fit).push(line);
  const fitLabels = new Set(fit.map((line) => line.label));
  if (fitLabels.size < 2 || !validation.some((line) => line.label === OOS_LABEL)) {
    return { threshold: 0.5, scoring: 'combined' as IntentScoring, validation: null };
  }
  const model = modelOf(fit);
  const knowledge = knowledgeOf(model);
  const scored: Scored[] = validation.map((line) => {
    const language = line.lang === 'en' || line.lang === 'vi' ? line.lang : undefined;
    const match = matchIntent(model, line.text, 'probability', language);
    // Hand-overs that do not depend on the threshold: the decision at threshold 0.
    const forced = decideReply({ text: line.text, ...(language ? { language } : {}) }, knowledge, {
      enabled: true,
      threshold: 0,
    }).handoff;
    return {
      gold: line.label,
      predicted: match?.name ?? OOS_LABEL,
      probability: match?.probability ?? 0,
      coverage: match?.coverage ?? 0,
      forced,
    };
  });
  const best = sweep(scored);
  return {
    threshold: best.threshold,
    scoring: best.scoring,
    validation: {
      inScopeAccuracy: best.inScope,
      oosRecall: best.oos,
      inScopeN: scored.filter((s) => s.gold !== OOS_LABEL).length,
      oosN: scored.filter((s) => s.gold === OOS_LABEL).length,
      heldOutIntents: heldOut.size,
      curve: best.curve,
    },
  };
}

/**
 * Trains on --train, chooses the threshold on TRAIN's validation split, and scores the bot's decisions on
 * --test; `evaluatePredictions` (passed in, from eval-text) computes the usual fields over the labels
 * the bot gives (`oos` for a hand-over).
 */
export function evaluateIntentWithOos(
  train: readonly LabelledLine[],
  test: LabelledLine[],
  evaluatePredictions: (predict: (line: LabelledLine) => string) => EvalTextResult,
): EvalTextResult & OosFigures {
  const started = performance.now();
  const chosen = chooseThreshold(train);
  const model = modelOf(train);
  const trainSeconds = (performance.now() - started) / 1000;
  const knowledge = knowledgeOf(model);
  const predictions: string[] = [];
  const handoffReasons: Record<string, number> = {};
  const handoffReasonsInScope: Record<string, number> = {};
  const result = evaluatePredictions((line) => {
    const label = botLabel(
      knowledge,
      line,
      chosen.threshold,
      chosen.scoring,
      line.label === OOS_LABEL ? handoffReasons : handoffReasonsInScope,
    );
    predictions.push(label);
    return label;
  });
  let inScopeN = 0;
  let inScopeCorrect = 0;
  let oosN = 0;
  let oosCaught = 0;
  let handedOver = 0;
  test.forEach((line, i) => {
    const predicted = predictions[i] as string;
    if (predicted === OOS_LABEL) handedOver++;
    if (line.label === OOS_LABEL) {
      oosN++;
      if (predicted === OOS_LABEL) oosCaught++;
    } else {
      inScopeN++;
      if (predicted === line.label) inScopeCorrect++;
    }
  });
  return {
    ...result,
    trainedOn: train.length,
    trainSeconds: Math.round(trainSeconds * 10) / 10,
    inScopeAccuracy: rate(inScopeCorrect, inScopeN),
    oosRecall: rate(oosCaught, oosN),
    oosPrecision: rate(oosCaught, handedOver),
    inScopeN,
    oosN,
    handoffReasons: sumCounts(handoffReasons, handoffReasonsInScope),
    handoffReasonsInScope,
    threshold: chosen.threshold,
    intentScoring: chosen.scoring,
    validation: chosen.validation ?? {
      inScopeAccuracy: 0,
      oosRecall: 0,
      inScopeN: 0,
      oosN: 0,
      heldOutIntents: 0,
      curve: [],
    },
  };
}

function sumCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}
