import { resolveText, SURVEY_TEMPLATES } from '@touchpoint/core';
import {
  SURVEY_STATUSES,
  type TSurvey,
  type TSurveyDefinition,
  type TSurveyStatus,
} from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CopyButton } from '../../components/copy-field';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { RowActions } from '../../components/row-actions';
import { usePopover } from '../../components/use-popover';
import { fieldErrorsOf } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useCan } from '../auth/auth.api';
import { SendInvitationsDialog } from '../distribution/send-invitations-dialog';
import { type TTouchpointRow, useTouchpoints } from '../journeys/journeys.api';
import { TouchpointSelect, touchpointLabel } from '../journeys/touchpoint-select';
import { languageName } from './survey-draft';
import { qrUrl, useCreateSurvey, useDeleteSurvey, useSetSurveyStatus, useSurveys } from './surveys.api';

export function SurveysPage() {
  const { t } = useTranslation();
  const canManage = useCan('surveys.manage');
  const canSend = useCan('invitations.send');
  const navigate = useNavigate();
  const [toSend, setToSend] = useState<TSurvey | null>(null);
  const [status, setStatus] = useState<TSurveyStatus | ''>('');
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const touchpoints = useTouchpoints();
  const surveys = useSurveys({ status: status || undefined, touchpointId: touchpointId ?? undefined });
  const setSurveyStatus = useSetSurveyStatus();
  const deleteSurvey = useDeleteSurvey();
  const isFiltered = Boolean(status || touchpointId);

  return (
    <div className="page" data-testid="surveys-page">
      <PageHeader
        title={t('nav.surveys')}
        description={t('surveys.lead')}
        actions={
          canManage && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setIsCreating(true)}
              data-testid="new-survey"
            >
              <Icon name="plus" size={16} />
              {t('surveys.new.button')}
            </button>
          )
        }
      />
      <section className="card" aria-labelledby="surveys-title">
        <div className="section-header">
          <h2 id="surveys-title" className="section-title">
            {t('surveys.listTitle')}
          </h2>
        </div>
        <search className="filters" aria-label={t('surveys.filters')}>
          <SelectField
            label={t('surveys.columns.status')}
            value={status}
            onChange={(event) => setStatus(event.target.value as TSurveyStatus | '')}
          >
            <option value="">{t('surveys.allStatuses')}</option>
            {SURVEY_STATUSES.map((item) => (
              <option key={item} value={item}>
                {t(`surveys.status.${item}`)}
              </option>
            ))}
          </SelectField>
          <TouchpointSelect
            label={t('surveys.columns.touchpoint')}
            touchpoints={touchpoints.data ?? []}
            value={touchpointId}
            onChange={setTouchpointId}
            emptyLabel={t('surveys.allTouchpoints')}
          />
        </search>
        <FormError error={setSurveyStatus.error} testId="survey-action-error" />
        <DataTable
          query={surveys}
          label={t('surveys.listTitle')}
          testId="surveys-table"
          isStacked
          rowKey={(survey) => survey.id}
          rowProps={(survey) => ({
            'data-testid': 'survey-row',
            'data-survey': survey.name,
            'data-status': survey.status,
          })}
          empty={
            <EmptyState
              title={isFiltered ? t('surveys.emptyFiltered') : t('surveys.empty')}
              testId="surveys-empty"
              action={
                canManage &&
                !isFiltered && (
                  <button type="button" className="btn btn-primary" onClick={() => setIsCreating(true)}>
                    {t('surveys.new.button')}
                  </button>
                )
              }
            >
              {!isFiltered && <p>{canManage ? t('surveys.emptyHint') : t('surveys.emptyHintReadOnly')}</p>}
            </EmptyState>
          }
          columns={[
            {
              id: 'name',
              header: t('surveys.columns.name'),
              cell: (survey) => (
                <div className="person">
                  <Link to={`/surveys/${survey.id}`} className="strong">
                    {survey.name}
                  </Link>
                  <span className="person-email">
                    {[survey.defaultLanguage, ...survey.languages.filter((l) => l !== survey.defaultLanguage)]
                      .map(languageName)
                      .join(' · ')}
                  </span>
                </div>
              ),
            },
            {
              id: 'status',
              header: t('surveys.columns.status'),
              cell: (survey) => <StatusBadge status={survey.status} />,
            },
            {
              id: 'touchpoint',
              header: t('surveys.columns.touchpoint'),
              cell: (survey) =>
                touchpointLabel(touchpoints.data, survey.touchpointId) ?? (
                  <span className="muted">{t('surveys.noTouchpoint')}</span>
                ),
            },
            {
              id: 'responses',
              header: t('surveys.columns.responses'),
              className: 'cell-number',
              headerClassName: 'cell-number',
              cell: (survey) =>
                survey.responseCount > 0 ? (
                  <Link
                    to={`/responses?surveyId=${survey.id}`}
                    aria-label={t('surveys.viewResponses', {
                      count: survey.responseCount,
                      name: survey.name,
                    })}
                  >
                    {survey.responseCount}
                  </Link>
                ) : (
                  '0'
                ),
            },
            {
              id: 'updated',
              header: t('surveys.columns.updated'),
              className: 'nowrap',
              cell: (survey) => formatDate(survey.updatedAt),
            },
            {
              id: 'actions',
              header: t('common.actions'),
              isHeaderHidden: true,
              className: 'cell-actions',
              cell: (survey) => {
                const isBusy = setSurveyStatus.isPending && setSurveyStatus.variables?.id === survey.id;
                return (
                  <RowActions
                    actions={[
                      {
                        id: 'edit',
                        label: canManage ? t('surveys.actions.edit') : t('surveys.actions.view'),
                        ariaLabel: t(canManage ? 'surveys.actions.editNamed' : 'surveys.actions.viewNamed', {
                          name: survey.name,
                        }),
                        to: `/surveys/${survey.id}`,
                      },
                      {
                        id: 'publish',
                        label: isBusy ? t('common.working') : t('surveys.actions.publish'),
                        ariaLabel: isBusy
                          ? undefined
                          : t('surveys.actions.publishNamed', { name: survey.name }),
                        variant: 'primary',
                        isHidden: !canManage || survey.status !== 'draft',
                        isDisabled: isBusy,
                        onSelect: () => setSurveyStatus.mutate({ id: survey.id, action: 'publish' }),
                      },
                      {
                        id: 'share',
                        label: t('surveys.actions.share'),
                        isHidden: survey.status !== 'published',
                        element: <ShareMenu survey={survey} />,
                      },
                      {
                        id: 'send',
                        label: t('sendEmail.button'),
                        ariaLabel: t('sendEmail.buttonNamed', { name: survey.name }),
                        isHidden: !canSend || survey.status !== 'published',
                        testId: 'send-email',
                        onSelect: () => setToSend(survey),
                      },
                      {
                        id: 'close',
                        label: t('surveys.actions.close'),
                        ariaLabel: t('surveys.actions.closeNamed', { name: survey.name }),
                        isHidden: !canManage || survey.status !== 'published',
                        confirm: {
                          title: t('surveys.closeTitle'),
                          body: <p>{t('surveys.closeBody', { name: survey.name })}</p>,
                          confirmLabel: t('surveys.actions.close'),
                        },
                        onSelect: () => setSurveyStatus.mutateAsync({ id: survey.id, action: 'close' }),
                      },
                      {
                        id: 'delete',
                        label: t('surveys.actions.delete'),
                        ariaLabel: t('surveys.actions.deleteNamed', { name: survey.name }),
                        variant: 'danger',
                        isHidden: !canManage || survey.status !== 'draft',
                        confirm: {
                          title: t('surveys.deleteTitle'),
                          body: <p>{t('surveys.deleteBody', { name: survey.name })}</p>,
                          confirmLabel: t('surveys.actions.delete'),
                        },
                        onSelect: () => deleteSurvey.mutateAsync(survey.id),
                      },
                    ]}
                  />
                );
              },
            },
          ]}
        />
      </section>

      <Dialog
        open={isCreating}
        title={t('surveys.new.title')}
        onClose={() => setIsCreating(false)}
        testId="new-survey-dialog"
        className="dialog-wide"
      >
        <NewSurveyForm touchpoints={touchpoints.data ?? []} onClose={() => setIsCreating(false)} />
      </Dialog>
      <SendInvitationsDialog
        survey={toSend}
        onClose={() => setToSend(null)}
        onShowInvitations={() => {
          const id = toSend?.id;
          setToSend(null);
          if (id) void navigate(`/surveys/${id}?tab=invitations`);
        }}
      />
    </div>
  );
}

export function StatusBadge({ status }: { status: TSurveyStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-survey-${status}`} data-testid="survey-status">
      {t(`surveys.status.${status}`)}
    </span>
  );
}

/** Copy the hosted link, open it, or download its QR code (SVG for print, PNG for screens). */
export function ShareMenu({ survey }: { survey: TSurvey }) {
  const { t } = useTranslation();
  const { isOpen, toggle, containerRef, triggerRef } = usePopover();
  return (
    <div className="popover-container" ref={containerRef}>
      <button
        type="button"
        ref={triggerRef}
        className="btn btn-secondary btn-small"
        aria-expanded={isOpen}
        onClick={toggle}
        aria-label={t('surveys.actions.shareNamed', { name: survey.name })}
        data-testid="share-menu"
      >
        {t('surveys.actions.share')}
        <Icon name="chevron-down" size={14} />
      </button>
      {isOpen && (
        <div className="popover popover-right share-popover">
          <p className="popover-heading">{t('surveys.share.link')}</p>
          <p className="share-url mono">{survey.hostedUrl}</p>
          <div className="share-actions">
            <CopyButton value={survey.hostedUrl} label={t('surveys.share.copy')} testId="copy-link" />
            <a
              className="btn btn-secondary btn-small"
              href={survey.hostedUrl}
              target="_blank"
              rel="noreferrer"
            >
              {t('surveys.share.open')}
              <Icon name="external" size={14} />
            </a>
          </div>
          <p className="popover-heading">{t('surveys.share.qr')}</p>
          <div className="share-actions">
            <a
              className="btn btn-secondary btn-small"
              href={qrUrl(survey.id, 'svg')}
              download={`${survey.name}-qr.svg`}
              data-testid="qr-svg"
            >
              <Icon name="download" size={14} />
              {t('surveys.share.svg')}
            </a>
            <a
              className="btn btn-secondary btn-small"
              href={qrUrl(survey.id, 'png')}
              download={`${survey.name}-qr.png`}
              data-testid="qr-png"
            >
              <Icon name="download" size={14} />
              {t('surveys.share.png')}
            </a>
          </div>
        </div>
      )}
    </div>
  );
}

function blankDefinition(language: string, question: string): TSurveyDefinition {
  return {
    defaultLanguage: language,
    languages: [language],
    questions: [{ id: 'nps', type: 'nps', text: { [language]: question }, required: true }],
    hiddenFields: [],
    logic: [],
    endings: [],
  };
}

/** Inside the dialog, so every opening starts afresh. */
function NewSurveyForm({ touchpoints, onClose }: { touchpoints: TTouchpointRow[]; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createSurvey = useCreateSurvey();
  const language = currentLocale();
  const [start, setStart] = useState<string>('blank');
  const [name, setName] = useState('');
  const [isNameTouched, setIsNameTouched] = useState(false);
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | undefined>();
  const serverErrors = fieldErrorsOf(createSurvey.error);

  const choose = (id: string) => {
    setStart(id);
    const template = SURVEY_TEMPLATES.find((item) => item.id === id);
    if (!isNameTouched) setName(template ? resolveText(template.name, language, 'en') : '');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    const template = SURVEY_TEMPLATES.find((item) => item.id === start);
    const definition = template?.definition ?? blankDefinition(language, t('surveys.new.blankQuestion'));
    createSurvey.mutate(
      { name: name.trim(), touchpointId, ...definition },
      { onSuccess: (survey) => void navigate(`/surveys/${survey.id}`) },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <fieldset className="template-picker">
        <legend>{t('surveys.new.startFrom')}</legend>
        <div className="template-options">
          {[{ id: 'blank' }, ...SURVEY_TEMPLATES].map((item) => {
            const template = 'definition' in item ? item : null;
            return (
              <label key={item.id} className="template-option" data-testid={`template-${item.id}`}>
                <input
                  type="radio"
                  name="survey-start"
                  value={item.id}
                  checked={start === item.id}
                  onChange={() => choose(item.id)}
                />
                <span className="template-option-text">
                  <span className="template-option-name">
                    {template ? resolveText(template.name, language, 'en') : t('surveys.new.blank')}
                  </span>
                  <span className="template-option-description">
                    {template
                      ? resolveText(template.description, language, 'en')
                      : t('surveys.new.blankHint')}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <TextField
        label={t('surveys.fields.name')}
        value={name}
        maxLength={200}
        onChange={(event) => {
          setName(event.target.value);
          setIsNameTouched(true);
        }}
        error={localError ?? serverErrors.name}
      />
      <TouchpointSelect
        label={t('surveys.fields.touchpoint')}
        touchpoints={touchpoints}
        value={touchpointId}
        onChange={setTouchpointId}
        emptyLabel={t('surveys.noTouchpoint')}
      />
      <FormError error={createSurvey.error} fields={['name']} />
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={createSurvey.isPending}>
          {createSurvey.isPending ? t('common.working') : t('surveys.new.submit')}
        </button>
      </div>
    </form>
  );
}
