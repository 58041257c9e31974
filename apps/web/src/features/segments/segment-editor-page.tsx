import type { TCondition, TSegment } from '@touchpoint/schemas/browser';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EditorLoader, EditorSaveBar, useEditorDraft } from '../../components/editor-shell';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import {
  ConditionBuilder,
  type ConditionValue,
  initialConditionValue,
  readCondition,
} from '../cases/condition-builder';
import { contactTitle, NoContactsAccess } from '../customers/customers-page';
import { useSurveys } from '../surveys/surveys.api';
import { SEGMENT_CATALOGUE } from './segment-catalogue';
import {
  useSaveSegment,
  useSegment,
  useSegmentContacts,
  useSegmentPreview,
  useSendSurveyToSegment,
} from './segments.api';

/** How long typing pauses before the live count asks the server. */
const PREVIEW_DELAY_MS = 400;

interface TSegmentDraft {
  name: string;
  description: string;
  condition: ConditionValue;
}

function draftOf(segment: TSegment | null): TSegmentDraft {
  return {
    name: segment?.name ?? '',
    description: segment?.description ?? '',
    condition: initialConditionValue(
      segment?.condition ?? { all: [{ field: 'npsBand', op: 'eq', value: 'detractor' }] },
      SEGMENT_CATALOGUE,
    ),
  };
}

function comparable(draft: TSegmentDraft) {
  const read = readCondition(draft.condition, SEGMENT_CATALOGUE);
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    condition: 'condition' in read ? read.condition : draft.condition.json,
  };
}

/** `/segments/new` and `/segments/:segmentId`: name, condition with a live count, members, send a survey. */
export function SegmentEditorPage() {
  const { t } = useTranslation();
  const { segmentId } = useParams();
  const isNew = !segmentId || segmentId === 'new';
  const canRead = useCan('contacts.read');
  const segment = useSegment(isNew ? null : (segmentId as string));
  const back = (
    <Link to="/segments" className="btn btn-secondary">
      <Icon name="arrow-left" size={16} />
      {t('segments.back')}
    </Link>
  );
  if (!canRead) {
    return (
      <div className="page">
        <PageHeader title={t('segments.title')} actions={back} />
        <NoContactsAccess />
      </div>
    );
  }
  if (isNew) {
    return (
      <div className="page page-wide" data-testid="segment-editor-page">
        <PageHeader title={t('segments.newTitle')} description={t('segments.editorLead')} actions={back} />
        <SegmentEditor segment={null} />
      </div>
    );
  }
  return (
    <EditorLoader
      query={segment}
      title={t('segments.title')}
      notFound={t('segments.notFound')}
      backTo="/segments"
      backLabel={t('segments.back')}
    >
      {(loaded) => (
        <div className="page page-wide" data-testid="segment-editor-page">
          <PageHeader title={loaded.name} description={t('segments.editorLead')} actions={back} />
          <SegmentEditor key={loaded.id} segment={loaded} />
          <SegmentMembers segment={loaded} />
        </div>
      )}
    </EditorLoader>
  );
}

function SegmentEditor({ segment }: { segment: TSegment | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('contacts.write');
  const editor = useEditorDraft(() => draftOf(segment), comparable);
  const { draft, setDraft } = editor;
  const save = useSaveSegment();
  const [problem, setProblem] = useState<string | null>(null);
  const isStatic = segment?.kind === 'static';
  // A new segment counts as unsaved once edited; after creating it, leave() lets the navigation through.
  const isDirty = editor.isDirty;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      setProblem('segments.problems.name');
      return;
    }
    const read = readCondition(draft.condition, SEGMENT_CATALOGUE);
    if (!isStatic && 'problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    save.mutate(
      {
        id: segment?.id ?? null,
        name: draft.name.trim(),
        description: draft.description.trim(),
        ...(isStatic || !('condition' in read) ? {} : { condition: read.condition }),
      },
      {
        onSuccess: (saved) => {
          editor.markSaved(draft);
          if (!segment) {
            editor.leave();
            void navigate(`/segments/${saved.id}`, { replace: true });
          }
        },
      },
    );
  };

  return (
    <form className="stack-lg" onSubmit={submit} noValidate data-testid="segment-form">
      <section className="card stack" aria-labelledby="segment-details-title">
        <h2 id="segment-details-title" className="section-title">
          {t('segments.details')}
        </h2>
        <TextField
          label={t('segments.fields.name')}
          value={draft.name}
          maxLength={120}
          required
          disabled={!canWrite}
          error={problem === 'segments.problems.name' ? t(problem) : undefined}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          data-testid="segment-name"
        />
        <TextField
          label={t('segments.fields.description')}
          value={draft.description}
          maxLength={500}
          disabled={!canWrite}
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
        />
      </section>
      {isStatic ? (
        <section className="card">
          <p className="muted">{t('segments.staticNote')}</p>
        </section>
      ) : (
        <section className="card stack" aria-labelledby="segment-condition-title">
          <h2 id="segment-condition-title" className="section-title">
            {t('segments.condition')}
          </h2>
          <p className="muted small">{t('segments.conditionHelp')}</p>
          <ConditionBuilder
            value={draft.condition}
            onChange={(condition) => setDraft({ ...draft, condition })}
            catalogue={SEGMENT_CATALOGUE}
          />
          {problem && problem !== 'segments.problems.name' && (
            <p className="field-error" role="alert">
              {t(problem)}
            </p>
          )}
          <LiveCount condition={draft.condition} />
        </section>
      )}
      <FormError error={save.error} fields={['name', 'description']} />
      {canWrite && (
        <EditorSaveBar
          isDirty={isDirty}
          isSaving={save.isPending}
          onDiscard={editor.discard}
          savedStatus={segment ? undefined : t('segments.notCreated')}
          testId="segment-save-bar"
        >
          <button
            type="submit"
            className="btn btn-primary"
            disabled={save.isPending}
            data-testid="segment-save"
          >
            {segment ? t('common.save') : t('segments.create')}
          </button>
        </EditorSaveBar>
      )}
    </form>
  );
}

/** How many people the condition selects now, asked again a moment after each change. */
function LiveCount({ condition }: { condition: ConditionValue }) {
  const { t } = useTranslation();
  const read = readCondition(condition, SEGMENT_CATALOGUE);
  const current = 'condition' in read ? JSON.stringify(read.condition) : null;
  const [settled, setSettled] = useState<string | null>(current);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(current), PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [current]);
  const preview = useSegmentPreview(settled ? (JSON.parse(settled) as TCondition) : null);
  const isUpdating = current !== settled || preview.isFetching;
  return (
    <div className="live-count" data-testid="segment-live-count" aria-live="polite" aria-busy={isUpdating}>
      {current === null ? (
        <p className="muted">{t('segments.countIncomplete')}</p>
      ) : preview.error ? (
        <FormError error={preview.error} testId="segment-preview-error" />
      ) : preview.data ? (
        <p>
          <strong data-testid="segment-count">{t('segments.count', { count: preview.data.count })}</strong>
          {isUpdating && <span className="muted"> · {t('segments.counting')}</span>}
        </p>
      ) : (
        <p className="muted">{t('segments.counting')}</p>
      )}
    </div>
  );
}

function SegmentMembers({ segment }: { segment: TSegment }) {
  const { t } = useTranslation();
  const members = useSegmentContacts(segment.id);
  const canSend = useCan('invitations.send');
  const [isSending, setIsSending] = useState(false);
  return (
    <section className="card" aria-labelledby="segment-members-title">
      <div className="section-header">
        <h2 id="segment-members-title" className="section-title">
          {t('segments.members', { count: segment.count ?? 0 })}
        </h2>
        {canSend && (
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setIsSending(true)}
            data-testid="segment-send-survey"
          >
            <Icon name="surveys" size={16} />
            {t('segments.sendSurvey')}
          </button>
        )}
      </div>
      <p className="muted small">{t('segments.membersNote')}</p>
      <DataTable
        query={members}
        label={t('segments.membersLabel')}
        testId="segment-members-table"
        isStacked
        rowKey={(contact) => contact.id}
        rowProps={() => ({ 'data-testid': 'segment-member' })}
        empty={<p className="muted">{t('segments.noMembers')}</p>}
        columns={[
          {
            id: 'customer',
            header: t('segments.columns.customer'),
            cell: (contact) => (
              <Link to={`/customers/${contact.id}`} className="strong break">
                {contactTitle(contact, t('customers.unnamed'))}
              </Link>
            ),
          },
          {
            id: 'email',
            header: t('segments.columns.email'),
            cell: (contact) => contact.email ?? '—',
          },
          {
            id: 'since',
            header: t('segments.columns.since'),
            className: 'nowrap',
            cell: (contact) => formatDate(contact.createdAt),
          },
        ]}
      />
      <SendSurveyDialog segment={segment} open={isSending} onClose={() => setIsSending(false)} />
    </section>
  );
}

function SendSurveyDialog({
  segment,
  open,
  onClose,
}: {
  segment: TSegment;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const surveys = useSurveys({ status: 'published' }, { pageSize: 100 });
  const send = useSendSurveyToSegment();
  const [surveyId, setSurveyId] = useState('');
  const chosen = surveyId || surveys.items[0]?.id || '';
  const close = () => {
    send.reset();
    onClose();
  };
  const reasons = new Map<string, number>();
  for (const skip of send.data?.skipped ?? []) reasons.set(skip.reason, (reasons.get(skip.reason) ?? 0) + 1);

  return (
    <Dialog
      open={open}
      title={t('segments.sendTitle', { name: segment.name })}
      onClose={close}
      testId="send-dialog"
    >
      {send.data ? (
        <div className="stack" data-testid="send-result">
          <p role="status">
            {t('segments.sendResult', { sent: send.data.sent.length, skipped: send.data.skipped.length })}
          </p>
          {reasons.size > 0 && (
            <ul data-testid="send-skips">
              {[...reasons].map(([reason, count]) => (
                <li key={reason}>
                  {t(`skipReasons.${reason}`)}: {count}
                </li>
              ))}
            </ul>
          )}
          <ul className="muted small">
            {send.data.skipped.slice(0, 20).map((skip) => (
              <li key={`${skip.contactId ?? skip.email}:${skip.reason}`}>
                {skip.email || skip.contactId} — {skip.detail}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={close}>
              {t('common.done')}
            </button>
          </div>
        </div>
      ) : (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) send.mutate({ surveyId: chosen, segmentId: segment.id });
          }}
        >
          <p>{t('segments.sendLead', { count: segment.count ?? 0 })}</p>
          {surveys.items.length === 0 && !surveys.isPending ? (
            <p className="muted">{t('segments.noPublishedSurveys')}</p>
          ) : (
            <SelectField
              label={t('segments.survey')}
              value={chosen}
              onChange={(event) => setSurveyId(event.target.value)}
              data-testid="send-survey-select"
            >
              {surveys.items.map((survey) => (
                <option key={survey.id} value={survey.id}>
                  {survey.name}
                </option>
              ))}
            </SelectField>
          )}
          <FormError error={send.error} />
          <div className="button-row">
            <button type="button" className="btn btn-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="btn btn-primary"
              disabled={!chosen || send.isPending}
              data-testid="send-confirm"
            >
              {send.isPending ? t('common.working') : t('segments.send')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
