// The property pane's start views "Opfølgning" and "Dokument": the follow-up or the document of
// the configured department's agreement of the year (the same department and year the department
// view would open on), found when shown. A lazy chunk: only pages configured so load it.
import * as React from 'react';
import { Link } from '@fluentui/react';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { chooseDepartment, chooseYear, useDashboardContext, useDepartmentView } from '../DepartmentView/useDepartmentView';
import { EmptyState } from '../common/EmptyState';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { format } from '../common/format';

export interface IStartAgreementViewProps {
  target: 'opfoelgning' | 'dokument';
  configuredDepartmentId: number | undefined;
  /** The view of the found agreement (RoutedView's own lazy views). */
  render(agreementId: number): React.ReactElement;
}

const StartAgreementView: React.FC<IStartAgreementViewProps> = ({ target, configuredDepartmentId, render }) => {
  const services = useServices();
  const strings = useStrings();
  const { href } = useNavigation();
  const [context, reloadContext] = useDashboardContext(services);
  const ready = context.status === 'ready' ? context.value : undefined;
  const departmentId = ready ? chooseDepartment(ready, undefined, configuredDepartmentId) : undefined;
  const year = ready ? chooseYear(ready, undefined, new Date()) : undefined;
  const [view, reloadView] = useDepartmentView(services, departmentId, year);

  if (context.status === 'error') return <ErrorMessage error={context.error} onRetry={reloadContext} action="read" />;
  if (ready && (departmentId === undefined || year === undefined)) {
    return <EmptyState title={strings.Empty.Title} message={strings.Department.NoDepartments} />;
  }
  if (view.status === 'error') return <ErrorMessage error={view.error} onRetry={reloadView} action="read" />;
  if (view.status !== 'ready') return <Loading />;
  const { agreement, department } = view.value;
  if (agreement) return render(agreement.id);
  const name = target === 'opfoelgning' ? strings.StartView.FollowUp : strings.StartView.Document;
  return (
    <div data-testid="start-no-agreement">
      <EmptyState
        title={format(strings.StartView.NoAgreementTitle, name, department.title, view.value.year)}
        message={strings.StartView.NoAgreement}
        action={
          <Link href={href({ view: 'afdeling', departmentId: department.id, year: view.value.year })} data-interception="off">
            {strings.StartView.ToDepartment}
          </Link>
        }
      />
    </div>
  );
};

export default StartAgreementView;
