import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormError } from '../../components/error-message';
import { Icon } from '../../components/icons';
import { usePopover } from '../../components/use-popover';
import { useSignedInMe, useSignOut } from '../../features/auth/auth.api';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.charAt(0).toUpperCase()).join('') || '?';
}

/** The account: who is signed in, their role here, and sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const popover = usePopover();
  const signOut = useSignOut();
  const displayName = me.user?.name ?? t('user.apiKey');

  return (
    <div className="popover-container" ref={popover.containerRef}>
      <button
        type="button"
        ref={popover.triggerRef}
        className="user-button"
        aria-expanded={popover.isOpen}
        aria-controls="user-menu"
        aria-label={t('user.menuLabel', { name: displayName })}
        onClick={popover.toggle}
        data-testid="user-menu-button"
      >
        <span className="avatar" aria-hidden="true" data-initials={initialsOf(displayName)} />
        <span className="user-button-name">{displayName}</span>
        <Icon name="chevron-down" size={16} />
      </button>
      {popover.isOpen && (
        <div className="popover popover-right" id="user-menu" data-testid="user-menu">
          <div className="popover-profile">
            <p className="popover-profile-name">{displayName}</p>
            {me.user && <p className="popover-profile-email">{me.user.email}</p>}
            <p className="popover-item-meta">
              {t('user.roleIn', { role: t(`roles.${me.role}`), workspace: me.workspace.name })}
            </p>
          </div>
          {signOut.error && <FormError error={signOut.error} />}
          {me.via === 'session' && (
            <div className="popover-footer">
              <button
                type="button"
                className="popover-item"
                data-testid="sign-out"
                disabled={signOut.isPending}
                onClick={() =>
                  signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in', { replace: true }) })
                }
              >
                {signOut.isPending ? t('common.working') : t('user.signOut')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
