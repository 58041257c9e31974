import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EditorSaveBar, useEditorDraft } from '../../components/editor-shell';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { RowActions } from '../../components/row-actions';
import {
  ConditionBuilder,
  type ConditionValue,
  initialConditionValue,
  readCondition,
} from '../cases/condition-builder';
import type { TCannedReply } from '../inbox/inbox.api';
import { formatConfidence } from '../inbox/inbox-format';
import { InboxTabs } from '../inbox/inbox-tabs';
import {
  type TBotSettings,
  type TIntent,
  useBotSettings,
  useCanManageBot,
  useCannedReplyList,
  useDeleteCannedReply,
  useDeleteIntent,
  useIntents,
  useSaveBotSettings,
  useSaveCannedReply,
  useSaveIntent,
  useTestBot,
} from './bot.api';
import { HANDOFF_CATALOGUE } from './handoff-catalogue';
import '../inbox/inbox.css';
import '../cases/cases.css';

const CANNED_VARIABLES = ['{{contact.name}}', '{{contact.firstName}}', '{{agent.name}}'].join(', ');

/** The bot's settings, what it knows beyond the articles (intents), the agents' canned replies, a test box. */
export function BotPage() {
  const { t } = useTranslation();
  const settings = useBotSettings();
  return (
    <div className="page page-wide" data-testid="bot">
      <PageHeader title={t('bot.title')} description={t('bot.lead')} />
      <InboxTabs />
      <BotTestBox />
      {settings.isPending ? (
        <LoadingState />
      ) : settings.error ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <BotSettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
      )}
      <IntentsSection />
      <CannedRepliesSection />
    </div>
  );
}

function BotTestBox() {
  const { t, i18n } = useTranslation();
  const test = useTestBot();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<'' | 'en' | 'vi'>('');
  const result = test.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    test.mutate({ text: text.trim(), ...(language ? { language } : {}) });
  };
  return (
    <section className="card stack" aria-labelledby="bot-test-title" data-testid="bot-test">
      <h2 id="bot-test-title" className="section-title">
        {t('bot.test.title')}
      </h2>
      <p className="muted">{t('bot.test.lead')}</p>
      <form className="filters" onSubmit={submit}>
        <TextField
          label={t('bot.test.question')}
          value={text}
          maxLength={2000}
          onChange={(event) => setText(event.target.value)}
          data-testid="bot-test-text"
        />
        <SelectField
          label={t('bot.test.language')}
          value={language}
          onChange={(event) => setLanguage(event.target.value as '' | 'en' | 'vi')}
          data-testid="bot-test-language"
        >
          <option value="">{t('bot.test.detect')}</option>
          <option value="en">{t('inbox.languages.en')}</option>
          <option value="vi">{t('inbox.languages.vi')}</option>
        </SelectField>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={test.isPending || !text.trim()}
          data-testid="bot-test-ask"
        >
          {test.isPending ? t('common.working') : t('bot.test.ask')}
        </button>
      </form>
      <FormError error={test.error} />
      <div aria-live="polite">
        {result && (
          <div className="bot-test-result" data-testid="bot-test-result" data-handoff={result.handoff}>
            <p className="strong" data-testid="bot-test-answer">
              {result.answer ?? t('bot.test.noAnswer')}
            </p>
            <dl>
              <dt>{t('bot.test.confidence')}</dt>
              <dd data-testid="bot-test-confidence">{formatConfidence(result.confidence, i18n.language)}</dd>
              <dt>{t('bot.test.source')}</dt>
              <dd>
                {result.articleId ? (
                  <Link to={`/inbox/knowledge/${result.articleId}`}>{t('bot.test.article')}</Link>
                ) : result.intent ? (
                  t('bot.test.intent', { intent: result.intent })
                ) : (
                  '—'
                )}
              </dd>
              <dt>{t('bot.test.handoff')}</dt>
              <dd data-testid="bot-test-handoff">
                {result.handoff
                  ? t('bot.test.handoffYes', {
                      reason: result.reason ? t(`inbox.reasons.${result.reason}`, result.reason) : '—',
                    })
                  : t('bot.test.handoffNo')}
                {result.detail ? ` (${result.detail})` : ''}
              </dd>
              <dt>{t('bot.test.detected')}</dt>
              <dd>{t(`inbox.languages.${result.language}`, result.language)}</dd>
            </dl>
          </div>
        )}
      </div>
    </section>
  );
}

interface TRuleDraft {
  key: string;
  condition: ConditionValue;
  reason: string;
}

interface TSettingsDraft {
  enabled: boolean;
  greeting: { en: string; vi: string };
  threshold: string;
  rules: TRuleDraft[];
}

let ruleKey = 0;
const nextRuleKey = () => {
  ruleKey += 1;
  return `rule-${ruleKey}`;
};

function settingsDraft(settings: TBotSettings): TSettingsDraft {
  return {
    enabled: settings.enabled,
    greeting: { en: settings.greeting?.en ?? '', vi: settings.greeting?.vi ?? '' },
    threshold: String(settings.threshold),
    rules: (settings.handoffRules ?? []).map((rule) => ({
      key: nextRuleKey(),
      condition: initialConditionValue(rule.condition, HANDOFF_CATALOGUE),
      reason: rule.reason,
    })),
  };
}

function comparable(draft: TSettingsDraft) {
  return {
    enabled: draft.enabled,
    greeting: { en: draft.greeting.en.trim(), vi: draft.greeting.vi.trim() },
    threshold: draft.threshold,
    rules: draft.rules.map((rule) => {
      const read = readCondition(rule.condition, HANDOFF_CATALOGUE);
      return { condition: 'condition' in read ? read.condition : rule.condition.json, reason: rule.reason };
    }),
  };
}

function BotSettingsForm({ settings }: { settings: TBotSettings }) {
  const { t } = useTranslation();
  const canManage = useCanManageBot();
  const save = useSaveBotSettings();
  const { draft, setDraft, isDirty, markSaved, discard } = useEditorDraft<TSettingsDraft>(
    () => settingsDraft(settings),
    comparable,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const thresholdId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rules = [];
    for (const rule of draft.rules) {
      const read = readCondition(rule.condition, HANDOFF_CATALOGUE);
      if ('problem' in read) {
        setProblem(t(read.problem));
        return;
      }
      if (!rule.reason.trim()) {
        setProblem(t('bot.rules.needReason'));
        return;
      }
      rules.push({ condition: read.condition, reason: rule.reason.trim() });
    }
    const threshold = Number(draft.threshold);
    if (draft.threshold.trim() === '' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
      setProblem(t('bot.settings.thresholdRange'));
      return;
    }
    const body: TBotSettings = {
      enabled: draft.enabled,
      greeting: { en: draft.greeting.en.trim(), vi: draft.greeting.vi.trim() },
      handoffRules: rules,
      threshold,
    };
    setProblem(null);
    save.mutate(body, { onSuccess: () => markSaved(draft) });
  };

  const setRule = (key: string, changes: Partial<TRuleDraft>) =>
    setDraft((current) => ({
      ...current,
      rules: current.rules.map((rule) => (rule.key === key ? { ...rule, ...changes } : rule)),
    }));

  return (
    <form className="stack-lg" onSubmit={submit} noValidate aria-label={t('bot.settings.title')}>
      <fieldset className="plain-fieldset stack-lg" disabled={!canManage}>
        <section className="card stack" aria-labelledby="bot-settings-title" data-testid="bot-settings">
          <h2 id="bot-settings-title" className="section-title">
            {t('bot.settings.title')}
          </h2>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.enabled}
              onChange={(event) => setDraft((current) => ({ ...current, enabled: event.target.checked }))}
              data-testid="bot-enabled"
            />
            {t('bot.settings.enabled')}
          </label>
          <p className="muted small">{t('bot.settings.enabledHint')}</p>
          <div className="form-grid">
            <TextField
              label={t('bot.settings.greetingEn')}
              value={draft.greeting.en}
              lang="en"
              maxLength={1000}
              onChange={(event) =>
                setDraft((current) => ({
                  ...current,
                  greeting: { ...current.greeting, en: event.target.value },
                }))
              }
              data-testid="bot-greeting-en"
            />
            <TextField
              label={t('bot.settings.greetingVi')}
              value={draft.greeting.vi}
              lang="vi"
              maxLength={1000}
              onChange={(event) =>
                setDraft((current) => ({
                  ...current,
                  greeting: { ...current.greeting, vi: event.target.value },
                }))
              }
              data-testid="bot-greeting-vi"
            />
          </div>
          <div className="field">
            <label htmlFor={thresholdId}>{t('bot.settings.threshold')}</label>
            <input
              id={thresholdId}
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={draft.threshold}
              aria-describedby={`${thresholdId}-hint`}
              onChange={(event) => setDraft((current) => ({ ...current, threshold: event.target.value }))}
              data-testid="bot-threshold"
            />
            <p className="field-hint" id={`${thresholdId}-hint`}>
              {t('bot.settings.thresholdHint')}
            </p>
          </div>
        </section>
        <section className="card stack" aria-labelledby="bot-rules-title" data-testid="bot-rules">
          <div className="section-header">
            <h2 id="bot-rules-title" className="section-title">
              {t('bot.rules.title')}
            </h2>
            {canManage && (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() =>
                  setDraft((current) => ({
                    ...current,
                    rules: [
                      ...current.rules,
                      {
                        key: nextRuleKey(),
                        condition: initialConditionValue(null),
                        reason: 'workspace_rule',
                      },
                    ],
                  }))
                }
                data-testid="add-handoff-rule"
              >
                <Icon name="plus" size={16} />
                {t('bot.rules.add')}
              </button>
            )}
          </div>
          <p className="muted">{t('bot.rules.lead')}</p>
          {draft.rules.length === 0 ? (
            <p className="muted">{t('bot.rules.none')}</p>
          ) : (
            <ol className="stack">
              {draft.rules.map((rule, index) => (
                <li key={rule.key} className="bot-list-item" data-testid="handoff-rule">
                  <p className="strong">{t('bot.rules.number', { number: index + 1 })}</p>
                  <ConditionBuilder
                    value={rule.condition}
                    catalogue={HANDOFF_CATALOGUE}
                    onChange={(condition) => setRule(rule.key, { condition })}
                  />
                  <TextField
                    label={t('bot.rules.reason')}
                    hint={t('bot.rules.reasonHint')}
                    value={rule.reason}
                    maxLength={200}
                    onChange={(event) => setRule(rule.key, { reason: event.target.value })}
                    data-testid="handoff-rule-reason"
                  />
                  {canManage && (
                    <div>
                      <button
                        type="button"
                        className="btn btn-ghost-danger btn-small"
                        onClick={() =>
                          setDraft((current) => ({
                            ...current,
                            rules: current.rules.filter((item) => item.key !== rule.key),
                          }))
                        }
                      >
                        <Icon name="trash" size={16} />
                        {t('bot.rules.remove', { number: index + 1 })}
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </fieldset>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <FormError error={save.error} />
      {canManage && (
        <EditorSaveBar
          isDirty={isDirty}
          isSaving={save.isPending}
          onDiscard={() => {
            discard();
            setProblem(null);
            save.reset();
          }}
          testId="bot-settings-bar"
        >
          <button
            type="submit"
            className="btn btn-primary"
            disabled={save.isPending}
            data-testid="save-bot-settings"
          >
            {save.isPending ? t('common.working') : t('bot.settings.save')}
          </button>
        </EditorSaveBar>
      )}
    </form>
  );
}

function IntentsSection() {
  const { t } = useTranslation();
  const canManage = useCanManageBot();
  const intents = useIntents();
  const remove = useDeleteIntent();
  const [editing, setEditing] = useState<TIntent | 'new' | null>(null);
  return (
    <section className="card" aria-labelledby="bot-intents-title" data-testid="bot-intents">
      <div className="section-header">
        <h2 id="bot-intents-title" className="section-title">
          {t('bot.intents.title')}
        </h2>
        {canManage && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setEditing('new')}
            data-testid="new-intent"
          >
            <Icon name="plus" size={16} />
            {t('bot.intents.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('bot.intents.lead')}</p>
      <FormError error={remove.error} />
      <DataTable
        query={intents}
        label={t('bot.intents.title')}
        testId="intents-table"
        isStacked
        rowKey={(item) => item.id}
        rowProps={() => ({ 'data-testid': 'intent-row' })}
        empty={<p className="muted">{t('bot.intents.empty')}</p>}
        columns={[
          { id: 'name', header: t('bot.intents.name'), className: 'strong', cell: (item) => item.name },
          {
            id: 'examples',
            header: t('bot.intents.examples'),
            className: 'num',
            cell: (item) => item.examples.length,
          },
          {
            id: 'reply',
            header: t('bot.intents.reply'),
            cell: (item) => <span className="small">{item.reply.en}</span>,
          },
          canManage && {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (item) => (
              <RowActions
                actions={[
                  {
                    id: 'edit',
                    label: t('bot.edit'),
                    ariaLabel: `${t('bot.edit')} ${item.name}`,
                    onSelect: () => setEditing(item),
                  },
                  {
                    id: 'delete',
                    label: t('bot.delete'),
                    ariaLabel: `${t('bot.delete')} ${item.name}`,
                    variant: 'danger',
                    icon: 'trash',
                    confirm: {
                      title: t('bot.intents.deleteTitle'),
                      body: <p>{t('bot.intents.deleteBody', { name: item.name })}</p>,
                      confirmLabel: t('bot.delete'),
                    },
                    onSelect: () => remove.mutateAsync(item.id),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {editing && (
        <IntentDialog intent={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}

function IntentDialog({ intent, onClose }: { intent: TIntent | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveIntent();
  const [name, setName] = useState(intent?.name ?? '');
  const [examples, setExamples] = useState((intent?.examples ?? []).join('\n'));
  const [replyEn, setReplyEn] = useState(intent?.reply.en ?? '');
  const [replyVi, setReplyVi] = useState(intent?.reply.vi ?? '');
  const [missing, setMissing] = useState(false);
  const examplesId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = [
      ...new Set(
        examples
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ];
    if (!name.trim() || !replyEn.trim() || list.length === 0) {
      setMissing(true);
      return;
    }
    save.mutate(
      {
        ...(intent ? { id: intent.id } : {}),
        name: name.trim(),
        examples: list,
        reply: { en: replyEn.trim(), ...(replyVi.trim() ? { vi: replyVi.trim() } : {}) },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog
      open
      title={intent ? t('bot.intents.editTitle') : t('bot.intents.new')}
      onClose={onClose}
      testId="intent-dialog"
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('bot.intents.name')}
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          error={missing && !name.trim() ? t('validation.required') : undefined}
          data-testid="intent-name"
        />
        <div className="field">
          <label htmlFor={examplesId}>{t('bot.intents.examples')}</label>
          <textarea
            id={examplesId}
            rows={5}
            value={examples}
            aria-describedby={`${examplesId}-hint`}
            onChange={(event) => setExamples(event.target.value)}
            data-testid="intent-examples"
          />
          <p className="field-hint" id={`${examplesId}-hint`}>
            {t('bot.intents.examplesHint')}
          </p>
        </div>
        <TextField
          label={t('bot.intents.replyEn')}
          value={replyEn}
          lang="en"
          maxLength={2000}
          onChange={(event) => setReplyEn(event.target.value)}
          error={missing && !replyEn.trim() ? t('validation.required') : undefined}
          data-testid="intent-reply-en"
        />
        <TextField
          label={t('bot.intents.replyVi')}
          value={replyVi}
          lang="vi"
          maxLength={2000}
          onChange={(event) => setReplyVi(event.target.value)}
          data-testid="intent-reply-vi"
        />
        {missing && <p className="field-error">{t('bot.intents.needAll')}</p>}
        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={save.isPending}
            data-testid="save-intent"
          >
            {save.isPending ? t('common.working') : t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function CannedRepliesSection() {
  const { t } = useTranslation();
  const canManage = useCanManageBot();
  const replies = useCannedReplyList();
  const remove = useDeleteCannedReply();
  const [editing, setEditing] = useState<TCannedReply | 'new' | null>(null);
  return (
    <section className="card" aria-labelledby="bot-canned-title" data-testid="canned-replies">
      <div className="section-header">
        <h2 id="bot-canned-title" className="section-title">
          {t('bot.canned.title')}
        </h2>
        {canManage && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setEditing('new')}
            data-testid="new-canned"
          >
            <Icon name="plus" size={16} />
            {t('bot.canned.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('bot.canned.lead')}</p>
      <FormError error={remove.error} />
      <DataTable
        query={replies}
        label={t('bot.canned.title')}
        testId="canned-table"
        isStacked
        rowKey={(item) => item.id}
        rowProps={() => ({ 'data-testid': 'canned-row' })}
        empty={<p className="muted">{t('bot.canned.empty')}</p>}
        columns={[
          {
            id: 'shortcut',
            header: t('bot.canned.shortcut'),
            className: 'mono nowrap',
            cell: (item) => `/${item.shortcut}`,
          },
          { id: 'title', header: t('bot.canned.name'), cell: (item) => item.title },
          {
            id: 'text',
            header: t('bot.canned.text'),
            cell: (item) => <span className="small">{item.text.en}</span>,
          },
          canManage && {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (item) => (
              <RowActions
                actions={[
                  {
                    id: 'edit',
                    label: t('bot.edit'),
                    ariaLabel: `${t('bot.edit')} /${item.shortcut}`,
                    onSelect: () => setEditing(item),
                  },
                  {
                    id: 'delete',
                    label: t('bot.delete'),
                    ariaLabel: `${t('bot.delete')} /${item.shortcut}`,
                    variant: 'danger',
                    icon: 'trash',
                    confirm: {
                      title: t('bot.canned.deleteTitle'),
                      body: <p>{t('bot.canned.deleteBody', { shortcut: item.shortcut })}</p>,
                      confirmLabel: t('bot.delete'),
                    },
                    onSelect: () => remove.mutateAsync(item.id),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {editing && (
        <CannedDialog reply={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}

function CannedDialog({ reply, onClose }: { reply: TCannedReply | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCannedReply();
  const [shortcut, setShortcut] = useState(reply?.shortcut ?? '');
  const [title, setTitle] = useState(reply?.title ?? '');
  const [textEn, setTextEn] = useState(reply?.text.en ?? '');
  const [textVi, setTextVi] = useState(reply?.text.vi ?? '');
  const [missing, setMissing] = useState(false);
  const enId = useId();
  const viId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleanShortcut = shortcut.trim().replace(/^\//, '');
    if (!cleanShortcut || !title.trim() || !textEn.trim()) {
      setMissing(true);
      return;
    }
    save.mutate(
      {
        ...(reply ? { id: reply.id } : {}),
        shortcut: cleanShortcut,
        title: title.trim(),
        text: { en: textEn.trim(), ...(textVi.trim() ? { vi: textVi.trim() } : {}) },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog
      open
      title={reply ? t('bot.canned.editTitle') : t('bot.canned.new')}
      onClose={onClose}
      testId="canned-dialog"
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('bot.canned.shortcut')}
          value={shortcut}
          maxLength={40}
          hint={t('bot.canned.shortcutHint')}
          onChange={(event) => setShortcut(event.target.value)}
          error={missing && !shortcut.trim() ? t('validation.required') : undefined}
          data-testid="canned-shortcut"
        />
        <TextField
          label={t('bot.canned.name')}
          value={title}
          maxLength={120}
          onChange={(event) => setTitle(event.target.value)}
          error={missing && !title.trim() ? t('validation.required') : undefined}
          data-testid="canned-title"
        />
        <div className="field">
          <label htmlFor={enId}>{t('bot.canned.textEn')}</label>
          <textarea
            id={enId}
            lang="en"
            rows={4}
            value={textEn}
            aria-describedby={`${enId}-hint`}
            onChange={(event) => setTextEn(event.target.value)}
            data-testid="canned-text-en"
          />
          <p className="field-hint" id={`${enId}-hint`}>
            {t('bot.canned.variables', { list: CANNED_VARIABLES })}
          </p>
        </div>
        <div className="field">
          <label htmlFor={viId}>{t('bot.canned.textVi')}</label>
          <textarea
            id={viId}
            lang="vi"
            rows={4}
            value={textVi}
            onChange={(event) => setTextVi(event.target.value)}
            data-testid="canned-text-vi"
          />
        </div>
        {missing && <p className="field-error">{t('bot.canned.needAll')}</p>}
        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={save.isPending}
            data-testid="save-canned"
          >
            {save.isPending ? t('common.working') : t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
