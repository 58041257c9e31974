import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { usePopover } from '../../components/use-popover';
import { useCreateWorkspace, useSignedInMe, useSwitchWorkspace } from '../../features/auth/auth.api';
import { fieldErrorsOf } from '../../lib/api';

/** Lists the caller's workspaces, switches between them and creates new ones. */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const popover = usePopover();
  const switchWorkspace = useSwitchWorkspace();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const canSwitch = me.via === 'session';

  return (
    <div className="popover-container" ref={popover.containerRef}>
      <button
        type="button"
        ref={popover.triggerRef}
        className="workspace-button"
        aria-expanded={popover.isOpen}
        aria-controls="workspace-menu"
        onClick={popover.toggle}
        data-testid="workspace-switcher"
      >
        <span className="workspace-avatar" aria-hidden="true">
          {me.workspace.name.trim().charAt(0).toUpperCase() || 'W'}
        </span>
        <span className="workspace-button-text">
          <span className="workspace-button-label">{t('workspace.label')}</span>
          <span className="workspace-button-name" data-testid="current-workspace">
            {me.workspace.name}
          </span>
        </span>
        <Icon name="chevron-down" size={16} />
      </button>
      {popover.isOpen && (
        <div className="popover popover-left" id="workspace-menu" data-testid="workspace-menu">
          <p className="popover-heading">{t('workspace.yourWorkspaces')}</p>
          <ul className="popover-list">
            {me.workspaces.map((workspace) => {
              const isCurrent = workspace.id === me.workspace.id;
              return (
                <li key={workspace.id}>
                  <button
                    type="button"
                    className="popover-item"
                    aria-current={isCurrent ? 'true' : undefined}
                    disabled={!canSwitch || switchWorkspace.isPending}
                    data-testid="workspace-option"
                    onClick={() => {
                      if (isCurrent) {
                        popover.close();
                        return;
                      }
                      switchWorkspace.mutate(workspace.id, {
                        onSuccess: () => {
                          popover.close();
                          void navigate('/');
                        },
                      });
                    }}
                  >
                    <span className="popover-item-main">
                      <span>{workspace.name}</span>
                      <span className="popover-item-meta">{t(`roles.${workspace.role}`)}</span>
                    </span>
                    {isCurrent && <Icon name="check" size={16} />}
                  </button>
                </li>
              );
            })}
          </ul>
          {switchWorkspace.error && <FormError error={switchWorkspace.error} />}
          {canSwitch && (
            <div className="popover-footer">
              <button
                type="button"
                className="popover-item"
                data-testid="create-workspace"
                onClick={() => {
                  popover.close();
                  setIsCreateOpen(true);
                }}
              >
                <Icon name="plus" size={16} />
                <span>{t('workspace.create')}</span>
              </button>
            </div>
          )}
        </div>
      )}
      <CreateWorkspaceDialog
        open={isCreateOpen}
        onClose={() => setIsCreateOpen(false)}
        onCreated={() => {
          setIsCreateOpen(false);
          void navigate('/');
        }}
      />
    </div>
  );
}

function CreateWorkspaceDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const createWorkspace = useCreateWorkspace();
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const fieldErrors = fieldErrorsOf(createWorkspace.error);

  const close = () => {
    setName('');
    setLocalError(undefined);
    createWorkspace.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    createWorkspace.mutate(name.trim(), {
      onSuccess: () => {
        setName('');
        onCreated();
      },
    });
  };

  return (
    <Dialog open={open} title={t('workspace.createTitle')} onClose={close} testId="create-workspace-dialog">
      <form onSubmit={submit} noValidate>
        <p className="dialog-body">{t('workspace.createBody')}</p>
        <TextField
          label={t('workspace.name')}
          name="workspaceName"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={localError ?? fieldErrors.name}
          maxLength={120}
          autoComplete="organization"
          required
        />
        <FormError error={createWorkspace.error} fields={['name']} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={createWorkspace.isPending}>
            {createWorkspace.isPending ? t('common.working') : t('workspace.createSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
