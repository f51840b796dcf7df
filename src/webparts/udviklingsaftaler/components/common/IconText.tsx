import * as React from 'react';
import { FontIcon } from '@fluentui/react';
import { Text } from './layout';

export interface IIconTextProps {
  icon: string;
  text: string;
  title?: string;
  'data-testid'?: string;
  'data-status'?: string;
}

/** An icon before a status's words, on one line: the verification badge, and the stage line's
 * check while the approval log is read, so that line keeps its height when the badge replaces it. */
export const IconText: React.FC<IIconTextProps> = ({ icon, text, ...attributes }) => (
  <span {...attributes} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
    <FontIcon iconName={icon} aria-hidden />
    <Text>{text}</Text>
  </span>
);
