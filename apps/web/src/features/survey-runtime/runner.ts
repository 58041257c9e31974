// The respondent's walk lives in @touchpoint/core, shared with the website widget.
export {
  advance,
  answerProblem,
  canGoBack,
  goBack,
  pathContext,
  peekNext,
  progressOf,
  startRun,
  submissionAnswers,
  type TAnswer,
  type TAnswerProblem,
  type TAnswers,
  type TRunState,
} from '@touchpoint/core';
