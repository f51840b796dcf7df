import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { fixtureServices, sample } from '../fixtures/services';

const da = loadLocale('da-dk');
const en = loadLocale('en-us');

describe('App (root component)', () => {
  it('renders the Danish heading as the page heading', async () => {
    render(<App strings={da} host="sharePoint" services={fixtureServices(sample)} startView="afdeling" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Udviklingsaftaler');
    expect(screen.getByTestId('udviklingsaftaler-app')).not.toBeEmptyDOMElement();
    expect(await screen.findByTestId('department-view')).toBeInTheDocument();
  });

  it('renders English when handed the en-us strings', async () => {
    render(<App strings={en} host="sharePoint" services={fixtureServices(sample)} startView="afdeling" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Development agreements');
    expect(await screen.findByText('Starting points of the goals')).toBeInTheDocument();
  });

  it('tells the user in Danish what to do when no data site is configured', () => {
    render(<App strings={da} host="teamsPersonalApp" services={undefined} startView="opgaver" />);
    expect(screen.getByRole('status')).toHaveTextContent(da.Empty.NoDataSite);
    expect(screen.getByTestId('host-kind')).toHaveTextContent('Teams-app');
  });
});
