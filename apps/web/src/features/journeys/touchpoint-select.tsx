import type { SelectHTMLAttributes } from 'react';
import { SelectField } from '../../components/fields';
import type { TTouchpointRow } from './journeys.api';

interface TouchpointSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  label: string;
  touchpoints: TTouchpointRow[];
  value: string | null;
  onChange: (touchpointId: string | null) => void;
  /** The label of the empty choice ("No touchpoint", "All touchpoints"). */
  emptyLabel: string;
}

/** A touchpoint picker grouped by journey, each option named "Stage › Touchpoint". */
export function TouchpointSelect({
  label,
  touchpoints,
  value,
  onChange,
  emptyLabel,
  ...select
}: TouchpointSelectProps) {
  const journeys = new Map<string, TTouchpointRow[]>();
  for (const touchpoint of touchpoints) {
    const group = journeys.get(touchpoint.journeyId) ?? [];
    group.push(touchpoint);
    journeys.set(touchpoint.journeyId, group);
  }
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
      {...select}
    >
      <option value="">{emptyLabel}</option>
      {[...journeys.values()].map((group) => (
        <optgroup key={group[0]?.journeyId} label={group[0]?.journeyName}>
          {group.map((touchpoint) => (
            <option key={touchpoint.id} value={touchpoint.id}>
              {touchpoint.stageName} › {touchpoint.name}
            </option>
          ))}
        </optgroup>
      ))}
      {value && !touchpoints.some((touchpoint) => touchpoint.id === value) && (
        <option value={value}>…</option>
      )}
    </SelectField>
  );
}

/** "Journey › Stage › Touchpoint" for a touchpoint id, from the list already loaded. */
export function touchpointLabel(touchpoints: TTouchpointRow[] | undefined, id: string | null): string | null {
  if (!id) return null;
  const touchpoint = touchpoints?.find((item) => item.id === id);
  return touchpoint ? `${touchpoint.journeyName} › ${touchpoint.stageName} › ${touchpoint.name}` : null;
}
