import { Fragment, type ReactNode, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from './dialog';
import { Icon, type IconName } from './icons';

export interface TRowConfirm {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** Defaults to true: the confirm button is red. */
  isDestructive?: boolean;
}

export interface TRowAction {
  /** Stable key of the action. */
  id: string;
  /** The visible text. */
  label: string;
  /**
   * The name screen readers hear when the label alone does not say which row it acts on ("Revoke API key
   * Zapier"). It must contain the visible label word for word (WCAG 2.5.3, label in name): speech users
   * say what they see.
   */
  ariaLabel?: string;
  icon?: IconName;
  variant?: 'secondary' | 'danger' | 'primary' | 'link';
  isHidden?: boolean;
  /** A toggle (show/hide a panel for this row): announced as pressed or not. */
  isPressed?: boolean;
  isDisabled?: boolean;
  title?: string;
  testId?: string;
  /** Asks first: the action runs only after the person confirms. */
  confirm?: TRowConfirm;
  /** A link instead of a button (Edit, View). */
  to?: string;
  /** Something other than a button in this place (a menu with its own trigger). */
  element?: ReactNode;
  /**
   * Runs the action. With `confirm`, the dialog stays open (and shows the error) until the returned
   * promise settles.
   */
  onSelect?: () => unknown;
}

const VARIANT_CLASSES: Record<NonNullable<TRowAction['variant']>, string> = {
  secondary: 'btn btn-secondary btn-small',
  danger: 'btn btn-ghost-danger btn-small',
  primary: 'btn btn-primary btn-small',
  link: 'btn-link',
};

/** Whether an accessible name contains the visible label word for word, as WCAG 2.5.3 asks. */
export function isLabelInName(label: string, name: string): boolean {
  const words = (text: string) =>
    text
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const needle = words(label);
  const haystack = words(name);
  return haystack.some((_, start) => needle.every((word, offset) => haystack[start + offset] === word));
}

/** The button's name: its `ariaLabel` when that contains the label, else the label with it appended. */
function accessibleNameOf(action: TRowAction): string | undefined {
  if (!action.ariaLabel) return undefined;
  return isLabelInName(action.label, action.ariaLabel)
    ? action.ariaLabel
    : `${action.label}: ${action.ariaLabel}`;
}

/**
 * The actions of one row as native buttons and links (keyboard-operable by default), each optionally
 * behind a confirm dialog (Escape cancels) that returns focus to its button when it closes.
 */
export function RowActions({ actions, className }: { actions: TRowAction[]; className?: string }) {
  const [asking, setAsking] = useState<TRowAction | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const shown = actions.filter((action) => !action.isHidden);
  if (shown.length === 0) return null;

  const close = () => {
    setAsking(null);
    setError(null);
    // The dialog leaves the page instead of closing, so focus goes back to its button by hand (if the
    // action did not remove it).
    const trigger = triggerRef.current;
    window.requestAnimationFrame(() => {
      if (trigger?.isConnected && !trigger.disabled) trigger.focus();
    });
  };
  const confirm = async () => {
    if (!asking) return;
    setIsPending(true);
    setError(null);
    try {
      await asking.onSelect?.();
      close();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsPending(false);
    }
  };

  return (
    <div className={className ? `row-actions ${className}` : 'row-actions'}>
      {shown.map((action) => {
        const className = VARIANT_CLASSES[action.variant ?? 'secondary'];
        if (action.element) return <Fragment key={action.id}>{action.element}</Fragment>;
        if (action.to) {
          return (
            <Link
              key={action.id}
              to={action.to}
              className={className}
              title={action.title}
              aria-label={accessibleNameOf(action)}
              data-testid={action.testId}
            >
              {action.icon && <Icon name={action.icon} size={16} />}
              {action.label}
            </Link>
          );
        }
        return (
          <button
            key={action.id}
            type="button"
            className={className}
            disabled={action.isDisabled}
            aria-pressed={action.isPressed}
            title={action.title}
            aria-label={accessibleNameOf(action)}
            data-testid={action.testId}
            onClick={(event) => {
              if (action.confirm) {
                triggerRef.current = event.currentTarget;
                setAsking(action);
              } else void action.onSelect?.();
            }}
          >
            {action.icon && <Icon name={action.icon} size={16} />}
            {action.label}
          </button>
        );
      })}
      {asking?.confirm && (
        // Mounted only while asking, so a page has one confirm dialog however many rows it lists.
        <ConfirmDialog
          open
          title={asking.confirm.title}
          body={asking.confirm.body}
          confirmLabel={asking.confirm.confirmLabel}
          isDestructive={asking.confirm.isDestructive ?? true}
          isPending={isPending}
          error={error}
          onCancel={close}
          onConfirm={() => void confirm()}
        />
      )}
    </div>
  );
}
