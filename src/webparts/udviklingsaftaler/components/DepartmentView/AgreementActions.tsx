import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { ActionButton, Stack } from '@fluentui/react';
import { findStage, isEditingLocked, type Agreement, type Department } from '../../../../domain';

// The export dialog (and, on click, the workbook writer) are not part of the dashboard's first render.
const ExportToExcelButton = lazyChunk(() =>
  import(/* webpackChunkName: 'export-button' */ '../ExportToExcel/ExportToExcelButton').then((m) => ({ default: m.ExportToExcelButton }))
);
import type { UserPermissions } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { useServices } from '../services/ServicesContext';

/** What the user may do with the agreement, as SharePoint allows it: nothing is offered that the
 * server would refuse (a reader sees only the document link). Links, so they open in a new tab too. */
export const AgreementActions: React.FC<{ agreement: Agreement; department: Department; permissions: UserPermissions }> = ({
  agreement,
  department,
  permissions
}) => {
  const services = useServices();
  const strings = useStrings().GoalEditor;
  const { href } = useNavigation();
  const canWrite = permissions.canEditDepartment(agreement.departmentId) && !isEditingLocked(services.stageConfiguration, agreement.stage);
  const canAdd = permissions.canCreateGoals && canWrite;
  const authoring = useStrings().AgreementEditor;
  // The year-end follow-up is there to read once the agreement reached it (its stage is followUp or later).
  const kind = findStage(services.stageConfiguration, agreement.stage)?.kind;
  const followUpOpen = kind === 'followUp' || kind === 'closed';
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label={strings.BasicsSection}>
      {canWrite && (
        <ActionButton
          iconProps={{ iconName: 'Edit' }}
          href={href({ view: 'aftale', agreementId: agreement.id })}
          data-interception="off"
          data-testid="edit-agreement"
        >
          {authoring.Edit}
        </ActionButton>
      )}
      {canAdd && (
        <ActionButton
          iconProps={{ iconName: 'Add' }}
          href={href({ view: 'nyt-maal', agreementId: agreement.id })}
          data-interception="off"
          data-testid="new-goal"
        >
          {strings.NewGoal}
        </ActionButton>
      )}
      {followUpOpen && (
        <ActionButton
          iconProps={{ iconName: 'CheckList' }}
          href={href({ view: 'opfoelgning', agreementId: agreement.id })}
          data-interception="off"
          data-testid="follow-up"
        >
          {strings.FollowUp}
        </ActionButton>
      )}
      <ActionButton iconProps={{ iconName: 'TextDocument' }} href={href({ view: 'dokument', agreementId: agreement.id })} data-interception="off">
        {strings.Document}
      </ActionButton>
      <React.Suspense fallback={null}>
        <ExportToExcelButton year={agreement.year} departmentId={department.id} departmentTitle={department.title} />
      </React.Suspense>
    </Stack>
  );
};
