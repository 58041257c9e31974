import { useTranslation } from 'react-i18next';
import type { TConversationStatus } from './inbox-model';

export function StatusBadge({ status }: { status: TConversationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge conversation-status conversation-status-${status}`} data-status={status}>
      {t(`inbox.status.${status}`)}
    </span>
  );
}
