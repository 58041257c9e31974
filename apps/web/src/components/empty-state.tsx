import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  testId?: string;
}

export function EmptyState({ title, children, action, testId = 'empty-state' }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state-title">{title}</p>
      {children && <div className="empty-state-body">{children}</div>}
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  );
}
