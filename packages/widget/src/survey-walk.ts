// The respondent's walk lives in @touchpoint/core, shared with the hosted survey page.
export {
  advance,
  answerProblem,
  goBack,
  isLastStep,
  pathContext,
  progressOf,
  startRun as startWalk,
  submissionAnswers,
  type TAnswerProblem,
  type TRunState as TWalk,
} from '@touchpoint/core';
