import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { InsightsTabs } from '../insights-tabs';
import './text-insights.css';

/** Header, tabs and the lead of every text view. */
export function TextPageFrame({
  testId,
  actions,
  children,
}: {
  testId: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="page page-wide" data-testid={testId}>
      <PageHeader title={t('nav.insights')} description={t('insights.text.lead')} actions={actions} />
      <InsightsTabs />
      {children}
    </div>
  );
}
