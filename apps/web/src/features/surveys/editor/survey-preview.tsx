import { offeredLanguages } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startRun, type TRunState } from '../../survey-runtime/runner';
import { SurveyRun } from '../../survey-runtime/survey-run';
import { languageName } from '../survey-draft';

/**
 * The survey as respondents will get it, beside the editor: the hosted page's own component and the shared
 * logic, in each language of the survey. Nothing is recorded.
 */
export function SurveyPreview({ def }: { def: TSurveyDefinition }) {
  const { t } = useTranslation();
  const languages = offeredLanguages(def);
  const [chosen, setChosen] = useState(def.defaultLanguage ?? 'en');
  const language = languages.includes(chosen) ? chosen : (languages[0] ?? 'en');
  const [state, setState] = useState<TRunState>(() => startRun(def));
  const [hidden, setHidden] = useState<Record<string, string>>({});
  // An edit may remove the question on screen: start over rather than show nothing.
  const isValid = state.isDone || def.questions.some((question) => question.id === state.current);
  const shown = isValid ? state : startRun(def);

  return (
    <aside className="card survey-preview" aria-labelledby="preview-title" data-testid="survey-preview">
      <div className="preview-head">
        <h2 id="preview-title" className="section-title">
          {t('surveyEditor.preview.title')}
        </h2>
        <div className="button-row">
          <fieldset className="language-switch" data-testid="preview-language">
            <legend className="visually-hidden">{t('surveyEditor.preview.language')}</legend>
            {languages.map((code) => (
              <button
                key={code}
                type="button"
                lang={code}
                aria-pressed={language === code}
                title={languageName(code)}
                onClick={() => setChosen(code)}
              >
                {code.toUpperCase()}
                <span className="visually-hidden"> ({languageName(code)})</span>
              </button>
            ))}
          </fieldset>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setState(startRun(def))}
          >
            {t('surveyEditor.preview.restart')}
          </button>
        </div>
      </div>
      <div className="tp-survey preview-frame">
        <SurveyRun
          def={def}
          language={language}
          hidden={hidden}
          state={shown}
          onChange={setState}
          onNext={setState}
          onFinish={setState}
          idPrefix="preview"
        />
      </div>
      {(def.hiddenFields ?? []).length > 0 && (
        <details className="editor-details">
          <summary>{t('surveyEditor.preview.hidden')}</summary>
          <div className="stack">
            {(def.hiddenFields ?? []).map((id) => (
              <div className="field" key={id}>
                <label htmlFor={`preview-hidden-${id}`}>{id}</label>
                <input
                  id={`preview-hidden-${id}`}
                  value={hidden[id] ?? ''}
                  onChange={(event) => setHidden((current) => ({ ...current, [id]: event.target.value }))}
                />
              </div>
            ))}
          </div>
        </details>
      )}
      <p className="muted small">{t('surveyEditor.preview.note')}</p>
    </aside>
  );
}
