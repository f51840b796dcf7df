import * as React from 'react';
import { Text } from '../common/layout';
import { findStage, stageLabel, type AuthorityStatus, type StageCode, type StageConfiguration } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { VerificationBadge } from '../Approval/VerificationBadge';
import { IconText } from '../common/IconText';
import type { StageFact } from '../../../../services/approvals/approvalTypes';
import { dateNear, shortDate } from '../Conversation/words';

export interface IStageStatusProps {
  stages: StageConfiguration;
  stage: StageCode;
  /** Undefined while the approval log is read; with facts, a verified stage says what happened. */
  verification: AuthorityStatus | StageFact | undefined;
}

/** "Venter på ledergruppen (sendt 6. dec. af Rasmus Lund)", "Godkendt af direktionen 3. dec. 2019". */
function factText(fact: StageFact, words: IUdviklingsaftalerStrings['Conversation']): string | undefined {
  const who = fact.deciders?.text ?? fact.deciders?.groups.map((g) => words.Groups[g]).join(' / ');
  if (fact.at === undefined || !who) return undefined;
  if (fact.kind === 'queue') return format(words.Waiting, who, dateNear(fact.at, words), fact.by ?? '');
  if (fact.kind === 'decided' && fact.decision !== undefined) return format(words.DecidedBy, words.Decisions[fact.decision], who, shortDate(fact.at, words));
  return undefined;
}

/** The Stage column is a cache anyone with edit rights can set: a stage past the draft is shown as
 * what the approval log backs ("Godkendt" only when verified), never on the column's word alone. */
export const StageStatus: React.FC<IStageStatusProps> = ({ stages, stage, verification: given }) => {
  const all = useStrings();
  const strings = all.Department;
  const fact = typeof given === 'string' ? undefined : given;
  const verification = typeof given === 'string' ? given : given?.status;
  const label = stageLabel(stages, stage);
  const kind = findStage(stages, stage)?.kind;
  // A draft needs no decision, but a content change from outside the department shows on it too.
  if ((stage === stages.initialStage || kind === 'draft') && verification !== 'foreignEdit') return <>{label}</>;
  // While the log is read: the same icon-and-words line as the badge that follows, so the
  // agreement below does not move when it arrives.
  if (verification === undefined) return <IconText icon="HourGlass" text={format(strings.StageChecking, label)} data-testid="verification-pending" />;
  return (
    <>
      <VerificationBadge status={verification} stageLabel={label} approvedStage={kind === 'approved'} verifiedText={fact && factText(fact, all.Conversation)} />
      {verification !== 'verified' && <Text variant="small"> {format(strings.StageInList, label)}</Text>}
    </>
  );
};
