import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { useServices } from '../../../src/webparts/udviklingsaftaler/components/services/ServicesContext';
import { loadLocale } from '../../helpers/locales';
import { fixtureServices, sample } from '../fixtures/services';
import { renderWithServices } from '../fixtures/render';

const da = loadLocale('da-dk');

const Scope: React.FC = () => <span data-testid="scope">{useServices().storageScope}</span>;

describe('useServices (the one way a component reaches services)', () => {
  it("gives the provider's services", () => {
    const services = fixtureServices(sample);
    renderWithServices(<Scope />, services, da);
    expect(screen.getByTestId('scope')).toHaveTextContent(services.storageScope);
  });

  it('throws outside its provider: a wiring bug fails loudly instead of rendering a half-working view', () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => render(<Scope />)).toThrow('useServices must be used inside <ServicesProvider>');
    } finally {
      quiet.mockRestore();
    }
  });
});
