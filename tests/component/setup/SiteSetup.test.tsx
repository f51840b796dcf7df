import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample } from '../fixtures/services';
import type { ProvisioningProgress } from '../../../src/services/AppServices';
import { DataError } from '../../../src/data/errors/DataError';

const da = loadLocale('da-dk');

beforeEach(() => {
  window.location.hash = '';
});

describe('lists missing on the data site', () => {
  it('lets a site owner create the lists, with progress, and then shows the dashboard', async () => {
    let provisioned = false;
    let report: ((step: ProvisioningProgress) => void) | undefined;
    let finish: (() => void) | undefined;
    const services = fixtureServices(sample, {
      siteSetup: async () => ({ missingLists: provisioned ? [] : ['Udviklingsmål', 'Godkendelseslog'], canProvision: true }),
      provisionLists: (onProgress) =>
        new Promise<void>((resolve) => {
          report = onProgress;
          finish = () => {
            provisioned = true;
            resolve();
          };
        })
    });
    const { container } = render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    expect(await screen.findByText(/Udviklingsmål, Godkendelseslog/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Opret lister' }));
    report?.({ target: 'Goals', action: 'created' });
    report?.({ target: 'Goals/Stage', action: 'created' });
    expect(await screen.findByText('2 trin udført: Goals/Stage')).toBeInTheDocument();
    finish?.();
    expect(await screen.findByTestId('track-matrix')).toBeInTheDocument();
  });

  it('tells everyone else whom to ask, and offers no button', async () => {
    const services = fixtureServices(sample, { siteSetup: async () => ({ missingLists: ['Udviklingsmål'], canProvision: false }) });
    render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    expect(await screen.findByRole('status')).toHaveTextContent(da.Setup.OtherMessage);
    expect(screen.queryByRole('button', { name: 'Opret lister' })).toBeNull();
  });

  it('keeps the owner on the page with a Danish message and a retry when provisioning fails', async () => {
    const services = fixtureServices(sample, {
      siteSetup: async () => ({ missingLists: ['Udviklingsmål'], canProvision: true }),
      provisionLists: async () => {
        throw new DataError('forbidden', { detail: '403' });
      }
    });
    render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Opret lister' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.forbidden));
    expect(screen.getByRole('button', { name: da.Errors.Retry })).toBeInTheDocument();
  });
});
