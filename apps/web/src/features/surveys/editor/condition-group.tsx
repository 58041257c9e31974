import type { TCondition } from '@touchpoint/schemas/browser';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/fields';
import { Icon } from '../../../components/icons';
import { asGroup, makeGroup, type TGroupMode, type TLeaf } from './condition';

/** How deep groups nest in the builder (the schema allows more; people rarely need it). */
export const MAX_CONDITION_DEPTH = 3;

/** What a leaf editor gets from the group around it. */
export interface TLeafSlot {
  leaf: TLeaf;
  /** 1-based position in its group, for labels such as "Field 2". */
  number: number;
  onChange: (leaf: TCondition) => void;
  onRemove: () => void;
  /** A prefix for the ids of the leaf's inputs, unique in the page. */
  idBase: string;
  /** The leaf's dotted path, to match validation issues (`logic.0.if.all.1`). */
  issuePath: string;
}

interface ConditionGroupEditorProps {
  condition: TCondition;
  onChange: (condition: TCondition) => void;
  onRemove?: () => void;
  depth: number;
  idBase: string;
  issuePrefix: string;
  /** A new leaf for "Add condition" (and the first one of a new group). */
  newLeaf: () => TCondition;
  /** The editor of one comparison: the survey logic and the widget targeting each have theirs. */
  renderLeaf: (slot: TLeafSlot) => ReactNode;
  /** For screen readers: what the top-level group is. */
  rootLabel: string;
}

/**
 * "All / any / none of": conditions and nested groups, each removable, with buttons to add more. Shared by
 * survey logic and widget targeting; only the leaf editor differs.
 */
export function ConditionGroupEditor({
  condition,
  onChange,
  onRemove,
  depth,
  idBase,
  issuePrefix,
  newLeaf,
  renderLeaf,
  rootLabel,
}: ConditionGroupEditorProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const group = asGroup(condition) ?? { mode: 'all' as TGroupMode, items: [condition] };
  const itemPath = (i: number) =>
    group.mode === 'all'
      ? `${issuePrefix}.all.${i}`
      : group.mode === 'any'
        ? `${issuePrefix}.any.${i}`
        : `${issuePrefix}.not.any.${i}`;
  const setItems = (items: TCondition[]) => onChange(makeGroup(group.mode, items));
  const isEmpty = group.items.length === 0;

  return (
    <fieldset className={`condition-group condition-depth-${depth}`} aria-labelledby={legendId}>
      <div className="condition-group-head">
        <span id={legendId} className="visually-hidden">
          {depth === 0 ? rootLabel : t('surveyEditor.logic.group', { level: depth })}
        </span>
        <SelectField
          label={t('surveyEditor.logic.match')}
          className="field-inline"
          value={group.mode}
          onChange={(event) => onChange(makeGroup(event.target.value as TGroupMode, group.items))}
        >
          <option value="all">{t('surveyEditor.logic.modes.all')}</option>
          <option value="any">{t('surveyEditor.logic.modes.any')}</option>
          <option value="none">{t('surveyEditor.logic.modes.none')}</option>
        </SelectField>
        {onRemove && (
          <button
            type="button"
            className="btn btn-ghost-danger btn-small"
            onClick={onRemove}
            aria-label={t('surveyEditor.logic.removeGroup', { level: depth })}
          >
            {t('surveyEditor.logic.removeGroupShort')}
          </button>
        )}
      </div>
      <ul className="condition-items">
        {group.items.map((item, i) => {
          const replace = (next: TCondition) => setItems(group.items.map((old, j) => (j === i ? next : old)));
          const remove = () => setItems(group.items.filter((_, j) => j !== i));
          const key = `${idBase}-${depth}-${i}`;
          return (
            // Items have no identity of their own; every input in them is controlled.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              {asGroup(item) ? (
                <ConditionGroupEditor
                  condition={item}
                  onChange={replace}
                  onRemove={remove}
                  depth={depth + 1}
                  idBase={key}
                  issuePrefix={itemPath(i)}
                  newLeaf={newLeaf}
                  renderLeaf={renderLeaf}
                  rootLabel={rootLabel}
                />
              ) : (
                renderLeaf({
                  leaf: item as TLeaf,
                  number: i + 1,
                  onChange: replace,
                  onRemove: remove,
                  idBase: key,
                  issuePath: itemPath(i),
                })
              )}
            </li>
          );
        })}
      </ul>
      {isEmpty && <p className="field-error">{t('surveyEditor.logic.emptyGroup')}</p>}
      <div className="button-row">
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => setItems([...group.items, newLeaf()])}
        >
          <Icon name="plus" size={14} />
          {t('surveyEditor.logic.addCondition')}
        </button>
        {depth + 1 < MAX_CONDITION_DEPTH && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setItems([...group.items, { any: [newLeaf()] }])}
          >
            <Icon name="plus" size={14} />
            {t('surveyEditor.logic.addGroup')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
