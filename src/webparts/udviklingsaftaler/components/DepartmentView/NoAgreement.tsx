import * as React from 'react';
import { PrimaryButton, Stack } from '@fluentui/react';
import type { UserPermissions } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { EmptyState } from '../common/EmptyState';
import { ErrorMessage } from '../common/ErrorMessage';
import { useServices } from '../services/ServicesContext';
import { format } from '../common/format';

export interface INoAgreementProps {
  permissions: UserPermissions;
  departmentId: number;
  departmentTitle: string;
  year: number;
  /** The department is the user's own (they lead or edit it): "Din afdeling …". */
  own: boolean;
  /** Whether the year has a DUS: an agreement is made against it. */
  hasStrategy: boolean;
  onCreated(): void;
}

/** The year has no agreement: its leader and editors may create it, others are told it will come. */
export const NoAgreement: React.FC<INoAgreementProps> = ({ permissions, departmentId, departmentTitle, year, own, hasStrategy, onCreated }) => {
  const services = useServices();
  const strings = useStrings();
  const [state, setState] = React.useState<{ status: 'idle' | 'creating' } | { status: 'failed'; error: unknown }>({ status: 'idle' });
  const mayCreate = permissions.canCreateGoals && permissions.canEditDepartment(departmentId);
  if (!mayCreate)
    return (
      <EmptyState
        title={strings.Empty.Title}
        message={own ? strings.Empty.NoAgreementEmployee : format(strings.Start.OtherNoAgreement, departmentTitle, year)}
      />
    );
  // Before the secretariat has made the year's DUS there is nothing to make the agreement against: say so and whom to ask.
  if (!hasStrategy) return <EmptyState title={strings.Start.NoStrategyTitle} message={format(strings.Start.NoStrategy, year)} />;
  const create = async (): Promise<void> => {
    setState({ status: 'creating' });
    try {
      await services.createAgreement(departmentId, year);
      onCreated();
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <EmptyState title={strings.Empty.Title} message={strings.Empty.NoAgreementLeader} />
      {state.status === 'failed' && <ErrorMessage error={state.error} onRetry={() => void create()} />}
      <PrimaryButton
        text={state.status === 'creating' ? strings.GoalEditor.CreatingAgreement : strings.GoalEditor.CreateAgreement}
        disabled={state.status === 'creating'}
        onClick={() => void create()}
        styles={{ root: { alignSelf: 'flex-start' } }}
      />
    </Stack>
  );
};
