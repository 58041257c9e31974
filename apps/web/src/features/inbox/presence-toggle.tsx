import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/error-message';
import { useSignedInMe } from '../auth/auth.api';
import { type TPresence, useAgents, useSetPresence } from './inbox.api';

const PRESENCES: readonly TPresence[] = ['online', 'away', 'offline'];

/**
 * The agent's presence: only online agents under their capacity are given new conversations; away
 * agents get handovers by email too.
 */
export function PresenceToggle() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const agents = useAgents();
  const setPresence = useSetPresence();
  const [chosen, setChosen] = useState<TPresence | null>(null);
  const mine = agents.data?.find((agent) => agent.userId === me.user?.id);
  const current: TPresence = chosen ?? mine?.presence ?? 'offline';
  if (!me.user || !me.permissions.includes('conversations.work')) return null;
  return (
    <div className="presence-toggle">
      {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form field set. */}
      <div className="segmented" role="group" aria-label={t('inbox.presence.label')} data-testid="presence">
        {PRESENCES.map((presence) => (
          <button
            key={presence}
            type="button"
            className={`btn btn-small ${current === presence ? 'btn-primary' : 'btn-secondary'}`}
            aria-pressed={current === presence}
            disabled={setPresence.isPending}
            onClick={() =>
              setPresence.mutate(presence, {
                onSuccess: () => setChosen(presence),
              })
            }
            data-testid={`presence-${presence}`}
          >
            <span className={`presence-dot presence-${presence}`} aria-hidden="true" />
            {t(`inbox.presence.${presence}`)}
          </button>
        ))}
      </div>
      <FormError error={setPresence.error} testId="presence-error" />
    </div>
  );
}
