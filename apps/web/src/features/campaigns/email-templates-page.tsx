import type { TEmailTemplate } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { useCreateEmailTemplate, useEmailTemplates } from './campaigns.api';
import { CampaignsTabs } from './campaigns-tabs';

/** `/campaigns/templates`: the email templates campaigns and suggested actions send. */
export function EmailTemplatesPage() {
  const { t } = useTranslation();
  const canManage = useCan('automations.manage');
  const templates = useEmailTemplates();
  const [creating, setCreating] = useState(false);
  const query = { ...templates, items: templates.data?.items ?? [] };
  return (
    <div className="page page-wide" data-testid="email-templates-page">
      <PageHeader
        title={t('campaigns.templates.title')}
        description={t('campaigns.templates.lead')}
        actions={
          canManage && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setCreating(true)}
              data-testid="new-template"
            >
              <Icon name="plus" size={16} />
              {t('campaigns.templates.new')}
            </button>
          )
        }
      />
      <CampaignsTabs />
      <section className="card" aria-labelledby="templates-list-title">
        <h2 id="templates-list-title" className="section-title">
          {t('campaigns.templates.listTitle')}
        </h2>
        <DataTable
          query={query as never}
          items={query.items}
          label={t('campaigns.templates.listTitle')}
          testId="templates-table"
          isStacked
          rowKey={(x: TEmailTemplate) => x.id}
          empty={<EmptyState title={t('campaigns.templates.empty')} />}
          columns={[
            {
              id: 'name',
              header: t('campaigns.templates.columns.name'),
              cell: (x) => <strong>{x.name}</strong>,
            },
            {
              id: 'subject',
              header: t('campaigns.templates.columns.subject'),
              cell: (x) => x.content[x.defaultLanguage]?.subject ?? '—',
            },
            {
              id: 'languages',
              header: t('campaigns.templates.columns.languages'),
              cell: (x) => Object.keys(x.content).join(', '),
            },
            {
              id: 'updated',
              header: t('campaigns.templates.columns.updated'),
              cell: (x) => formatDate(x.updatedAt),
            },
          ]}
        />
      </section>
      {creating && <TemplateDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

function TemplateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateEmailTemplate();
  const [name, setName] = useState('');
  const [defaultLanguage, setDefaultLanguage] = useState('en');
  const [text, setText] = useState({
    en: { subject: '', body: '' },
    vi: { subject: '', body: '' },
  });
  const set = (lang: 'en' | 'vi', field: 'subject' | 'body', value: string) =>
    setText((prev) => ({ ...prev, [lang]: { ...prev[lang], [field]: value } }));
  return (
    <Dialog
      open
      title={t('campaigns.templates.newTitle')}
      onClose={onClose}
      testId="template-dialog"
      className="dialog-wide"
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const content = Object.fromEntries(
            (['en', 'vi'] as const)
              .filter((lang) => text[lang].subject.trim() && text[lang].body.trim())
              .map((lang) => [lang, { subject: text[lang].subject.trim(), body: text[lang].body.trim() }]),
          );
          create.mutate({ name: name.trim(), defaultLanguage, content }, { onSuccess: onClose });
        }}
      >
        <TextField
          label={t('campaigns.templates.fields.name')}
          value={name}
          required
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label={t('campaigns.templates.fields.defaultLanguage')}
          value={defaultLanguage}
          onChange={(e) => setDefaultLanguage(e.target.value)}
        >
          <option value="en">English</option>
          <option value="vi">Tiếng Việt</option>
        </SelectField>
        <p className="muted small">{t('campaigns.templates.hint')}</p>
        {(['en', 'vi'] as const).map((lang) => (
          <fieldset key={lang} className="stack">
            <legend>{lang === 'en' ? 'English' : 'Tiếng Việt'}</legend>
            <TextField
              label={t('campaigns.templates.fields.subject')}
              value={text[lang].subject}
              maxLength={200}
              onChange={(e) => set(lang, 'subject', e.target.value)}
            />
            <div className="field">
              <label htmlFor={`template-body-${lang}`}>{t('campaigns.templates.fields.body')}</label>
              <textarea
                id={`template-body-${lang}`}
                rows={6}
                maxLength={20000}
                value={text[lang].body}
                onChange={(e) => set(lang, 'body', e.target.value)}
              />
            </div>
          </fieldset>
        ))}
        <FormError error={create.error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending || !name.trim()}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
