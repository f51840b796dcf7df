import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { ActionButton } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';
import { Loading } from '../common/Loading';

// Read only on request, so it loads on request too.
const HistoryTimeline = lazyChunk(() =>
  import(/* webpackChunkName: 'history-timeline' */ '../Approval/HistoryTimeline').then((m) => ({ default: m.HistoryTimeline }))
);

/** The agreement's timeline (who decided what, when, with which comment), read only on request:
 * most visitors come for the goals, and the history costs a few reads. */
export const AgreementHistory: React.FC<{ agreementId: number; refreshKey: number }> = ({ agreementId, refreshKey }) => {
  const strings = useStrings().Department;
  const [open, setOpen] = React.useState(false);
  return (
    <div>
      <ActionButton
        iconProps={{ iconName: 'History' }}
        aria-expanded={open}
        aria-controls={`agreement-history-${agreementId}`}
        onClick={() => setOpen((o) => !o)}
        data-testid="toggle-history"
      >
        {open ? strings.HideHistory : strings.ShowHistory}
      </ActionButton>
      {open && (
        <div id={`agreement-history-${agreementId}`}>
          <React.Suspense fallback={<Loading />}>
            <HistoryTimeline target={{ list: 'Agreements', id: agreementId }} refreshKey={refreshKey} />
          </React.Suspense>
        </div>
      )}
    </div>
  );
};
