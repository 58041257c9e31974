import type { TAutomationTrigger } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCan } from '../auth/auth.api';

/** Rules and coupon pools: the two parts of Cases → Automations. */
export function AutomationsNav() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('automations.navLabel')}>
      <NavLink to="/cases/automations" end className="tab" data-testid="automations-tab-rules">
        {t('automations.nav.rules')}
      </NavLink>
      <NavLink to="/cases/automations/coupons" className="tab" data-testid="automations-tab-coupons">
        {t('automations.nav.coupons')}
      </NavLink>
    </nav>
  );
}

/** Shown instead of the automation pages to a role that may not manage them. */
export function AutomationsNoAccess() {
  const { t } = useTranslation();
  return (
    <div className="alert alert-info" role="status" data-testid="automations-no-access">
      <p>{t('automations.noAccess')}</p>
    </div>
  );
}

export function useCanManageAutomations(): boolean {
  return useCan('automations.manage');
}

/** One line for a trigger, in the UI language ("NPS detractor", "24 h after a case was created"). */
export function useTriggerSummary(): (trigger: TAutomationTrigger) => string {
  const { t } = useTranslation();
  return (trigger) => {
    switch (trigger.type) {
      case 'response.received':
        return trigger.surveyId
          ? t('automations.summary.responseOfSurvey')
          : t('automations.summary.response');
      case 'score.band':
        return t('automations.summary.scoreBand', {
          metric: t(`automations.metrics.${trigger.metric}`),
          band: t(`automations.bands.${trigger.band}`),
        });
      case 'topic.detected':
        return t('automations.summary.topic');
      case 'event.tracked':
        return t('automations.summary.event', { event: trigger.event });
      case 'case.status_changed':
        return t('automations.summary.caseStatus', {
          from: trigger.from ? t(`automations.caseStatuses.${trigger.from}`) : t('automations.anyStatus'),
          to: trigger.to ? t(`automations.caseStatuses.${trigger.to}`) : t('automations.anyStatus'),
        });
      case 'time.elapsed':
        return t(
          trigger.since === 'case.created'
            ? 'automations.summary.elapsedCreated'
            : 'automations.summary.elapsedStatus',
          {
            hours: trigger.hours,
            status: trigger.status
              ? t(`automations.caseStatuses.${trigger.status}`)
              : t('automations.openStatus'),
          },
        );
      case 'conversation.started':
        return t('automations.summary.conversationStarted');
      case 'conversation.handed_over':
        return t('automations.summary.conversationHandedOver');
      case 'conversation.resolved':
        return t('automations.summary.conversationResolved');
    }
  };
}
