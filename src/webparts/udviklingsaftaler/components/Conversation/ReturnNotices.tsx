import * as React from 'react';
import { Stack } from '@fluentui/react';
import type { ApprovalTarget } from '../../../../services/approvals/approvalTypes';
import { targetKey } from '../../../../services/approvals/approvalTypes';
import { useServices } from '../services/ServicesContext';
import { useLoadable } from '../common/useLoadable';
import type { ReturnNote } from '../../../../services/approvals/approvalTypes';
import { ReturnNoticeView } from './ReturnNoticeView';

/** The goals that went back with their agreement in one decision are told once, by the
 * agreement's notice; a goal returned on its own (another time, stage or comment) has its own. */
const sameDecision = (a: ReturnNote, b: ReturnNote): boolean =>
  a.by === b.by && a.fromStage === b.fromStage && a.comment === b.comment && Math.abs(Date.parse(a.at) - Date.parse(b.at)) < 60_000;

export interface IReturnNoticesProps {
  /** The items of the page that are drafts (the agreement first); the returned among them show. */
  targets: ApprovalTarget[];
  refreshKey?: number;
}

/** The returns among a page's drafts (the department view, a goal). A failed read shows nothing:
 * the history still holds the return, and the page must not fail for a decoration. */
const ReturnNotices: React.FC<IReturnNoticesProps> = ({ targets, refreshKey }) => {
  const services = useServices();
  const [state] = useLoadable(services ? () => services.approvals.returns(targets) : undefined, [services, targets.map(targetKey).join(','), refreshKey]);
  if (state.status !== 'ready') return null;
  const found = targets.map((t) => state.value[targetKey(t)]).filter((n): n is ReturnNote => n !== undefined);
  const agreement = found.find((n) => n.target.list === 'Agreements');
  const notes = found.filter((n) => n === agreement || agreement === undefined || !sameDecision(n, agreement));
  if (notes.length === 0) return null;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="return-notices">
      {notes.map((n) => (
        <ReturnNoticeView key={targetKey(n.target)} note={n} named={n.target.list === 'Goals' && targets.length > 1} />
      ))}
    </Stack>
  );
};

export default ReturnNotices;
