import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/fields';
import { Icon } from '../../../components/icons';
import { ItemControls } from '../../../components/item-controls';
import { move } from '../../journeys/journey-draft';
import {
  hasText,
  languageName,
  newOption,
  relabelOption,
  type TDraftOption,
  type TDraftQuestion,
} from '../survey-draft';
import { TextByLanguage } from './text-by-language';

interface QuestionEditorProps {
  question: TDraftQuestion;
  index: number;
  count: number;
  languages: string[];
  defaultLanguage: string;
  /** Issue names (`questions.<i>.text`…) to mark on this card. */
  issueNames: Set<string>;
  onChange: (question: TDraftQuestion) => void;
  onRename: (id: string) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
  focusLater: (...ids: string[]) => void;
}

export function QuestionEditor({
  question,
  index,
  count,
  languages,
  defaultLanguage,
  issueNames,
  onChange,
  onRename,
  onMove,
  onRemove,
  focusLater,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const headingId = `${question.key}-card`;
  const at = `questions.${index}`;
  const [isDescriptionShown, setIsDescriptionShown] = useState(hasText(question.description));
  const typeName = t(`questionTypes.${question.type}`);
  const name = t('surveyEditor.question.named', { number: index + 1, type: typeName });
  const set = (change: Partial<TDraftQuestion>) => onChange({ ...question, ...change });
  const text = (label: string, field: 'lowLabel' | 'highLabel' | 'description', multiline = false) => (
    <TextByLanguage
      label={label}
      value={question[field]}
      languages={languages}
      defaultLanguage={defaultLanguage}
      idBase={`${question.key}-${field}`}
      onChange={(value) => set({ [field]: value })}
      multiline={multiline}
      isOptional
      isMissing={issueNames.has(`${at}.${field}`)}
    />
  );

  return (
    <article
      className="card editor-card"
      aria-labelledby={headingId}
      data-testid="question-card"
      data-question-id={question.id}
      data-type={question.type}
    >
      <header className="editor-card-header">
        <h3 id={headingId} className="editor-card-title" tabIndex={-1}>
          <span className="question-number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="visually-hidden">
            {t('surveyEditor.question.number', { number: index + 1 })}:{' '}
          </span>
          {typeName}
        </h3>
        <ItemControls
          idPrefix={question.key}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          labels={{
            up: t('surveyEditor.question.moveUp', { name }),
            down: t('surveyEditor.question.moveDown', { name }),
            remove: t('surveyEditor.question.removeNamed', { name }),
            removeText: t('surveyEditor.remove'),
            upTitle: t('journeys.editor.moveUp'),
            downTitle: t('journeys.editor.moveDown'),
          }}
        />
      </header>

      <TextByLanguage
        label={t('surveyEditor.question.text')}
        value={question.text}
        languages={languages}
        defaultLanguage={defaultLanguage}
        idBase={`${question.key}-text`}
        onChange={(value) => set({ text: value })}
        multiline
        isMissing={issueNames.has(`${at}.text`)}
      />
      <p className="field-hint">
        {t('surveyEditor.question.pipingHint', { answer: '{{question_id}}', hidden: '{{hidden.source}}' })}
      </p>
      {isDescriptionShown ? (
        text(t('surveyEditor.question.description'), 'description', true)
      ) : (
        <button
          type="button"
          className="btn-link"
          onClick={() => {
            setIsDescriptionShown(true);
            focusLater(`${question.key}-description-${defaultLanguage}`);
          }}
        >
          + {t('surveyEditor.question.addDescription')}
        </button>
      )}

      <div className="editor-row">
        <TextField
          id={`${question.key}-id`}
          label={t('surveyEditor.question.id')}
          className="field-id"
          value={question.id}
          maxLength={64}
          spellCheck={false}
          onChange={(event) => onRename(event.target.value.trim())}
          error={issueNames.has(`${at}.id`) ? t('surveyEditor.idRule') : undefined}
          hint={t('surveyEditor.question.idHint')}
        />
        <label className="checkbox switch">
          <input
            type="checkbox"
            checked={question.required}
            onChange={(event) => set({ required: event.target.checked })}
          />
          {t('surveyEditor.question.required')}
        </label>
      </div>

      {question.type === 'rating' && (
        <div className="editor-row">
          <SelectField
            label={t('surveyEditor.question.min')}
            value={question.min}
            onChange={(event) => set({ min: Number(event.target.value) })}
          >
            {[0, 1].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('surveyEditor.question.max')}
            value={question.max}
            onChange={(event) => set({ max: Number(event.target.value) })}
          >
            {[2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {(question.type === 'nps' || question.type === 'rating') && (
        <details className="editor-details" open={hasText(question.lowLabel) || hasText(question.highLabel)}>
          <summary>{t('surveyEditor.question.scaleLabels')}</summary>
          {text(t('surveyEditor.question.lowLabel'), 'lowLabel')}
          {text(t('surveyEditor.question.highLabel'), 'highLabel')}
        </details>
      )}
      {(question.type === 'single_choice' || question.type === 'multiple_choice') && (
        <OptionsEditor
          question={question}
          at={at}
          languages={languages}
          defaultLanguage={defaultLanguage}
          issueNames={issueNames}
          onChange={onChange}
          focusLater={focusLater}
        />
      )}
      {question.type === 'multiple_choice' && (
        <div className="editor-row">
          <TextField
            type="number"
            label={t('surveyEditor.question.minSelected')}
            min={0}
            max={question.options.length}
            value={question.minSelected ?? ''}
            placeholder={t('surveyEditor.question.noLimit')}
            onChange={(event) =>
              set({ minSelected: event.target.value === '' ? null : Math.max(0, Number(event.target.value)) })
            }
            error={
              issueNames.has(`${at}.minSelected`) ? t('surveyEditor.question.minSelectedError') : undefined
            }
          />
          <TextField
            type="number"
            label={t('surveyEditor.question.maxSelected')}
            min={1}
            max={question.options.length}
            value={question.maxSelected ?? ''}
            placeholder={t('surveyEditor.question.noLimit')}
            onChange={(event) =>
              set({ maxSelected: event.target.value === '' ? null : Math.max(1, Number(event.target.value)) })
            }
          />
        </div>
      )}
      {question.type === 'open_text' && (
        <div className="editor-row">
          <TextField
            type="number"
            label={t('surveyEditor.question.maxLength')}
            min={1}
            max={10000}
            value={question.maxLength}
            onChange={(event) =>
              set({ maxLength: Math.min(10_000, Math.max(1, Number(event.target.value) || 1)) })
            }
          />
          <label className="checkbox switch">
            <input
              type="checkbox"
              checked={question.multiline}
              onChange={(event) => set({ multiline: event.target.checked })}
            />
            {t('surveyEditor.question.multiline')}
          </label>
        </div>
      )}
    </article>
  );
}

interface OptionsEditorProps {
  question: TDraftQuestion;
  at: string;
  languages: string[];
  defaultLanguage: string;
  issueNames: Set<string>;
  onChange: (question: TDraftQuestion) => void;
  focusLater: (...ids: string[]) => void;
}

/** Choice options: a label per language, and an id that follows the label until the author edits it. */
function OptionsEditor({
  question,
  at,
  languages,
  defaultLanguage,
  issueNames,
  onChange,
  focusLater,
}: OptionsEditorProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const setOptions = (options: TDraftOption[]) => onChange({ ...question, options });
  const ordered = [defaultLanguage, ...languages.filter((language) => language !== defaultLanguage)];
  return (
    <fieldset className="options-editor" aria-labelledby={legendId}>
      <legend id={legendId} className="options-legend">
        {t('surveyEditor.options.title')}
      </legend>
      <p className="field-hint">{t('surveyEditor.options.hint')}</p>
      <ol className="option-list">
        {question.options.map((option, index) => {
          const name =
            option.label[defaultLanguage] || t('surveyEditor.options.number', { number: index + 1 });
          return (
            <li key={option.key} className="option-row" data-testid="option-row">
              <span className="option-number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="option-fields">
                {ordered.map((language) => (
                  <TextField
                    key={language}
                    id={`${option.key}-label-${language}`}
                    lang={language}
                    label={t('surveyEditor.options.label', {
                      number: index + 1,
                      language: languageName(language),
                    })}
                    value={option.label[language] ?? ''}
                    maxLength={2000}
                    placeholder={
                      language === defaultLanguage ? undefined : (option.label[defaultLanguage] ?? '')
                    }
                    onChange={(event) =>
                      onChange(
                        relabelOption(question, option.key, language, event.target.value, defaultLanguage),
                      )
                    }
                    error={
                      language === defaultLanguage && issueNames.has(`${at}.options.${index}.label`)
                        ? t('surveyEditor.needsDefaultText', { language: languageName(defaultLanguage) })
                        : undefined
                    }
                  />
                ))}
                <TextField
                  id={`${option.key}-id`}
                  label={t('surveyEditor.options.id', { number: index + 1 })}
                  className="field-id"
                  value={option.id}
                  maxLength={64}
                  spellCheck={false}
                  onChange={(event) =>
                    setOptions(
                      question.options.map((item) =>
                        item.key === option.key
                          ? { ...item, id: event.target.value.trim(), isAutoId: false }
                          : item,
                      ),
                    )
                  }
                  error={issueNames.has(`${at}.options.${index}.id`) ? t('surveyEditor.idRule') : undefined}
                />
              </div>
              <div className="option-tools">
                <button
                  type="button"
                  id={`${option.key}-up`}
                  className="icon-button"
                  onClick={() => {
                    setOptions(move(question.options, index, -1));
                    focusLater(`${option.key}-up`, `${option.key}-down`);
                  }}
                  disabled={index === 0}
                  aria-label={t('surveyEditor.options.moveUp', { name })}
                >
                  <Icon name="arrow-up" size={16} />
                </button>
                <button
                  type="button"
                  id={`${option.key}-down`}
                  className="icon-button"
                  onClick={() => {
                    setOptions(move(question.options, index, 1));
                    focusLater(`${option.key}-down`, `${option.key}-up`);
                  }}
                  disabled={index === question.options.length - 1}
                  aria-label={t('surveyEditor.options.moveDown', { name })}
                >
                  <Icon name="arrow-down" size={16} />
                </button>
                <button
                  type="button"
                  className="icon-button icon-button-danger"
                  onClick={() => {
                    const neighbour = question.options[index + 1] ?? question.options[index - 1];
                    setOptions(question.options.filter((item) => item.key !== option.key));
                    focusLater(
                      neighbour ? `${neighbour.key}-label-${defaultLanguage}` : `${question.key}-add-option`,
                    );
                  }}
                  aria-label={t('surveyEditor.options.remove', { name })}
                >
                  <Icon name="close" size={16} />
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {issueNames.has(`${at}.options`) && <p className="field-error">{t('surveyEditor.options.tooFew')}</p>}
      <button
        type="button"
        id={`${question.key}-add-option`}
        className="btn btn-secondary btn-small"
        onClick={() => {
          const option = newOption(question.options);
          setOptions([...question.options, option]);
          focusLater(`${option.key}-label-${defaultLanguage}`);
        }}
      >
        <Icon name="plus" size={16} />
        {t('surveyEditor.options.add')}
      </button>
    </fieldset>
  );
}
