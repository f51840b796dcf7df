import * as React from 'react';
import { Text } from '@fluentui/react';
import { findStage, stageLabel, type AuthorityStatus, type StageCode, type StageConfiguration } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { VerificationBadge } from '../Approval/VerificationBadge';

export interface IStageStatusProps {
  stages: StageConfiguration;
  stage: StageCode;
  /** Undefined while the approval log is read. */
  verification: AuthorityStatus | undefined;
}

/** The Stage column is a cache anyone with edit rights can set: a stage past the draft is shown as
 * what the approval log backs ("Godkendt" only when verified), never on the column's word alone. */
export const StageStatus: React.FC<IStageStatusProps> = ({ stages, stage, verification }) => {
  const strings = useStrings().Department;
  const label = stageLabel(stages, stage);
  const kind = findStage(stages, stage)?.kind;
  // A draft needs no decision, but a content change from outside the department shows on it too.
  if ((stage === stages.initialStage || kind === 'draft') && verification !== 'foreignEdit') return <>{label}</>;
  if (verification === undefined) return <>{format(strings.StageChecking, label)}</>;
  return (
    <>
      <VerificationBadge status={verification} stageLabel={label} approvedStage={kind === 'approved'} />
      {verification !== 'verified' && <Text variant="small"> {format(strings.StageInList, label)}</Text>}
    </>
  );
};
