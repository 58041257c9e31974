import type { ReviewField } from '@touchpoint/core';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { readFileText } from '../../lib/csv';
import { formatDateTime } from '../../lib/format';
import {
  detectColumns,
  ImportFailed,
  ImportStopped,
  importReviews,
  mapRows,
  ReviewFileError,
  readReviewFile,
  type TFileFormat,
  type TImportSummary,
  type TReviewFile,
} from './review-import';
import { sendReviews, useRefreshReviews } from './reviews.api';
import { Stars } from './stars';

const PREVIEW_ROWS = 5;
const SHOWN_REJECTED = 100;

interface ImportReviewsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Upload reviews from a CSV or JSON file: preview, import in batches with progress, then a summary. */
export function ImportReviewsDialog({ open, onClose }: ImportReviewsDialogProps) {
  const { t } = useTranslation();
  const [isBusy, setIsBusy] = useState(false);
  return (
    <Dialog
      open={open}
      title={t('reviewImport.title')}
      onClose={() => {
        // Closing mid-import would hide the progress but not stop it: the Stop button does that.
        if (!isBusy) onClose();
      }}
      testId="import-reviews-dialog"
      className="dialog-wide"
    >
      {open && <ImportFlow onClose={onClose} onBusyChange={setIsBusy} />}
    </Dialog>
  );
}

type TStep =
  | { kind: 'choose' }
  | { kind: 'preview'; fileName: string; file: TReviewFile }
  | { kind: 'importing'; fileName: string; done: number; total: number }
  | {
      kind: 'finished';
      fileName: string;
      format: TFileFormat;
      summary: TImportSummary;
      failure: unknown;
      isStopped: boolean;
    };

const FIELD_KEYS: Record<ReviewField, string> = {
  source: 'source',
  externalId: 'externalId',
  rating: 'rating',
  ratingScale: 'ratingScale',
  author: 'author',
  title: 'reviewTitle',
  text: 'text',
  url: 'url',
  language: 'language',
  touchpointId: 'touchpointId',
  postedAt: 'postedAt',
};

function ImportFlow({
  onClose,
  onBusyChange,
}: {
  onClose: () => void;
  onBusyChange: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const refresh = useRefreshReviews();
  const fileRef = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [step, setStep] = useState<TStep>({ kind: 'choose' });
  const [defaultSource, setDefaultSource] = useState('');
  const [readError, setReadError] = useState<string | null>(null);
  const [isReading, setIsReading] = useState(false);
  const [sourceError, setSourceError] = useState<string | undefined>();

  const choose = async (file: File) => {
    setReadError(null);
    setIsReading(true);
    try {
      const parsed = await readReviewFile(file.name, await readFileText(file));
      if (parsed.rows.length === 0) setReadError(t('reviewImport.errors.noRows'));
      else setStep({ kind: 'preview', fileName: file.name, file: parsed });
    } catch (error) {
      const reason = error instanceof ReviewFileError ? error.reason : 'csv';
      setReadError(
        t(`reviewImport.errors.${reason}`, {
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      setIsReading(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const start = async (fileName: string, file: TReviewFile) => {
    const columns = detectColumns(file.columns);
    const hasSourceColumn = columns.some((column) => column.field === 'source');
    if (!hasSourceColumn && !defaultSource.trim()) {
      setSourceError(t('reviewImport.errors.sourceNeeded'));
      return;
    }
    const rows = mapRows(file.rows, defaultSource);
    const controller = new AbortController();
    abort.current = controller;
    onBusyChange(true);
    setStep({ kind: 'importing', fileName, done: 0, total: rows.length });
    let summary: TImportSummary;
    let failure: unknown = null;
    let isStopped = false;
    try {
      summary = await importReviews(
        rows,
        sendReviews,
        (done, total) => setStep({ kind: 'importing', fileName, done, total }),
        controller.signal,
      );
    } catch (error) {
      if (error instanceof ImportStopped) {
        summary = error.summary;
        isStopped = true;
      } else if (error instanceof ImportFailed) {
        summary = error.summary;
        failure = error.cause;
      } else {
        summary = { created: 0, duplicates: 0, rejected: [] };
        failure = error;
      }
    }
    onBusyChange(false);
    abort.current = null;
    setStep({ kind: 'finished', fileName, format: file.format, summary, failure, isStopped });
    if (summary.created > 0) void refresh();
  };

  if (step.kind === 'importing') {
    const percent = step.total ? Math.round((step.done / step.total) * 100) : 0;
    return (
      <div className="stack" data-testid="import-progress">
        <p className="muted">{t('reviewImport.importing', { name: step.fileName })}</p>
        <progress
          className="progress"
          value={step.done}
          max={step.total || 1}
          aria-label={t('reviewImport.progressLabel')}
        />
        <p aria-live="polite">
          {t('reviewImport.progress', { done: step.done, total: step.total, percent })}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={() => abort.current?.abort()}>
            {t('reviewImport.stop')}
          </button>
        </div>
      </div>
    );
  }

  if (step.kind === 'finished') {
    return <ImportSummary step={step} onAnother={() => setStep({ kind: 'choose' })} onClose={onClose} />;
  }

  return (
    <div className="stack">
      <p className="muted">{t('reviewImport.lead')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${ids}-file`}>{t('reviewImport.file')}</label>
          <input
            id={`${ids}-file`}
            ref={fileRef}
            type="file"
            accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json"
            aria-describedby={`${ids}-file-hint`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void choose(file);
            }}
            data-testid="reviews-file-input"
          />
          <p className="field-hint" id={`${ids}-file-hint`}>
            {isReading ? t('common.loading') : t('reviewImport.fileHint')}
          </p>
          {readError && (
            <p className="field-error" role="alert" data-testid="reviews-file-error">
              {readError}
            </p>
          )}
        </div>
        <TextField
          label={t('reviewImport.defaultSource')}
          value={defaultSource}
          maxLength={100}
          placeholder={t('reviewImport.defaultSourcePlaceholder')}
          hint={t('reviewImport.defaultSourceHint')}
          onChange={(event) => {
            setDefaultSource(event.target.value);
            setSourceError(undefined);
          }}
          error={sourceError}
          data-testid="reviews-default-source"
        />
      </div>
      {step.kind === 'preview' && (
        <ImportPreview fileName={step.fileName} file={step.file} defaultSource={defaultSource} />
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={step.kind !== 'preview'}
          onClick={() => {
            if (step.kind === 'preview') void start(step.fileName, step.file);
          }}
          data-testid="start-import"
        >
          {step.kind === 'preview'
            ? t('reviewImport.start', { count: step.file.rows.length })
            : t('reviewImport.startEmpty')}
        </button>
      </div>
    </div>
  );
}

function ImportPreview({
  fileName,
  file,
  defaultSource,
}: {
  fileName: string;
  file: TReviewFile;
  defaultSource: string;
}) {
  const { t } = useTranslation();
  const columns = useMemo(() => detectColumns(file.columns), [file.columns]);
  const preview = useMemo(
    () => mapRows(file.rows.slice(0, PREVIEW_ROWS), defaultSource),
    [file.rows, defaultSource],
  );
  const fields = new Set(columns.map((column) => column.field));
  const missing = (['text', 'postedAt'] as const).filter((field) => !fields.has(field));

  return (
    <section className="stack" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h3 id="import-preview-title" className="subsection-title">
        {t('reviewImport.preview.title', {
          name: fileName,
          count: file.rows.length,
          format: t(`reviewImport.formats.${file.format}`),
        })}
      </h3>
      <div>
        <p className="field-label">{t('reviewImport.preview.columns')}</p>
        <ul className="chip-list column-chips" data-testid="detected-columns">
          {columns.map(({ column, field }) => (
            <li
              key={column}
              className={`chip${field ? '' : ' chip-muted'}`}
              data-column={column}
              data-field={field ?? ''}
            >
              <span className="mono">{column}</span> →{' '}
              {field ? t(`reviewImport.fields.${FIELD_KEYS[field]}`) : t('reviewImport.preview.ignored')}
            </li>
          ))}
        </ul>
      </div>
      {missing.length > 0 && (
        <p className="alert alert-warning" role="status">
          {t('reviewImport.preview.missing', {
            fields: missing.map((field) => t(`reviewImport.fields.${FIELD_KEYS[field]}`)).join(', '),
          })}
        </p>
      )}
      <div className="table-wrap">
        <table className="table table-top table-stack" data-testid="import-preview-table">
          <caption className="visually-hidden">
            {t('reviewImport.preview.rows', { count: preview.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('reviewImport.preview.position')}</th>
              <th scope="col">{t('reviewImport.fields.source')}</th>
              <th scope="col">{t('reviewImport.fields.rating')}</th>
              <th scope="col">{t('reviewImport.fields.author')}</th>
              <th scope="col">{t('reviewImport.fields.postedAt')}</th>
              <th scope="col">{t('reviewImport.fields.text')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.map((row) => {
              const review = row.review;
              const rating = typeof review.rating === 'number' ? review.rating : null;
              const scale = typeof review.ratingScale === 'number' ? review.ratingScale : 5;
              const text = String(review.text ?? '');
              return (
                <tr key={row.position}>
                  <td data-label={t('reviewImport.preview.position')}>{row.position}</td>
                  <td data-label={t('reviewImport.fields.source')}>{String(review.source ?? '—')}</td>
                  <td data-label={t('reviewImport.fields.rating')}>
                    {rating !== null && Number.isFinite(rating) ? (
                      <Stars rating={rating} scale={scale} />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td data-label={t('reviewImport.fields.author')}>{String(review.author ?? '—')}</td>
                  <td data-label={t('reviewImport.fields.postedAt')} className="nowrap">
                    {typeof review.postedAt === 'string' && !Number.isNaN(Date.parse(review.postedAt))
                      ? formatDateTime(review.postedAt)
                      : String(review.postedAt ?? '—')}
                  </td>
                  <td data-label={t('reviewImport.fields.text')}>
                    {row.error ?? (text.length > 140 ? `${text.slice(0, 137)}…` : text || '—')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ImportSummary({
  step,
  onAnother,
  onClose,
}: {
  step: Extract<TStep, { kind: 'finished' }>;
  onAnother: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { summary } = step;
  // Rows of a JSON array are items; CSV and JSON-lines rows are lines of the file.
  const positionLabel = step.format === 'json' ? 'item' : 'line';
  return (
    <div className="stack" data-testid="import-summary">
      {step.failure ? <FormError error={step.failure} testId="import-error" /> : null}
      {step.isStopped && (
        <p className="alert alert-warning" role="status">
          {t('reviewImport.summary.stopped')}
        </p>
      )}
      <dl className="stat-row" aria-label={t('reviewImport.summary.title')}>
        <div className="stat" data-testid="import-created">
          <dt>{t('reviewImport.summary.created')}</dt>
          <dd>{summary.created}</dd>
        </div>
        <div className="stat" data-testid="import-duplicates">
          <dt>{t('reviewImport.summary.duplicates')}</dt>
          <dd>{summary.duplicates}</dd>
        </div>
        <div className="stat" data-testid="import-rejected">
          <dt>{t('reviewImport.summary.rejected')}</dt>
          <dd>{summary.rejected.length}</dd>
        </div>
      </dl>
      {summary.rejected.length > 0 && (
        <section className="stack" aria-labelledby="rejected-title">
          <h3 id="rejected-title" className="subsection-title">
            {t('reviewImport.summary.rejectedTitle')}
          </h3>
          <div className="table-wrap rejected-wrap">
            <table className="table table-top" data-testid="rejected-table">
              <thead>
                <tr>
                  <th scope="col">{t(`reviewImport.summary.${positionLabel}`)}</th>
                  <th scope="col">{t('reviewImport.summary.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.rejected.slice(0, SHOWN_REJECTED).map((row) => (
                  <tr key={row.position} data-testid="rejected-row" data-position={row.position}>
                    <td className="nowrap">{row.position}</td>
                    <td>
                      <ul className="plain-list">
                        {row.reasons.map((reason) => (
                          <li key={reason} className="mono small">
                            {reason}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {summary.rejected.length > SHOWN_REJECTED && (
            <p className="muted">
              {t('reviewImport.summary.moreRejected', { count: summary.rejected.length - SHOWN_REJECTED })}
            </p>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onAnother}>
          {t('reviewImport.summary.another')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose} data-testid="import-done">
          {t('common.done')}
        </button>
      </div>
    </div>
  );
}
