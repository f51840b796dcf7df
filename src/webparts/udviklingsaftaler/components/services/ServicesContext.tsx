import * as React from 'react';
import type { AppServices } from '../../../../services/AppServices';

// Services are built once (web part onInit, or the dev host's bootstrap) and handed down here;
// components never construct their own, and never take them as a prop: one way in.
const ServicesContext = React.createContext<AppServices | undefined>(undefined);

export const ServicesProvider: React.FC<{ services: AppServices }> = ({ services, children }) => (
  <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
);

/** The services of the data site. Throws outside <ServicesProvider>: a component that renders
 * there is a wiring bug, and it should fail loudly rather than show a half-working view. */
export function useServices(): AppServices {
  const services = React.useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices must be used inside <ServicesProvider>');
  }
  return services;
}
