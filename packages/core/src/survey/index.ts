export {
  evaluateCondition,
  foldText,
  HIDDEN_FIELD_PREFIX,
  isAnswered,
  type LogicContext,
  readField,
  type SurveyAnswer,
} from './condition';
export {
  computePath,
  firstQuestionId,
  type NextStep,
  nextStep,
  resolveEnding,
  type SurveyPath,
} from './flow';
export { SURVEY_TEMPLATES, type SurveyTemplate } from './templates';
export { chooseLanguage, offeredLanguages, parseAcceptLanguage, pipeText, resolveText } from './text';
export { type DefinitionIssue, type DefinitionIssueCode, validateDefinition } from './validate-definition';
export {
  countCharacters,
  type SubmissionInput,
  type SubmissionIssue,
  type SubmissionIssueCode,
  type SubmissionValidation,
  scoreRange,
  validateSubmission,
} from './validate-submission';
export {
  advance,
  answerProblem,
  canGoBack,
  goBack,
  isLastStep,
  pathContext,
  peekNext,
  progressOf,
  startRun,
  submissionAnswers,
  type TAnswer,
  type TAnswerProblem,
  type TAnswers,
  type TRunState,
} from './walk';
