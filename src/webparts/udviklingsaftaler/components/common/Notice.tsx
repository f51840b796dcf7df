// Fluent's MessageBar as it looks (Fluent's own exported style function, its markup and class
// names), without Fluent's MessageBar code: it imports IconButton for its dismiss and expand
// buttons, and with it Fluent's whole button (ContextualMenu, Callout, FocusZone…). The error and
// damage messages are part of the department view's first commit (and must show when a read
// failed because the network is gone, when no further chunk can be loaded), so they are drawn
// here (issue 21, docs/decisions/0016-first-paint-without-fluent-buttons.md). Other views' message
// bars with a dismiss button are Fluent's.
import * as React from 'react';
import { classNamesFunction, FontIcon, getId, MessageBarType, useTheme, type IMessageBarStyleProps, type IMessageBarStyles } from '@fluentui/react';
import { getStyles } from '@fluentui/react/lib/components/MessageBar/MessageBar.styles';
import { LightButton } from './LightButton';

export type NoticeKind = 'error' | 'warning';

const TYPE: Record<NoticeKind, MessageBarType> = { error: MessageBarType.error, warning: MessageBarType.warning };
// MessageBar's icons for these types (MessageBar.base.tsx's ICON_MAP).
const ICON: Record<NoticeKind, string> = { error: 'ErrorBadge', warning: 'Warning' };

const classNames = classNamesFunction<IMessageBarStyleProps, IMessageBarStyles>();

export interface INoticeProps {
  kind: NoticeKind;
  /** The text's role: an error is an alert (MessageBar's default for errors), a warning a status. */
  role?: 'alert' | 'status';
  /** One action, as MessageBar's `actions`: a retry. */
  action?: { label: string; onClick(): void };
  'data-testid'?: string;
  children: React.ReactNode;
}

/** A multiline message bar: the text with its icon, and an action below it. */
export const Notice: React.FC<INoticeProps> = ({ kind, role, action, children, ...rest }) => {
  const theme = useTheme();
  const [id] = React.useState(() => getId('notice'));
  const names = classNames(getStyles, { theme, messageBarType: TYPE[kind], isMultiline: true, actions: action !== undefined });
  const live = kind === 'error' ? 'assertive' : 'polite';
  return (
    <div className={names.root} data-testid={rest['data-testid']} {...(action ? { role: 'region', 'aria-describedby': id } : {})}>
      <div className={names.content}>
        <div className={names.iconContainer} aria-hidden="true">
          <FontIcon iconName={ICON[kind]} className={names.icon} />
        </div>
        <div className={names.text} id={id} role={role ?? (kind === 'error' ? 'alert' : 'status')} aria-live={live}>
          <span className={names.innerText}>
            <span>{children}</span>
          </span>
        </div>
      </div>
      {action && (
        <div className={names.actions}>
          <LightButton kind="messageBar" onClick={action.onClick}>
            {action.label}
          </LightButton>
        </div>
      )}
    </div>
  );
};
