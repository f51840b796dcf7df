import * as React from 'react';
import { PrimaryButton, Stack } from '@fluentui/react';
import type { UserPermissions } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { EmptyState } from '../common/EmptyState';
import { ErrorMessage } from '../common/ErrorMessage';
import { useServices } from '../services/ServicesContext';

export interface INoAgreementProps {
  permissions: UserPermissions;
  departmentId: number;
  year: number;
  onCreated(): void;
}

/** The year has no agreement: its leader and editors may create it, others are told it will come. */
export const NoAgreement: React.FC<INoAgreementProps> = ({ permissions, departmentId, year, onCreated }) => {
  const services = useServices();
  const strings = useStrings();
  const [state, setState] = React.useState<{ status: 'idle' | 'creating' } | { status: 'failed'; error: unknown }>({ status: 'idle' });
  const mayCreate = permissions.canCreateGoals && permissions.canEditDepartment(departmentId);
  if (!mayCreate) return <EmptyState title={strings.Empty.Title} message={strings.Empty.NoAgreementEmployee} />;
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
