import type { TCasePriority, TNbaAction, TNbaRule } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { RowActions } from '../../components/row-actions';
import { useCan } from '../auth/auth.api';
import {
  ConditionBuilder,
  type ConditionValue,
  initialConditionValue,
  readCondition,
} from '../cases/condition-builder';
import { SEGMENT_CATALOGUE } from '../segments/segment-catalogue';
import { useDeleteNbaRule, useNbaRules, useSaveNbaRule } from './campaigns.api';
import { CampaignsTabs } from './campaigns-tabs';

/** `/campaigns/next-best-action`: the rules that suggest actions (built-in defaults and the workspace's own). */
export function NbaRulesPage() {
  const { t } = useTranslation();
  const canManage = useCan('automations.manage');
  const rules = useNbaRules();
  const save = useSaveNbaRule();
  const remove = useDeleteNbaRule();
  const [editing, setEditing] = useState<TNbaRule | 'new' | null>(null);
  const query = { ...rules, items: rules.data?.items ?? [] };
  return (
    <div className="page page-wide" data-testid="nba-rules-page">
      <PageHeader
        title={t('nba.rules.title')}
        description={t('nba.rules.lead')}
        actions={
          canManage && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setEditing('new')}
              data-testid="new-nba-rule"
            >
              <Icon name="plus" size={16} />
              {t('nba.rules.new')}
            </button>
          )
        }
      />
      <CampaignsTabs />
      {rules.isPending ? (
        <LoadingState />
      ) : rules.error ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <section className="card" aria-labelledby="nba-rules-list">
          <h2 id="nba-rules-list" className="section-title">
            {t('nba.rules.listTitle')}
          </h2>
          <FormError error={save.error ?? remove.error} />
          <DataTable
            query={query as never}
            items={query.items}
            label={t('nba.rules.listTitle')}
            testId="nba-rules-table"
            isStacked
            rowKey={(r: TNbaRule) => r.id}
            rowProps={(r) => ({ 'data-testid': 'nba-rule-row', 'data-name': r.name })}
            empty={<EmptyState title={t('nba.rules.empty')} />}
            columns={[
              {
                id: 'name',
                header: t('nba.rules.columns.name'),
                cell: (r) => (
                  <div>
                    <strong className="break">{r.name}</strong>
                    {r.builtinKey && <span className="badge badge-neutral"> {t('nba.rules.builtin')}</span>}
                    {r.description && <p className="muted small">{r.description}</p>}
                  </div>
                ),
              },
              {
                id: 'action',
                header: t('nba.rules.columns.action'),
                cell: (r) => t(`nba.actions.${r.action.kind}`),
              },
              {
                id: 'priority',
                header: t('nba.rules.columns.priority'),
                className: 'num',
                cell: (r) => r.priority,
              },
              {
                id: 'cooldown',
                header: t('nba.rules.columns.cooldown'),
                cell: (r) => t('nba.rules.days', { count: r.cooldownDays }),
              },
              {
                id: 'active',
                header: t('nba.rules.columns.active'),
                cell: (r) => (r.active ? t('common.yes') : t('common.no')),
              },
              {
                id: 'actions',
                header: t('nba.rules.columns.actions'),
                isHeaderHidden: true,
                className: 'cell-actions',
                cell: (r) => (
                  <RowActions
                    actions={[
                      {
                        id: 'edit',
                        label: t('nba.rules.edit'),
                        ariaLabel: t('nba.rules.editNamed', { name: r.name }),
                        variant: 'secondary',
                        isHidden: !canManage,
                        onSelect: () => setEditing(r),
                      },
                      {
                        id: 'toggle',
                        label: r.active ? t('nba.rules.turnOff') : t('nba.rules.turnOn'),
                        ariaLabel: `${r.active ? t('nba.rules.turnOff') : t('nba.rules.turnOn')}: ${r.name}`,
                        variant: 'secondary',
                        isHidden: !canManage,
                        testId: 'nba-rule-toggle',
                        onSelect: () => save.mutateAsync({ id: r.id, body: { active: !r.active } }),
                      },
                      {
                        id: 'delete',
                        label: t('nba.rules.delete'),
                        ariaLabel: t('nba.rules.deleteNamed', { name: r.name }),
                        variant: 'danger',
                        icon: 'trash',
                        isHidden: !canManage || Boolean(r.builtinKey),
                        confirm: {
                          title: t('nba.rules.deleteTitle', { name: r.name }),
                          body: t('nba.rules.deleteBody'),
                          confirmLabel: t('nba.rules.delete'),
                        },
                        onSelect: () => remove.mutateAsync(r.id),
                      },
                    ]}
                  />
                ),
              },
            ]}
          />
        </section>
      )}
      {editing && <RuleDialog rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

const ACTION_KINDS = ['create_case', 'send_survey', 'send_email', 'assign_owner'] as const;
const PRIORITIES: TCasePriority[] = ['low', 'normal', 'high', 'urgent'];

function RuleDialog({ rule, onClose }: { rule: TNbaRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveNbaRule();
  const [name, setName] = useState(rule?.name ?? '');
  const [description, setDescription] = useState(rule?.description ?? '');
  const [priority, setPriority] = useState(String(rule?.priority ?? 50));
  const [cooldownDays, setCooldownDays] = useState(String(rule?.cooldownDays ?? 14));
  const [kind, setKind] = useState<TNbaAction['kind']>(rule?.action.kind ?? 'create_case');
  const [title, setTitle] = useState(rule?.action.kind === 'create_case' ? rule.action.title : '');
  const [casePriority, setCasePriority] = useState<TCasePriority>(
    rule?.action.kind === 'create_case' ? rule.action.priority : 'normal',
  );
  const [condition, setCondition] = useState<ConditionValue>(() =>
    initialConditionValue(
      rule?.condition ?? { all: [{ field: 'npsBand', op: 'eq', value: 'detractor' }] },
      SEGMENT_CATALOGUE,
    ),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const keep = (k: TNbaAction['kind']) => (rule?.action.kind === k ? rule.action : null);
  return (
    <Dialog
      open
      title={rule ? t('nba.rules.editTitle') : t('nba.rules.newTitle')}
      onClose={onClose}
      testId="nba-rule-dialog"
      className="dialog-wide"
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const read = readCondition(condition, SEGMENT_CATALOGUE);
          if ('problem' in read) {
            setProblem(t(read.problem));
            return;
          }
          setProblem(null);
          const action: TNbaAction =
            kind === 'create_case'
              ? { kind, title: title.trim() || name.trim(), priority: casePriority }
              : ((keep(kind) ?? { kind }) as TNbaAction);
          save.mutate(
            {
              id: rule?.id ?? null,
              body: {
                name: name.trim(),
                description: description.trim(),
                condition: read.condition,
                action,
                priority: Number(priority),
                cooldownDays: Number(cooldownDays),
              },
            },
            { onSuccess: onClose },
          );
        }}
      >
        <TextField
          label={t('nba.rules.fields.name')}
          value={name}
          required
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('nba.rules.fields.description')}
          value={description}
          maxLength={500}
          onChange={(e) => setDescription(e.target.value)}
        />
        <fieldset className="stack">
          <legend>{t('nba.rules.fields.condition')}</legend>
          <ConditionBuilder value={condition} onChange={setCondition} catalogue={SEGMENT_CATALOGUE} />
          {problem && <p className="field-error">{problem}</p>}
        </fieldset>
        <SelectField
          label={t('nba.rules.fields.action')}
          value={kind}
          onChange={(e) => setKind(e.target.value as TNbaAction['kind'])}
        >
          {ACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`nba.actions.${k}`)}
            </option>
          ))}
        </SelectField>
        {kind === 'create_case' ? (
          <>
            <TextField
              label={t('nba.rules.fields.caseTitle')}
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
            <SelectField
              label={t('nba.rules.fields.casePriority')}
              value={casePriority}
              onChange={(e) => setCasePriority(e.target.value as TCasePriority)}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`cases.priority.${p}`)}
                </option>
              ))}
            </SelectField>
          </>
        ) : (
          <p className="muted small">{t('nba.rules.chosenWhenTaken')}</p>
        )}
        <TextField
          label={t('nba.rules.fields.priority')}
          type="number"
          min={0}
          max={100}
          value={priority}
          onChange={(e) => setPriority(e.target.value)}
        />
        <TextField
          label={t('nba.rules.fields.cooldown')}
          type="number"
          min={0}
          max={365}
          value={cooldownDays}
          onChange={(e) => setCooldownDays(e.target.value)}
        />
        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending || !name.trim()}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
