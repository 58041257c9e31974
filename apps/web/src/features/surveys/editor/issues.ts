import type { TFunction } from 'i18next';
import type { TSurveyDraft } from '../survey-draft';

export interface TEditorIssue {
  name: string;
  code: string;
  /** English, from the shared validator: shown when there is no translation for the code. */
  reason?: string;
}

/**
 * Where an issue is, in words ("Question 2 · Option 3") and as the element to focus, from its dotted name
 * (`questions.1.options.2.label`, `logic.0.then.goTo`, `endings.0.title`, `hiddenFields.1`…).
 */
export function locateIssue(
  issue: TEditorIssue,
  draft: TSurveyDraft,
  t: TFunction,
): { where: string; targetId: string } {
  const parts = issue.name.split('.');
  const index = Number(parts[1]);
  switch (parts[0]) {
    case 'questions': {
      const question = draft.questions[index];
      if (!question) return { where: t('surveyEditor.issues.where.questions'), targetId: 'questions-title' };
      const where = [t('surveyEditor.issues.where.question', { number: index + 1 })];
      let targetId = `${question.key}-card`;
      if (parts[2] === 'options' && parts[3] !== undefined) {
        const option = question.options[Number(parts[3])];
        where.push(t('surveyEditor.issues.where.option', { number: Number(parts[3]) + 1 }));
        if (option)
          targetId = parts[4] === 'id' ? `${option.key}-id` : `${option.key}-label-${draft.defaultLanguage}`;
      } else if (parts[2] === 'id') {
        targetId = `${question.key}-id`;
      } else if (
        parts[2] === 'text' ||
        parts[2] === 'description' ||
        parts[2] === 'lowLabel' ||
        parts[2] === 'highLabel'
      ) {
        where.push(t(`surveyEditor.issues.where.${parts[2]}`));
        targetId = `${question.key}-${parts[2]}-${draft.defaultLanguage}`;
      }
      return { where: where.join(' · '), targetId };
    }
    case 'logic': {
      const rule = draft.logic[index];
      return {
        where: t('surveyEditor.logic.ruleNumber', { number: index + 1 }),
        targetId: rule ? `${rule.key}-card` : 'logic-title',
      };
    }
    case 'endings': {
      const ending = draft.endings[index];
      return {
        where: t('surveyEditor.endings.number', { number: index + 1 }),
        targetId: ending
          ? parts[2] === 'title'
            ? `${ending.key}-title-${draft.defaultLanguage}`
            : `${ending.key}-card`
          : 'endings-title',
      };
    }
    case 'hiddenFields':
      return { where: t('surveyEditor.hidden.field', { number: index + 1 }), targetId: `hidden-${index}` };
    case 'distribution':
      return locateDistributionIssue(parts.slice(1), draft, t);
    case 'name':
      return { where: t('surveys.fields.name'), targetId: 'survey-name' };
    case 'languages':
      return { where: t('surveyEditor.settings.languages'), targetId: 'survey-languages' };
    default:
      return { where: issue.name, targetId: 'questions-title' };
  }
}

/** Where a distribution issue is: `cadenceDays`, `triggers.1.event`, `widget.triggers.0.selector`… */
function locateDistributionIssue(
  parts: string[],
  draft: TSurveyDraft,
  t: TFunction,
): { where: string; targetId: string } {
  const tab = t('surveyEditor.tabs.distribution');
  const at = (where: string, targetId: string) => ({ where: `${tab} · ${where}`, targetId });
  if (parts[0] === 'cadenceDays') return at(t('distribution.cadence.label'), 'dist-cadence');
  if (parts[0] === 'samplingPercent') return at(t('distribution.sampling.label'), 'dist-sampling');
  if (parts[0] === 'triggers') {
    const index = Number(parts[1]);
    const trigger = draft.distribution.triggers[index];
    const field = parts[2] === 'delayMinutes' ? 'delay' : 'event';
    return at(
      t('distribution.triggers.number', { number: index + 1 }),
      trigger ? `${trigger.key}-${field}` : 'distribution-triggers-title',
    );
  }
  if (parts[0] === 'widget' && parts[1] === 'triggers') {
    const index = Number(parts[2]);
    const trigger = draft.distribution.widgetTriggers[index];
    return at(
      t('distribution.widget.number', { number: index + 1 }),
      trigger ? `${trigger.key}-value` : 'add-widget-trigger',
    );
  }
  if (parts[0] === 'widget' && parts[1] === 'targeting')
    return at(t('distribution.targeting.title'), 'dist-targeting');
  return { where: tab, targetId: 'dist-priority' };
}

/** The problem in the UI language (the validator's codes are stable; its reasons are English). */
export function describeIssue(
  issue: TEditorIssue,
  t: TFunction,
  i18nExists: (key: string) => boolean,
): string {
  const keys = [
    ...(issue.name.startsWith('distribution.') ? [`distribution.issues.${issue.code}`] : []),
    `surveyEditor.issues.codes.${issue.code}`,
  ];
  const key = keys.find(i18nExists);
  return key ? t(key) : (issue.reason ?? issue.code);
}
