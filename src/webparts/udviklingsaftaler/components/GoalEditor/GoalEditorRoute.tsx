// #/maal/<id> and #/nyt-maal/<agreementId>: the department view of the goal's agreement with the
// editor panel over it. This part is in the main bundle; the panel is the lazy 'goal-editor' chunk.
import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { editAccess } from '../../../../services/editAccess';
import { DepartmentView } from '../DepartmentView/DepartmentView';
import { Loading } from '../common/Loading';
import { useLoadable } from '../common/useLoadable';
import { ErrorMessage } from '../common/ErrorMessage';
import type { Route } from '../../routing/route';
import { useServices } from '../services/ServicesContext';

const GoalEditorPanel = lazyChunk(() => import(/* webpackChunkName: 'goal-editor' */ './GoalEditorPanel'));

export type EditorTarget = { goalId: number } | { agreementId: number };

export interface IGoalEditorRouteProps {
  target: EditorTarget;
  configuredDepartmentId: number | undefined;
  navigate(route: Route): void;
}

export const GoalEditorRoute: React.FC<IGoalEditorRouteProps> = ({ target, configuredDepartmentId, navigate }) => {
  const services = useServices();
  // A new goal that was just saved moves the hash to #/maal/<id>; the open editor keeps its state.
  const created = React.useRef<number | undefined>(undefined);
  const [loadTarget, setLoadTarget] = React.useState<EditorTarget>(target);
  React.useEffect(() => {
    if ('goalId' in target && target.goalId === created.current) return;
    setLoadTarget(target);
  }, ['goalId' in target ? `g${target.goalId}` : `a${target.agreementId}`]); // eslint-disable-line react-hooks/exhaustive-deps -- the target's identity
  const targetKey = 'goalId' in loadTarget ? `g${loadTarget.goalId}` : `a${loadTarget.agreementId}`;
  const [loaded, reload] = useLoadable(() => Promise.all([services.loadGoalEditor(loadTarget), services.permissions()]), [services, targetKey]);
  const [refresh, setRefresh] = React.useState(0);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorMessage error={loaded.error} onRetry={reload} action="read" />;
  const [data, permissions] = loaded.value;
  const back = (): void => navigate({ view: 'afdeling', departmentId: data.agreement.departmentId, year: data.agreement.year });
  return (
    <>
      <DepartmentView
        routeDepartmentId={data.agreement.departmentId}
        routeYear={data.agreement.year}
        configuredDepartmentId={configuredDepartmentId}
        refreshKey={refresh}
        onNavigate={(departmentId, year) => navigate({ view: 'afdeling', departmentId, year })}
      />
      <React.Suspense fallback={<Loading />}>
        <GoalEditorPanel
          data={data}
          access={editAccess(data, permissions, services.stageConfiguration)}
          onDismiss={back}
          onSaved={(saved, wasNew) => {
            setRefresh((n) => n + 1);
            if (wasNew) {
              created.current = saved.goal.id;
              navigate({ view: 'maal', goalId: saved.goal.id });
            }
          }}
        />
      </React.Suspense>
    </>
  );
};
