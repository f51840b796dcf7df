import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { fixtureServices, type FixtureData } from '../fixtures/services';
import type { AppServices } from '../../../src/services/AppServices';
import { materialise, seedMunicipalities } from '../../../seed';
import { DataError } from '../../../src/data/errors/DataError';

const da = loadLocale('da-dk');
const skanderborg = seedMunicipalities.find((m) => m.key === 'skanderborg');
if (!skanderborg) throw new Error('seed has no Skanderborg');
const seed = materialise(skanderborg);
const data: FixtureData = {
  ...seed,
  user: { login: 'medarbejder.skanderborg@kommune.local', displayName: 'Mette Holm' }
};
const departmentId = (title: string): number => seed.departments.find((d) => d.title === title)?.id ?? -1;
const agreementOf = (title: string, year: number) => {
  const a = seed.agreements.find((x) => x.departmentId === departmentId(title) && x.year === year);
  if (!a) throw new Error(`no agreement ${title} ${year}`);
  return a;
};
const a2023 = agreementOf('Staben Økonomi, Digitalisering og Indkøb', 2023);
const a2020 = agreementOf('Staben Økonomi, Innovation og IT', 2020);

function renderDocument(agreementId: number, services: AppServices, strings = da): ReturnType<typeof render> {
  window.location.hash = `#/dokument/${agreementId}`;
  return render(<App strings={strings} host="sharePoint" services={services} startView="afdeling" />);
}

// The view is a lazy chunk: its first import in a test run compiles the module graph.
const LAZY = { timeout: 10000 };

beforeEach(() => {
  window.location.hash = '';
});

describe('Dokument view', () => {
  it('prints the stage as the approval log backs it: a forged "Godkendt" reads "Godkendt (Ikke verificeret)", also in the .docx (issue #15.1)', async () => {
    const base = fixtureServices(data);
    const downloads: Array<[number | string, string | undefined]> = [];
    const services: AppServices = {
      ...base,
      approvals: { ...base.approvals, verification: async () => ({ [`Agreements:${a2023.id}`]: 'unverified' }) },
      // The files get the view's words: the stage printed from the log's verdict, and the year's file too.
      documents: {
        ...base.documents,
        downloadAgreementDocx: async (id, words) => void downloads.push([id, words?.stage('approved', 'unverified')]),
        downloadYearDocx: async (year, words) => void downloads.push([`year ${year}`, words?.stage('approved', 'staleAfterApproval')])
      }
    };
    renderDocument(a2023.id, services);
    const article = await screen.findByTestId('agreement-document', {}, LAZY);
    await waitFor(() => expect(within(article).getByTestId('document-meta')).toHaveTextContent(`Status: Godkendt (${da.Approval.Unverified})`));
    fireEvent.click(screen.getByRole('button', { name: da.Document.DownloadDocx }));
    await waitFor(() => expect(downloads).toEqual([[a2023.id, `Godkendt (${da.Approval.Unverified})`]]));
    fireEvent.click(screen.getByRole('button', { name: da.Document.DownloadYearDocx.replace('{0}', '2023') }));
    await waitFor(() => expect(downloads[1]).toEqual(['year 2023', `Godkendt (${da.Approval.Stale})`]));
  });

  it('shows a shimmer, then the 2023 agreement with its seven goals and both climate annex tables', async () => {
    renderDocument(a2023.id, fixtureServices(data));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-busy', 'true');
    const article = await screen.findByTestId('agreement-document', {}, LAZY);
    expect(article).toHaveAttribute('lang', 'da');
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent('Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb');
    expect(
      within(article)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
    ).toEqual([
      '1. Forslag til noget vi skal holde op med at gøre',
      '2. Fokusområder i ledelsesudviklingen',
      '3. Sygefravær i staben',
      '4. Flexible arbejdsformer',
      '5. God modtagelse af nye kollegaer',
      '6. Udvikling i opgaveløsningen',
      '7. Dataunderstøttelse af "Fastholdelse og rekruttering"',
      'Indkøb med omtanke – videreførelsen af strategisporet ”Fokus på bæredygtige indkøb”',
      'Bæredygtige Pc-anskaffelser'
    ]);
    expect(within(article).getByRole('heading', { level: 2, name: 'Mål vedr. Klimainsatsen' })).toBeInTheDocument();
    const climateTables = within(article).getAllByTestId('climate-table');
    expect(climateTables).toHaveLength(2);
    expect(within(climateTables[0]).getByRole('rowheader', { name: 'Verdensmål' }).nextElementSibling).toHaveTextContent(
      '7. Bæredygtig energi13. Klimaindsats'
    );
    const effect = within(article).getAllByTestId('resource-effect-table')[0];
    expect(
      within(effect)
        .getAllByRole('cell')
        .map((c) => (c.textContent === 'X' ? 'X' : ''))
    ).toEqual(['', '', '', '', 'X', '']);
    expect(screen.getByTestId('document-meta')).toHaveTextContent('Status: Godkendt');
  });

  it('draws each 2020 goal\'s "Udgangspunkt for målet" with the document\'s X marks and the milestone table', async () => {
    renderDocument(a2020.id, fixtureServices(data));
    const tables = await screen.findAllByTestId('goal-track-table', {}, LAZY);
    const marks = tables.map((t) =>
      within(t)
        .getAllByRole('cell')
        .map((c) => (c.textContent === 'X' ? 'X' : ''))
    );
    expect(marks).toEqual([
      ['X', 'X', 'X', 'X'],
      ['', '', 'X', ''],
      ['X', '', 'X', 'X'],
      ['X', 'X', '', '']
    ]);
    expect(
      within(tables[2])
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    ).toEqual(['Vores relationer til folkestyret', 'Vores relationer til borgerne', 'Vores relationer til hinanden', 'Den økonomiske politik']);
    expect(within(tables[0]).getByText('Udgangspunkt for målet')).toBeInTheDocument();
    const milestones = screen.getByTestId('milestones-table');
    expect(within(milestones).getAllByRole('row')).toHaveLength(13);
    expect(within(milestones).getByRole('rowheader', { name: 'Afleveres til direktionen' }).nextElementSibling).toHaveTextContent('3. december 2019');
  });

  it('links back to the department view and prints with window.print', async () => {
    const print = jest.fn();
    window.print = print;
    renderDocument(a2020.id, fixtureServices(data));
    const back = await screen.findByRole('link', { name: da.Document.Back }, LAZY);
    expect(back).toHaveAttribute('href', `#/afdeling/${a2020.departmentId}/2020`);
    expect(back).toHaveAttribute('data-interception', 'off');
    fireEvent.click(screen.getByRole('button', { name: da.Document.Print }));
    expect(print).toHaveBeenCalledTimes(1);
    // The print rules are on the page: only the document prints, each goal on a new page.
    const rules = document.getElementById('ua-document-print-styles')?.textContent ?? '';
    expect(rules).toMatch(/body \*:not\(:has\(\.ua-document\)\)[^{]*\{ display: none !important; \}/);
    expect(rules).toMatch(/\.ua-document-goal \{ break-before: page;/);
  });

  it('downloads the .docx through the document services, and shows a failure with a retry', async () => {
    const base = fixtureServices(data);
    const calls: number[] = [];
    let fail = true;
    const services: AppServices = {
      ...base,
      documents: {
        ...base.documents,
        downloadAgreementDocx: async (id) => {
          calls.push(id);
          if (fail) throw new DataError('network', { detail: 'boom' });
        }
      }
    };
    renderDocument(a2023.id, services);
    fireEvent.click(await screen.findByRole('button', { name: da.Document.DownloadDocx }, LAZY));
    expect(screen.getByRole('button', { name: da.Document.Downloading })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.network));
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: da.Errors.Retry }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(calls).toEqual([a2023.id, a2023.id]);
    expect(screen.getByRole('button', { name: da.Document.DownloadDocx })).toBeEnabled();
  });

  it("downloads every agreement of the year in one file for the council's theme meeting", async () => {
    const base = fixtureServices(data);
    const years: number[] = [];
    const services: AppServices = { ...base, documents: { ...base.documents, downloadYearDocx: async (year) => void years.push(year) } };
    renderDocument(a2023.id, services);
    fireEvent.click(await screen.findByRole('button', { name: 'Hent alle aftaler for 2023 (.docx)' }, LAZY));
    await waitFor(() => expect(years).toEqual([2023]));
    expect(screen.getByRole('button', { name: 'Hent alle aftaler for 2023 (.docx)' })).toBeEnabled();
  });

  it('says the agreement does not exist for an unknown id, with a way back', async () => {
    renderDocument(9999, fixtureServices(data));
    expect(await screen.findByRole('heading', { name: da.Document.NotFoundTitle }, LAZY)).toBeInTheDocument();
    expect(screen.getByText(da.Document.NotFound)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: da.Document.Back })).toHaveAttribute('href', '#/afdeling');
  });

  it('shows a Danish error with a retry that loads again', async () => {
    let calls = 0;
    const base = fixtureServices(data);
    const services = fixtureServices(data, {
      loadAgreementDocument: async (id) => {
        calls += 1;
        if (calls === 1) throw new DataError('throttled', { detail: 'boom' });
        return base.loadAgreementDocument(id);
      }
    });
    renderDocument(a2020.id, services);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.throttled), LAZY);
    fireEvent.click(screen.getByRole('button', { name: da.Errors.Retry }));
    expect(await screen.findByTestId('agreement-document', {}, LAZY)).toBeInTheDocument();
  });

  it('has no axe violations with the 2023 agreement and its climate annex', async () => {
    const { container } = renderDocument(a2023.id, fixtureServices(data));
    await screen.findByTestId('agreement-document', {}, LAZY);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders no literal UI text: everything outside the Danish document comes from the loc files', async () => {
    const pseudo = pseudoLocalize(da);
    const { container } = renderDocument(a2023.id, fixtureServices(data), pseudo);
    const article = await screen.findByTestId('agreement-document', {}, LAZY);
    expect(container.textContent).toMatch(/⟦/);
    // The article is the agreement itself, in Danish (lang="da"), whatever the UI language.
    const chrome = container.cloneNode(true) as HTMLElement;
    chrome.querySelector('[data-testid="agreement-document"]')?.remove();
    expect(findUnlocalizedText(chrome)).toEqual([]);
    expect(within(article).getAllByText(pseudo.Department.NotMarked).length).toBeGreaterThan(0);
  });
});
