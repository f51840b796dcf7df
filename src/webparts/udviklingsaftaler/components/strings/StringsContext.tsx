import * as React from 'react';

// Strings reach components through context rather than a module import, so the web part, the dev
// host and tests can each hand in a locale (the pseudo-locale test depends on this).
const StringsContext = React.createContext<IUdviklingsaftalerStrings | undefined>(undefined);

export const StringsProvider: React.FC<{ strings: IUdviklingsaftalerStrings }> = ({ strings, children }) => (
  <StringsContext.Provider value={strings}>{children}</StringsContext.Provider>
);

export function useStrings(): IUdviklingsaftalerStrings {
  const strings = React.useContext(StringsContext);
  if (!strings) {
    throw new Error('useStrings must be used inside <StringsProvider>');
  }
  return strings;
}
