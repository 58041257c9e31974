import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/fields';
import { useSegments } from './segments.api';

// The one segment picker used wherever a "who" is chosen: alert-rule and automation conditions (the
// `segments` field), widget survey targeting and the responses filter/export. It lists the workspace's
// segments by name (the first page: pickers are for choosing, the Segments page is for browsing); a
// segment chosen earlier that is no longer listed still shows as its id, so nothing is lost silently.

/** The segment options of a `<select>`, with the current value kept even when it is not listed. */
export function SegmentOptions({ value }: { value: string }) {
  const segments = useSegments('');
  const listed = segments.items.some((segment) => segment.id === value);
  return (
    <>
      {value && !listed && !segments.isPending && <option value={value}>{value}</option>}
      {segments.items.map((segment) => (
        <option key={segment.id} value={segment.id}>
          {segment.name}
        </option>
      ))}
    </>
  );
}

/** A labelled segment `<select>`; `emptyLabel` is the "no segment" choice (e.g. "All contacts"). */
export function SegmentSelect({
  id,
  label,
  value,
  onChange,
  emptyLabel,
  testId,
}: {
  id?: string;
  label: string;
  value: string;
  onChange: (segmentId: string) => void;
  emptyLabel?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      data-testid={testId ?? 'segment-select'}
    >
      <option value="">{emptyLabel ?? t('segments.picker.choose')}</option>
      <SegmentOptions value={value} />
    </SelectField>
  );
}

/** Several segments as checkboxes (any of them); an empty workspace says where segments are made. */
export function SegmentChecklist({
  legend,
  hint,
  value,
  onChange,
}: {
  legend: string;
  hint?: string;
  value: readonly string[];
  onChange: (segmentIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const segments = useSegments('');
  const known = new Set(segments.items.map((segment) => segment.id));
  const missing = value.filter((id) => !known.has(id));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  return (
    <fieldset className="chip-fieldset" data-testid="segment-checklist">
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {segments.items.length === 0 && !segments.isPending && (
        <p className="field-hint">{t('segments.picker.none')}</p>
      )}
      <div className="chip-list">
        {segments.items.map((segment) => (
          <label key={segment.id} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(segment.id)}
              onChange={(event) => toggle(segment.id, event.target.checked)}
            />
            {segment.name}
          </label>
        ))}
        {!segments.isPending &&
          missing.map((id) => (
            <label key={id} className="checkbox">
              <input type="checkbox" checked onChange={() => toggle(id, false)} />
              {t('segments.picker.unknown', { id })}
            </label>
          ))}
      </div>
    </fieldset>
  );
}
