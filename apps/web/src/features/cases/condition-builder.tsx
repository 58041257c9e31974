import type { TCondition } from '@touchpoint/schemas/browser';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { useTouchpoints } from '../journeys/journeys.api';
import { SegmentOptions } from '../segments/segment-select';
import {
  FEEDBACK_CATALOGUE,
  findProblem,
  fromCondition,
  newGroup,
  newLeaf,
  operatorsOf,
  replaceRow,
  type TFieldCatalogue,
  type TGroupRow,
  type TLeafRow,
  type TOperator,
  toCondition,
  VALUELESS,
} from './condition-model';

const CUSTOM = '__custom__';

export interface ConditionValue {
  /** The builder's rows, or null when the condition is edited as JSON. */
  group: TGroupRow | null;
  json: string;
}

export function initialConditionValue(
  condition: TCondition | null | undefined,
  catalogue: TFieldCatalogue = FEEDBACK_CATALOGUE,
): ConditionValue {
  const group = fromCondition(condition, 0, catalogue);
  return {
    group,
    json: JSON.stringify(condition ?? toCondition(newGroup('all', undefined, catalogue), catalogue), null, 2),
  };
}

/** The condition to save, or a translation key saying what is wrong. */
export function readCondition(
  value: ConditionValue,
  catalogue: TFieldCatalogue = FEEDBACK_CATALOGUE,
): { condition: TCondition } | { problem: string } {
  if (value.group) {
    const problem = findProblem(value.group, catalogue);
    return problem ? { problem: problem.key } : { condition: toCondition(value.group, catalogue) };
  }
  try {
    const parsed = JSON.parse(value.json) as TCondition;
    if (typeof parsed !== 'object' || parsed === null) return { problem: 'cases.rules.problems.json' };
    return { condition: parsed };
  } catch {
    return { problem: 'cases.rules.problems.json' };
  }
}

/**
 * A condition editor for the common cases: field, operator and value rows in an `all`/`any` group, with
 * one level of nested groups; anything else is edited as JSON (the same language the server evaluates).
 */
export function ConditionBuilder({
  value,
  onChange,
  catalogue = FEEDBACK_CATALOGUE,
}: {
  value: ConditionValue;
  onChange: (value: ConditionValue) => void;
  /** The fields offered (feedback facts by default; segments pass the people fields). */
  catalogue?: TFieldCatalogue;
}) {
  const { t } = useTranslation();
  const [jsonError, setJsonError] = useState<string | null>(null);
  const switchToJson = () => {
    const json = value.group ? JSON.stringify(toCondition(value.group, catalogue), null, 2) : value.json;
    onChange({ group: null, json });
  };
  const switchToBuilder = () => {
    try {
      const group = fromCondition(JSON.parse(value.json) as TCondition, 0, catalogue);
      if (!group) {
        setJsonError(t('cases.rules.builder.tooComplex'));
        return;
      }
      setJsonError(null);
      onChange({ group, json: value.json });
    } catch {
      setJsonError(t('cases.rules.problems.json'));
    }
  };

  return (
    <fieldset className="condition-builder" data-testid="condition-builder">
      <legend>{t('cases.rules.fields.condition')}</legend>
      {value.group ? (
        <GroupEditor
          catalogue={catalogue}
          group={value.group}
          depth={0}
          onChange={(group) => onChange({ group, json: value.json })}
          onReplace={(key, next) =>
            value.group && onChange({ group: replaceRow(value.group, key, next), json: value.json })
          }
        />
      ) : (
        <div className="field">
          <label htmlFor="condition-json">{t('cases.rules.builder.json')}</label>
          <textarea
            id="condition-json"
            className="mono"
            rows={8}
            value={value.json}
            onChange={(event) => onChange({ group: null, json: event.target.value })}
            data-testid="condition-json"
          />
          {jsonError && <p className="field-error">{jsonError}</p>}
        </div>
      )}
      <div className="row-actions">
        {value.group ? (
          <button type="button" className="btn btn-secondary btn-small" onClick={switchToJson}>
            {t('cases.rules.builder.editJson')}
          </button>
        ) : (
          <button type="button" className="btn btn-secondary btn-small" onClick={switchToBuilder}>
            {t('cases.rules.builder.editRows')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

function GroupEditor({
  catalogue,
  group,
  depth,
  onChange,
  onReplace,
}: {
  catalogue: TFieldCatalogue;
  group: TGroupRow;
  depth: number;
  onChange: (group: TGroupRow) => void;
  onReplace: (key: string, next: TLeafRow | TGroupRow | null) => void;
}) {
  const { t } = useTranslation();
  const modeId = useId();
  return (
    <div className={`condition-group condition-depth-${depth}`} data-testid="condition-group">
      <div className="condition-group-head">
        <label htmlFor={modeId}>{t('cases.rules.builder.match')}</label>
        <select
          id={modeId}
          value={group.mode}
          onChange={(event) => onChange({ ...group, mode: event.target.value as 'all' | 'any' })}
          data-testid="condition-mode"
        >
          <option value="all">{t('cases.rules.builder.all')}</option>
          <option value="any">{t('cases.rules.builder.any')}</option>
        </select>
        {depth > 0 && (
          <button
            type="button"
            className="btn btn-ghost-danger btn-small"
            onClick={() => onReplace(group.key, null)}
            aria-label={t('cases.rules.builder.removeGroup')}
          >
            <Icon name="trash" size={14} />
          </button>
        )}
      </div>
      <ul className="condition-rows">
        {group.children.map((child, index) =>
          child.kind === 'group' ? (
            <li key={child.key}>
              <GroupEditor
                catalogue={catalogue}
                group={child}
                depth={depth + 1}
                onChange={(next) => onReplace(child.key, next)}
                onReplace={onReplace}
              />
            </li>
          ) : (
            <li key={child.key}>
              <LeafEditor
                catalogue={catalogue}
                row={child}
                index={index}
                onChange={(next) => onReplace(child.key, next)}
                onRemove={group.children.length > 1 ? () => onReplace(child.key, null) : undefined}
              />
            </li>
          ),
        )}
      </ul>
      <div className="row-actions">
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() =>
            onChange({ ...group, children: [...group.children, newLeaf(catalogue.defaultField, catalogue)] })
          }
          data-testid="condition-add-row"
        >
          <Icon name="plus" size={14} />
          {t('cases.rules.builder.addRow')}
        </button>
        {depth === 0 && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() =>
              onChange({ ...group, children: [...group.children, newGroup('any', undefined, catalogue)] })
            }
            data-testid="condition-add-group"
          >
            <Icon name="plus" size={14} />
            {t('cases.rules.builder.addGroup')}
          </button>
        )}
      </div>
    </div>
  );
}

function LeafEditor({
  catalogue,
  row,
  index,
  onChange,
  onRemove,
}: {
  catalogue: TFieldCatalogue;
  row: TLeafRow;
  index: number;
  onChange: (row: TLeafRow) => void;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const touchpoints = useTouchpoints();
  const spec = catalogue.specOf(row.field);
  const isKnown = catalogue.fields.some((f) => f.id === row.field);
  const [isCustom, setIsCustom] = useState(!isKnown);
  const operators = operatorsOf(spec);
  const label = (name: string) => `${t(`cases.rules.builder.${name}`)} ${index + 1}`;

  const setField = (field: string) => {
    const next = newLeaf(field, catalogue);
    onChange({ ...next, key: row.key });
  };

  return (
    <div className="condition-row" data-testid="condition-row">
      <div className="field">
        <label htmlFor={`${id}-field`} className="visually-hidden">
          {label('field')}
        </label>
        <select
          id={`${id}-field`}
          value={isCustom ? CUSTOM : row.field}
          onChange={(event) => {
            if (event.target.value === CUSTOM) {
              setIsCustom(true);
              onChange({ ...row, field: 'contact.', op: 'eq', value: '' });
            } else {
              setIsCustom(false);
              setField(event.target.value);
            }
          }}
          data-testid="condition-field"
        >
          {catalogue.fields.map((f) => (
            <option key={f.id} value={f.id}>
              {t(catalogue.labelKey(f.id))}
            </option>
          ))}
          <option value={CUSTOM}>{t('cases.rules.builder.customField')}</option>
        </select>
      </div>
      {isCustom && (
        <div className="field">
          <label htmlFor={`${id}-custom`} className="visually-hidden">
            {label('fieldName')}
          </label>
          <input
            id={`${id}-custom`}
            className="mono"
            value={row.field}
            placeholder={catalogue.customPlaceholder}
            maxLength={100}
            onChange={(event) => onChange({ ...row, field: event.target.value })}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-op`} className="visually-hidden">
          {label('operator')}
        </label>
        <select
          id={`${id}-op`}
          value={row.op}
          onChange={(event) => onChange({ ...row, op: event.target.value as TOperator })}
          data-testid="condition-op"
        >
          {(operators.includes(row.op) ? operators : [row.op, ...operators]).map((op) => (
            <option key={op} value={op}>
              {t(`cases.rules.operators.${op}`)}
            </option>
          ))}
        </select>
      </div>
      {!VALUELESS.includes(row.op) && (
        <div className="field">
          <label htmlFor={`${id}-value`} className="visually-hidden">
            {label('value')}
          </label>
          {spec.kind === 'boolean' ? (
            <select
              id={`${id}-value`}
              value={row.value}
              onChange={(event) => onChange({ ...row, value: event.target.value })}
              data-testid="condition-value"
            >
              <option value="true">{t('common.yes')}</option>
              <option value="false">{t('common.no')}</option>
            </select>
          ) : spec.kind === 'enum' && row.op !== 'in' && row.op !== 'nin' ? (
            <select
              id={`${id}-value`}
              value={row.value}
              onChange={(event) => onChange({ ...row, value: event.target.value })}
              data-testid="condition-value"
            >
              {(spec.values ?? []).map((v) => (
                <option key={v} value={v}>
                  {t(`cases.rules.values.${v}`, { defaultValue: v })}
                </option>
              ))}
            </select>
          ) : spec.kind === 'segment' ? (
            <select
              id={`${id}-value`}
              value={row.value}
              onChange={(event) => onChange({ ...row, value: event.target.value })}
              data-testid="condition-value"
            >
              <option value="">{t('segments.picker.choose')}</option>
              <SegmentOptions value={row.value} />
            </select>
          ) : spec.kind === 'touchpoint' ? (
            <select
              id={`${id}-value`}
              value={row.value}
              onChange={(event) => onChange({ ...row, value: event.target.value })}
              data-testid="condition-value"
            >
              <option value="">—</option>
              {(touchpoints.data ?? []).map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {tp.journeyName} › {tp.stageName} › {tp.name}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-value`}
              type={spec.kind === 'number' && row.op !== 'in' && row.op !== 'nin' ? 'number' : 'text'}
              min={spec.min}
              max={spec.max}
              value={row.value}
              placeholder={
                row.op === 'in' || row.op === 'nin' ? t('cases.rules.builder.listPlaceholder') : undefined
              }
              onChange={(event) => onChange({ ...row, value: event.target.value })}
              data-testid="condition-value"
            />
          )}
        </div>
      )}
      {onRemove && (
        <button
          type="button"
          className="btn btn-ghost-danger btn-small"
          onClick={onRemove}
          aria-label={label('remove')}
          data-testid="condition-remove"
        >
          <Icon name="trash" size={14} />
        </button>
      )}
    </div>
  );
}
