import type { TApiKey } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';

/**
 * Who created a key and whether they still can vouch for it: a key works only while its creator is an
 * active member, so a removed or deactivated creator is said next to the name.
 */
export function ApiKeyCreator({ apiKey }: { apiKey: TApiKey }) {
  const { t } = useTranslation();
  const creator = apiKey.createdBy;
  if (!creator) return <span className="muted">{t('apiKeys.creatorUnknown')}</span>;
  return (
    <span data-testid="api-key-creator" data-status={creator.status}>
      <span title={creator.email}>{creator.name}</span>
      {creator.status !== 'active' && (
        <>
          <br />
          <span className="badge badge-status-revoked">
            {creator.status === 'removed' ? t('apiKeys.creatorRemoved') : t('apiKeys.creatorDeactivated')}
          </span>
        </>
      )}
    </span>
  );
}
