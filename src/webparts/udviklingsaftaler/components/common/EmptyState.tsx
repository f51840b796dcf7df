import * as React from 'react';
import { Stack, Text } from './layout';

export interface IEmptyStateProps {
  title: string;
  message: string;
  action?: React.ReactNode;
}

/** A designed empty state: a heading that says what is missing and a sentence on what to do. */
export const EmptyState: React.FC<IEmptyStateProps> = ({ title, message, action }) => (
  <Stack tokens={{ childrenGap: 8, padding: 16 }} role="status" data-testid="empty-state">
    <Text block as="h2" variant="large">
      {title}
    </Text>
    <Text block as="p" variant="medium">
      {message}
    </Text>
    {action}
  </Stack>
);
