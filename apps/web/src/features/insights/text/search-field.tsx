import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields';
import { useDebouncedValue } from './use-debounced-value';

/** Free-text search, sent once typing pauses (or at once on Enter). */
export function SearchField({
  value,
  onChange,
  label,
  id,
}: {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const settled = useDebouncedValue(draft, 350);
  // The URL may change under the field (Clear filters, back button): follow it, but keep a draft that
  // only differs by the spaces being typed between two words.
  useEffect(() => setDraft((current) => (current.trim() === value ? current : value)), [value]);
  // Only a settled draft triggers a search; `value` and `onChange` change with every navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  useEffect(() => {
    if (settled.trim() !== value) onChange(settled.trim());
  }, [settled]);
  return (
    <TextField
      id={id}
      type="search"
      label={label ?? t('insights.text.filters.search')}
      value={draft}
      placeholder={t('insights.text.filters.searchPlaceholder')}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onChange(draft.trim());
        }
      }}
    />
  );
}
