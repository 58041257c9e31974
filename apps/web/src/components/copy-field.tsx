import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
  testId?: string;
}

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied: fall through to the selection-based copy.
  }
  if (!input) return false;
  input.focus();
  input.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** Copies text to the clipboard, through a temporary off-screen field when the Clipboard API is missing. */
export async function copyToClipboard(text: string): Promise<boolean> {
  const active = document.activeElement as HTMLElement | null;
  const input = document.createElement('input');
  input.value = text;
  input.setAttribute('readonly', '');
  input.style.position = 'fixed';
  input.style.left = '-9999px';
  document.body.append(input);
  try {
    return await copyText(text, input);
  } finally {
    input.remove();
    active?.focus();
  }
}

/** A button that copies a value and says so (politely, for screen readers too). */
export function CopyButton({
  value,
  label,
  className = 'btn btn-secondary btn-small',
  testId,
}: {
  value: string;
  label: string;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);
  return (
    <button
      type="button"
      className={className}
      data-testid={testId}
      onClick={() => void copyToClipboard(value).then((ok) => setStatus(ok ? 'copied' : 'failed'))}
    >
      <span aria-live="polite">
        {status === 'copied' ? t('common.copied') : status === 'failed' ? t('common.copyFailedShort') : label}
      </span>
    </button>
  );
}

/** A read-only value with a copy button (keys and links shown once). */
export function CopyField({ label, value, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        <input
          id={id}
          ref={inputRef}
          readOnly
          value={value}
          className="mono"
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            void copyText(value, inputRef.current).then((ok) => setStatus(ok ? 'copied' : 'failed'));
          }}
        >
          {status === 'copied' ? t('common.copied') : t('common.copy')}
        </button>
      </div>
      <p className="field-hint" aria-live="polite">
        {status === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </div>
  );
}
