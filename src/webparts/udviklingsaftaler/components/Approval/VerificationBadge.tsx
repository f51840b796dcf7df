import * as React from 'react';
import type { AuthorityStatus } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { IconText } from '../common/IconText';

export interface IVerificationBadgeProps {
  status: AuthorityStatus;
  /** The item's stage label; an approved stage shows "Godkendt" only when verified. */
  stageLabel: string;
  approvedStage: boolean;
  /** The words of a verified stage (issue #17.5), e.g. "Venter på ledergruppen (sendt 6. dec. af …)". */
  verifiedText?: string;
}

/** Icon and text, never colour alone: "Godkendt" only when the log backs it, otherwise
 * "Ikke verificeret", "Ændret efter godkendelse" or "Ikke verificeret: ændret af en uden for
 * afdelingen". */
export const VerificationBadge: React.FC<IVerificationBadgeProps> = ({ status, stageLabel, approvedStage, verifiedText }) => {
  const all = useStrings();
  const strings = all.Approval;
  const look = {
    verified: {
      icon: 'Completed',
      text: verifiedText ?? (approvedStage ? strings.Verified : format(strings.VerifiedStage, stageLabel)),
      help: strings.VerifiedHelp
    },
    unverified: { icon: 'Warning', text: strings.Unverified, help: strings.UnverifiedHelp },
    staleAfterApproval: { icon: 'EditNote', text: strings.Stale, help: strings.StaleHelp },
    foreignEdit: { icon: 'Warning', text: all.ForeignEdit.Status, help: all.ForeignEdit.Help }
  }[status];
  return <IconText icon={look.icon} text={look.text} title={look.help} data-testid="verification-badge" data-status={status} />;
};
