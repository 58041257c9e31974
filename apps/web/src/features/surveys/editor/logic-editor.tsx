import { HIDDEN_FIELD_PREFIX, resolveText } from '@touchpoint/core';
import type { TConditionOperator } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/fields';
import { Icon } from '../../../components/icons';
import { ItemControls } from '../../../components/item-controls';
import { currentLocale } from '../../../lib/i18n';
import { move } from '../../journeys/journey-draft';
import {
  newRule,
  type TDraftEnding,
  type TDraftQuestion,
  type TDraftRule,
  type TRuleTarget,
  type TSurveyDraft,
} from '../survey-draft';
import {
  asGroup,
  fieldKind,
  fitValue,
  LIST_OPERATORS,
  leafFor,
  OPERATORS,
  scalePoints,
  type TLeaf,
  VALUE_FREE_OPERATORS,
} from './condition';
import { ConditionGroupEditor, type TLeafSlot } from './condition-group';

function questionTitle(question: TDraftQuestion, index: number, defaultLanguage: string): string {
  const text = resolveText(question.text, currentLocale(), defaultLanguage).trim() || question.id;
  return `${index + 1}. ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

function endingTitle(ending: TDraftEnding, defaultLanguage: string): string {
  return resolveText(ending.title, currentLocale(), defaultLanguage).trim() || ending.id;
}

function encodeTarget(target: TRuleTarget): string {
  return 'goTo' in target ? `goto:${target.goTo}` : `end:${target.end ?? ''}`;
}

function decodeTarget(value: string): TRuleTarget {
  if (value.startsWith('goto:')) return { goTo: value.slice(5) };
  const id = value.slice(4);
  return { end: id || null };
}

interface LogicEditorProps {
  draft: TSurveyDraft;
  issueNames: Set<string>;
  onChange: (logic: TDraftRule[]) => void;
  focusLater: (...ids: string[]) => void;
}

/** Rules run after a question, in order; the first whose condition holds jumps forward or ends the survey. */
export function LogicEditor({ draft, issueNames, onChange, focusLater }: LogicEditorProps) {
  const { t } = useTranslation();
  const setRule = (key: string, change: Partial<TDraftRule>) =>
    onChange(draft.logic.map((rule) => (rule.key === key ? { ...rule, ...change } : rule)));

  return (
    <div className="stack">
      {draft.logic.length === 0 ? (
        <p className="muted">{t('surveyEditor.logic.empty')}</p>
      ) : (
        <ol className="rule-list">
          {draft.logic.map((rule, index) => (
            <li key={rule.key}>
              <RuleEditor
                rule={rule}
                index={index}
                count={draft.logic.length}
                draft={draft}
                issueNames={issueNames}
                onChange={(change) => setRule(rule.key, change)}
                onMove={(delta) => {
                  onChange(move(draft.logic, index, delta));
                  focusLater(
                    `${rule.key}-${delta < 0 ? 'up' : 'down'}`,
                    `${rule.key}-${delta < 0 ? 'down' : 'up'}`,
                  );
                }}
                onRemove={() => {
                  const neighbour = draft.logic[index + 1] ?? draft.logic[index - 1];
                  onChange(draft.logic.filter((item) => item.key !== rule.key));
                  focusLater(neighbour ? `${neighbour.key}-card` : 'add-rule');
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <div>
        <button
          type="button"
          id="add-rule"
          className="btn btn-secondary btn-small"
          disabled={draft.questions.length === 0}
          onClick={() => {
            const last = draft.logic[draft.logic.length - 1];
            const rule = newRule(draft, last?.after ?? draft.questions[0]?.id);
            onChange([...draft.logic, rule]);
            focusLater(`${rule.key}-after`);
          }}
        >
          <Icon name="plus" size={16} />
          {t('surveyEditor.logic.add')}
        </button>
      </div>
    </div>
  );
}

interface RuleEditorProps {
  rule: TDraftRule;
  index: number;
  count: number;
  draft: TSurveyDraft;
  issueNames: Set<string>;
  onChange: (change: Partial<TDraftRule>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

function RuleEditor({ rule, index, count, draft, issueNames, onChange, onMove, onRemove }: RuleEditorProps) {
  const { t } = useTranslation();
  const at = `logic.${index}`;
  const afterIndex = draft.questions.findIndex((q) => q.id === rule.after);
  const later = draft.questions.slice(afterIndex + 1);
  const name = t('surveyEditor.logic.ruleNumber', { number: index + 1 });
  const targetValue = encodeTarget(rule.then);
  const isTargetKnown =
    'goTo' in rule.then
      ? later.some((q) => q.id === (rule.then as { goTo: string }).goTo)
      : rule.then.end === null || draft.endings.some((e) => e.id === (rule.then as { end: string }).end);
  const root = asGroup(rule.if) ? rule.if : { all: [rule.if] };
  const fields = draft.questions.slice(0, afterIndex < 0 ? draft.questions.length : afterIndex + 1);
  const defaultField = draft.questions[afterIndex]?.id ?? fields[0]?.id ?? '';
  const hasIssue = (prefix: string) =>
    [...issueNames].some((n) => n === prefix || n.startsWith(`${prefix}.`));

  return (
    <article
      className="card editor-card rule-card"
      aria-labelledby={`${rule.key}-card`}
      data-testid="logic-rule"
    >
      <header className="editor-card-header">
        <h3 id={`${rule.key}-card`} className="editor-card-title" tabIndex={-1}>
          {name}
        </h3>
        <ItemControls
          idPrefix={rule.key}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          labels={{
            up: t('surveyEditor.logic.moveUp', { name }),
            down: t('surveyEditor.logic.moveDown', { name }),
            remove: t('surveyEditor.logic.removeNamed', { name }),
            removeText: t('surveyEditor.remove'),
          }}
        />
      </header>
      <SelectField
        id={`${rule.key}-after`}
        label={t('surveyEditor.logic.after')}
        value={rule.after}
        onChange={(event) => {
          const after = event.target.value;
          const question = draft.questions.find((q) => q.id === after);
          onChange({ after, if: { all: [leafFor(question?.id ?? after, draft.questions)] } });
        }}
        error={hasIssue(`${at}.after`) ? t('surveyEditor.logic.unknownQuestion') : undefined}
      >
        {afterIndex < 0 && <option value={rule.after}>{rule.after || '—'}</option>}
        {draft.questions.map((question, i) => (
          <option key={question.key} value={question.id}>
            {questionTitle(question, i, draft.defaultLanguage)}
          </option>
        ))}
      </SelectField>
      <div className="rule-if">
        <p className="rule-keyword">{t('surveyEditor.logic.if')}</p>
        <ConditionGroupEditor
          condition={root}
          onChange={(condition) => onChange({ if: condition })}
          depth={0}
          idBase={rule.key}
          issuePrefix={`${at}.if`}
          rootLabel={t('surveyEditor.logic.conditions')}
          newLeaf={() => leafFor(defaultField, draft.questions)}
          renderLeaf={(slot) => (
            <LeafEditor
              {...slot}
              draft={draft}
              fields={fields}
              hasIssue={[...issueNames].some((n) => n.startsWith(slot.issuePath))}
            />
          )}
        />
      </div>
      <SelectField
        label={t('surveyEditor.logic.then')}
        value={targetValue}
        onChange={(event) => onChange({ then: decodeTarget(event.target.value) })}
        error={!isTargetKnown || hasIssue(`${at}.then`) ? t('surveyEditor.logic.badTarget') : undefined}
        data-testid="rule-target"
      >
        {!isTargetKnown && <option value={targetValue}>—</option>}
        {later.length > 0 && (
          <optgroup label={t('surveyEditor.logic.goTo')}>
            {later.map((question) => (
              <option key={question.key} value={`goto:${question.id}`}>
                {t('surveyEditor.logic.goToQuestion', {
                  question: questionTitle(question, draft.questions.indexOf(question), draft.defaultLanguage),
                })}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('surveyEditor.logic.end')}>
          {draft.endings.map((ending) => (
            <option key={ending.key} value={`end:${ending.id}`}>
              {t('surveyEditor.logic.endWith', { ending: endingTitle(ending, draft.defaultLanguage) })}
            </option>
          ))}
          <option value="end:">{t('surveyEditor.logic.endDefault')}</option>
        </optgroup>
      </SelectField>
    </article>
  );
}

interface LeafEditorProps extends TLeafSlot {
  draft: TSurveyDraft;
  fields: TDraftQuestion[];
  hasIssue: boolean;
}

/** One comparison: field, operator, value. */
function LeafEditor({ leaf, number, onChange, onRemove, draft, fields, idBase, hasIssue }: LeafEditorProps) {
  const { t } = useTranslation();
  const kind = fieldKind(leaf.field, draft.questions);
  const question = draft.questions.find((q) => q.id === leaf.field);
  const operators = OPERATORS[kind].includes(leaf.op) ? OPERATORS[kind] : [leaf.op, ...OPERATORS[kind]];
  const isKnownField =
    fields.some((q) => q.id === leaf.field) ||
    draft.hiddenFields.some((id) => `${HIDDEN_FIELD_PREFIX}${id}` === leaf.field);
  const opLabel = (op: TConditionOperator) =>
    t(`surveyEditor.logic.ops.${kind === 'multiple' && (op === 'in' || op === 'nin') ? `${op}Any` : op}`);
  const set = (change: Partial<TLeaf>) => {
    const next = { ...leaf, ...change };
    const value = fitValue(kind, next.op, next.value, question);
    onChange(
      value === undefined ? { field: next.field, op: next.op } : { field: next.field, op: next.op, value },
    );
  };

  return (
    <div className={`condition-leaf${hasIssue ? ' condition-leaf-invalid' : ''}`} data-testid="condition">
      <SelectField
        id={`${idBase}-field`}
        label={t('surveyEditor.logic.field', { number })}
        value={leaf.field}
        onChange={(event) => onChange(leafFor(event.target.value, draft.questions))}
        error={!isKnownField ? t('surveyEditor.logic.unknownField') : undefined}
      >
        {!isKnownField && <option value={leaf.field}>{leaf.field || '—'}</option>}
        <optgroup label={t('surveyEditor.logic.questions')}>
          {fields.map((q) => (
            <option key={q.key} value={q.id}>
              {questionTitle(q, draft.questions.indexOf(q), draft.defaultLanguage)}
            </option>
          ))}
        </optgroup>
        {draft.hiddenFields.length > 0 && (
          <optgroup label={t('surveyEditor.hidden.title')}>
            {draft.hiddenFields.map((id) => (
              <option key={id} value={`${HIDDEN_FIELD_PREFIX}${id}`}>
                {id}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      <SelectField
        label={t('surveyEditor.logic.operator', { number })}
        value={leaf.op}
        onChange={(event) => set({ op: event.target.value as TConditionOperator })}
      >
        {operators.map((op) => (
          <option key={op} value={op}>
            {opLabel(op)}
          </option>
        ))}
      </SelectField>
      {!VALUE_FREE_OPERATORS.has(leaf.op) && (
        <ValueInput
          idBase={idBase}
          leaf={leaf}
          kind={kind}
          question={question}
          number={number}
          onChange={(value) => set({ value })}
        />
      )}
      <button
        type="button"
        className="icon-button icon-button-danger condition-remove"
        onClick={onRemove}
        aria-label={t('surveyEditor.logic.removeCondition', { number })}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}

interface ValueInputProps {
  idBase: string;
  leaf: TLeaf;
  kind: ReturnType<typeof fieldKind>;
  question: TDraftQuestion | undefined;
  number: number;
  onChange: (value: TLeaf['value']) => void;
}

function ValueInput({ idBase, leaf, kind, question, number, onChange }: ValueInputProps) {
  const { t } = useTranslation();
  const label = t('surveyEditor.logic.value', { number });
  const isList = LIST_OPERATORS.has(leaf.op);
  const choices: { value: string | number; label: string }[] =
    kind === 'score'
      ? scalePoints(question).map((point) => ({ value: point, label: String(point) }))
      : kind === 'single' || kind === 'multiple'
        ? (question?.options ?? []).map((option) => ({
            value: option.id,
            label: resolveText(option.label, currentLocale(), 'en') || option.id,
          }))
        : [];

  if (choices.length > 0 && isList) {
    const selected = Array.isArray(leaf.value) ? leaf.value : [];
    return (
      <fieldset className="value-checks">
        <legend>{label}</legend>
        <div className="chip-checks">
          {choices.map((choice) => (
            <label key={choice.value} className="chip-check">
              <input
                type="checkbox"
                checked={selected.includes(choice.value)}
                onChange={(event) =>
                  onChange(
                    choices
                      .map((c) => c.value)
                      .filter((v) => (v === choice.value ? event.target.checked : selected.includes(v))),
                  )
                }
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (choices.length > 0) {
    return (
      <SelectField
        label={label}
        value={String(leaf.value ?? '')}
        onChange={(event) => onChange(kind === 'score' ? Number(event.target.value) : event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
    );
  }
  if (isList)
    return <ListInput id={`${idBase}-value`} label={label} value={leaf.value} onChange={onChange} />;
  return (
    <div className="field">
      <label htmlFor={`${idBase}-value`}>{label}</label>
      <input
        id={`${idBase}-value`}
        type="text"
        value={String(leaf.value ?? '')}
        maxLength={2000}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** Comma-separated values; the raw text is kept while typing so a trailing comma is not swallowed. */
export function ListInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: TLeaf['value'];
  onChange: (value: TLeaf['value']) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (Array.isArray(value) ? value.join(', ') : String(value ?? '')));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        maxLength={2000}
        placeholder={t('surveyEditor.logic.listPlaceholder')}
        onChange={(event) => {
          setText(event.target.value);
          onChange(
            event.target.value
              .split(',')
              .map((part) => part.trim())
              .filter(Boolean),
          );
        }}
      />
    </div>
  );
}
