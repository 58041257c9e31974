// @touchpoint/core: pure domain logic, no I/O, usable on the server and in the browser.

export * from './act/index';
export * from './analytics/index';
export * from './confidentiality/index';
export { type AgentSeat, chooseAgent } from './conversations/assignment';
export * from './converse/index';
export * from './distribution/index';
export * from './inbox/index';
export * from './maturity/index';
export {
  type Answer,
  type CesResult,
  type CsatResult,
  compareMeans,
  compareNps,
  compareProportions,
  computeCes,
  computeCsat,
  computeEnps,
  computeNps,
  isSmallSample,
  type Moments,
  meanFromMoments,
  type NpsCounts,
  type NpsResult,
  npsFromCounts,
  proportionFromCounts,
  SMALL_SAMPLE_FLOOR,
  type WeightedAnswer,
  type WeightedResult,
  weightedCsat,
  weightedNps,
} from './metrics';
export * from './next-best-action/index';
export * from './prediction/index';
export * from './reviews/index';
export * from './segments/index';
export {
  type ChangeTest,
  type Estimate,
  type Interval,
  mean,
  normalCdf,
  normalQuantile,
  populationVariance,
  sampleVariance,
  studentTCdf,
  studentTQuantile,
  wilsonInterval,
  Z_95,
} from './statistics';
export {
  advance,
  answerProblem,
  canGoBack,
  chooseLanguage,
  computePath,
  countCharacters,
  type DefinitionIssue,
  type DefinitionIssueCode,
  evaluateCondition,
  firstQuestionId,
  foldText,
  goBack,
  HIDDEN_FIELD_PREFIX,
  isAnswered,
  isLastStep,
  type LogicContext,
  type NextStep,
  nextStep,
  offeredLanguages,
  parseAcceptLanguage,
  pathContext,
  peekNext,
  pipeText,
  progressOf,
  readField,
  resolveEnding,
  resolveText,
  SURVEY_TEMPLATES,
  type SubmissionInput,
  type SubmissionIssue,
  type SubmissionIssueCode,
  type SubmissionValidation,
  type SurveyAnswer,
  type SurveyPath,
  type SurveyTemplate,
  scoreRange,
  startRun,
  submissionAnswers,
  type TAnswer,
  type TAnswerProblem,
  type TAnswers,
  type TRunState,
  validateDefinition,
  validateSubmission,
} from './survey';
export * from './text/index';
