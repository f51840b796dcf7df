import * as React from 'react';

/** Fluent's ActionButton is 40 px high: the row below is one row of them. */
const ROW_HEIGHT = 40;

/** The actions' place while what the user may do is read (after the first paint; on a revisit,
 * until the fresh data is in). The row always holds the document link and the export, so it is
 * kept, and the agreement below does not move when the actions arrive. */
export const AgreementActionsPending: React.FC = () => <div style={{ minHeight: ROW_HEIGHT }} aria-hidden="true" data-testid="agreement-actions-pending" />;
