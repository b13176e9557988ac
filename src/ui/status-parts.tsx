import type { ReactNode } from 'react';
import { MessageBar, MessageBarActions, MessageBarBody, Spinner, type MessageBarIntent } from '@fluentui/react-components';

// Loaded by lazy-status.tsx, after a page's first screen: Fluent's Spinner and MessageBar (and MessageBar's icons).

export interface StatusBarProps {
  intent: MessageBarIntent;
  /** 'alert' for errors the user must hear now; otherwise MessageBar announces politely. */
  role?: 'alert';
  children: ReactNode;
  actions?: ReactNode;
}

export function StatusBar({ intent, role, children, actions }: StatusBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline" role={role}>
      <MessageBarBody>{children}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}

export function ProgressLine({ label, size }: { label: string; size: 'tiny' | 'small' }) {
  return <Spinner size={size} labelPosition="after" label={label} />;
}
