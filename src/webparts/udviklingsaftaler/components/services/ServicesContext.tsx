import * as React from 'react';
import type { AppServices } from '../../../../services/AppServices';

// Services are built once (web part onInit, or the dev host's bootstrap) and handed down here;
// components never construct their own.
const ServicesContext = React.createContext<AppServices | undefined>(undefined);

export const ServicesProvider: React.FC<{ services: AppServices | undefined }> = ({ services, children }) => (
  <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
);

export function useServices(): AppServices | undefined {
  return React.useContext(ServicesContext);
}
