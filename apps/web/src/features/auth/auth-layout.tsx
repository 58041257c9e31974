import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../components/icons';
import { useDocumentTitle } from '../../components/use-document-title';
import { LanguageSwitch } from './language-switch';

interface AuthLayoutProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the public pages: brand, language, one card. */
export function AuthLayout({ title, subtitle, children, footer }: AuthLayoutProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="auth-page">
      <header className="auth-topbar">
        <span className="auth-brand">
          <Logo />
          <span className="brand-name">Touchpoint</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-main" tabIndex={-1}>
        <div className="auth-card card">
          <h1 className="auth-title">{title}</h1>
          {subtitle && <p className="auth-subtitle">{subtitle}</p>}
          {children}
        </div>
        {footer && <div className="auth-footer">{footer}</div>}
        <p className="auth-tagline">{t('auth.tagline')}</p>
      </main>
    </div>
  );
}
