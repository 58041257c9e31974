import type { TText } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { languageName } from '../survey-draft';

interface TextByLanguageProps {
  /** The field's name, e.g. "Question text"; each input is labelled "<label> (<language>)". */
  label: string;
  value: TText;
  languages: string[];
  defaultLanguage: string;
  onChange: (text: TText) => void;
  /** Element ids are `<idBase>-<language>`, so an issue can focus the right box. */
  idBase: string;
  multiline?: boolean;
  maxLength?: number;
  isOptional?: boolean;
  /** Marks the default-language box invalid (its text is missing). */
  isMissing?: boolean;
}

/**
 * One text in every language of the survey, side by side (stacked on phones), the default language first.
 * Other languages show the default text as a placeholder: what to translate.
 */
export function TextByLanguage({
  label,
  value,
  languages,
  defaultLanguage,
  onChange,
  idBase,
  multiline = false,
  maxLength = 2000,
  isOptional = false,
  isMissing = false,
}: TextByLanguageProps) {
  const { t } = useTranslation();
  const ordered = [defaultLanguage, ...languages.filter((language) => language !== defaultLanguage)];
  return (
    <div className={`lang-fields lang-fields-${Math.min(ordered.length, 3)}`}>
      {ordered.map((language) => {
        const id = `${idBase}-${language}`;
        const isDefault = language === defaultLanguage;
        const invalid = isDefault && isMissing;
        const props = {
          id,
          lang: language,
          value: value[language] ?? '',
          maxLength,
          'aria-invalid': invalid ? true : undefined,
          'aria-describedby': invalid ? `${id}-error` : undefined,
          placeholder: isDefault ? undefined : (value[defaultLanguage] ?? ''),
          onChange: (event: { target: { value: string } }) =>
            onChange({ ...value, [language]: event.target.value }),
        };
        return (
          <div className="field" key={language}>
            <label htmlFor={id}>
              {label} ({languageName(language)})
              {isOptional && <span className="field-optional"> · {t('surveyEditor.optional')}</span>}
            </label>
            {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
            {invalid && (
              <p className="field-error" id={`${id}-error`}>
                {t('surveyEditor.needsDefaultText', { language: languageName(defaultLanguage) })}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
