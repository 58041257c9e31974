import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields';
import { Icon } from '../../../components/icons';
import { FIELD_ID_PATTERN, newEnding, removeEnding, renameEnding, type TSurveyDraft } from '../survey-draft';
import { TextByLanguage } from './text-by-language';

interface DraftSectionProps {
  draft: TSurveyDraft;
  issueNames: Set<string>;
  onChange: (draft: TSurveyDraft) => void;
  focusLater: (...ids: string[]) => void;
}

/** Thank-you screens; a rule can end at any of them, and the first is the default. */
export function EndingsEditor({ draft, issueNames, onChange, focusLater }: DraftSectionProps) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      {draft.endings.length === 0 && <p className="muted">{t('surveyEditor.endings.empty')}</p>}
      {draft.endings.map((ending, index) => {
        const at = `endings.${index}`;
        const name = t('surveyEditor.endings.number', { number: index + 1 });
        const set = (change: Partial<typeof ending>) =>
          onChange({
            ...draft,
            endings: draft.endings.map((e) => (e.key === ending.key ? { ...e, ...change } : e)),
          });
        return (
          <article
            key={ending.key}
            className="card editor-card"
            aria-labelledby={`${ending.key}-card`}
            data-testid="ending-card"
          >
            <header className="editor-card-header">
              <h3 id={`${ending.key}-card`} className="editor-card-title" tabIndex={-1}>
                {name}
                {index === 0 && (
                  <span className="badge badge-neutral">{t('surveyEditor.endings.default')}</span>
                )}
              </h3>
              <button
                type="button"
                className="btn btn-ghost-danger btn-small"
                onClick={() => {
                  const neighbour = draft.endings[index + 1] ?? draft.endings[index - 1];
                  onChange(removeEnding(draft, ending.key));
                  focusLater(neighbour ? `${neighbour.key}-card` : 'add-ending');
                }}
                aria-label={t('surveyEditor.endings.removeNamed', { name })}
              >
                <Icon name="trash" size={16} />
                {t('surveyEditor.remove')}
              </button>
            </header>
            <TextByLanguage
              label={t('surveyEditor.endings.titleField')}
              value={ending.title}
              languages={draft.languages}
              defaultLanguage={draft.defaultLanguage}
              idBase={`${ending.key}-title`}
              onChange={(title) => set({ title })}
              isMissing={issueNames.has(`${at}.title`)}
            />
            <TextByLanguage
              label={t('surveyEditor.endings.message')}
              value={ending.message}
              languages={draft.languages}
              defaultLanguage={draft.defaultLanguage}
              idBase={`${ending.key}-message`}
              onChange={(message) => set({ message })}
              multiline
              isOptional
              isMissing={issueNames.has(`${at}.message`)}
            />
            <TextField
              label={t('surveyEditor.endings.id')}
              className="field-id"
              value={ending.id}
              maxLength={64}
              spellCheck={false}
              onChange={(event) => onChange(renameEnding(draft, ending.key, event.target.value.trim()))}
              error={issueNames.has(`${at}.id`) ? t('surveyEditor.idRule') : undefined}
            />
          </article>
        );
      })}
      <div>
        <button
          type="button"
          id="add-ending"
          className="btn btn-secondary btn-small"
          onClick={() => {
            const ending = newEnding(draft.endings);
            onChange({ ...draft, endings: [...draft.endings, ending] });
            focusLater(`${ending.key}-title-${draft.defaultLanguage}`);
          }}
        >
          <Icon name="plus" size={16} />
          {t('surveyEditor.endings.add')}
        </button>
      </div>
    </div>
  );
}

/** Values the link carries (`?source=email`), stored with the response and usable in logic and piping. */
export function HiddenFieldsEditor({ draft, issueNames, onChange, focusLater }: DraftSectionProps) {
  const { t } = useTranslation();
  const example = draft.hiddenFields.find((id) => FIELD_ID_PATTERN.test(id)) ?? 'source';
  return (
    <div className="stack">
      <p className="muted">{t('surveyEditor.hidden.lead', { example: `?${example}=email` })}</p>
      {draft.hiddenFields.length > 0 && (
        <ul className="hidden-list">
          {draft.hiddenFields.map((id, index) => (
            // Ids are edited in place: the position is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="hidden-row">
              <TextField
                id={`hidden-${index}`}
                label={t('surveyEditor.hidden.field', { number: index + 1 })}
                value={id}
                maxLength={64}
                spellCheck={false}
                className="field-id"
                onChange={(event) =>
                  onChange({
                    ...draft,
                    hiddenFields: draft.hiddenFields.map((old, i) =>
                      i === index ? event.target.value.trim() : old,
                    ),
                  })
                }
                error={
                  issueNames.has(`hiddenFields.${index}`)
                    ? FIELD_ID_PATTERN.test(id)
                      ? t('surveyEditor.hidden.duplicate')
                      : t('surveyEditor.idRule')
                    : undefined
                }
              />
              <button
                type="button"
                className="icon-button icon-button-danger"
                onClick={() => {
                  onChange({ ...draft, hiddenFields: draft.hiddenFields.filter((_, i) => i !== index) });
                  focusLater(draft.hiddenFields.length > 1 ? 'hidden-0' : 'add-hidden');
                }}
                aria-label={t('surveyEditor.hidden.remove', { name: id || index + 1 })}
              >
                <Icon name="close" size={16} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <button
          type="button"
          id="add-hidden"
          className="btn btn-secondary btn-small"
          onClick={() => {
            const taken = new Set(draft.hiddenFields);
            const id =
              ['source', 'order_id', 'store', 'campaign'].find((candidate) => !taken.has(candidate)) ?? '';
            onChange({ ...draft, hiddenFields: [...draft.hiddenFields, id] });
            focusLater(`hidden-${draft.hiddenFields.length}`);
          }}
        >
          <Icon name="plus" size={16} />
          {t('surveyEditor.hidden.add')}
        </button>
      </div>
    </div>
  );
}
