// How a view tells its host that it shows fresh data, so the host can keep a copy of the screen
// for the next visit's first paint (screenCopy.ts, issue 21). Hosts without copies give nothing.
import * as React from 'react';

/** Called when the routed department view shows the server's data for `departmentId` and `year`. */
export type ScreenSettled = (departmentId: number, year: number) => void;

export const ScreenSettledContext = React.createContext<ScreenSettled | undefined>(undefined);
