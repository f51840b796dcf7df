import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { fixtureServices, sample, type FixtureData } from '../fixtures/services';
import type { AppServices } from '../../../src/services/AppServices';
import { DEADLINE_TITLES, GOAL_TEMPLATES } from '../../../src/domain';
import { format } from '../../../src/webparts/udviklingsaftaler/components/common/format';
import { DataError } from '../../../src/data/errors/DataError';

const da = loadLocale('da-dk');
const s = da.StrategyAdmin;

function dataFor(groups: Array<'readers' | 'editors' | 'secretariat'>, overrides: Partial<FixtureData> = {}): FixtureData {
  return {
    ...sample,
    strategies: sample.strategies.map((x) => ({ ...x, goalTemplate: 'questions' as const, deadlines: [{ title: 'Kontraktdialog', date: '2020-03-01' }] })),
    permissions: { groups },
    ...overrides
  };
}

function renderAt(hash: string, services: AppServices, strings = da): ReturnType<typeof render> {
  window.location.hash = hash;
  return render(<App strings={strings} host="sharePoint" services={services} startView="afdeling" />);
}

const group = (name: string): HTMLElement => screen.getByRole('group', { name });
const textbox = (within_: HTMLElement, name: string): HTMLElement => within(within_).getByRole('textbox', { name });
const trackRow = (n: number): HTMLElement => group(format(s.TrackRow, n));

beforeEach(() => {
  window.location.hash = '';
  window.localStorage.clear();
});

describe('DUS for readers and editors', () => {
  it("shows the year's DUS read-only, with no form and no copy, and no axe violations", async () => {
    renderAt('#/dus/2020', fixtureServices(dataFor(['editors'])));
    await screen.findByTestId('dus-read');
    expect(screen.getByRole('heading', { level: 2, name: format(s.Title, 2020) })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('dus-readonly')).toHaveTextContent(s.ReadOnly));
    expect(screen.getByTestId('dus-track-101')).toHaveTextContent('1. Spor 1');
    expect(screen.getByText('Digitalt lederskab')).toBeInTheDocument();
    expect(screen.getByText('Lokale mål for sygefravær')).toBeInTheDocument();
    expect(screen.getByTestId('dus-deadlines')).toHaveTextContent('Kontraktdialog');
    expect(screen.getByTestId('template-preview')).toHaveTextContent(GOAL_TEMPLATES.questions.sections[0].label);
    expect(screen.queryByTestId('dus-form')).toBeNull();
    expect(screen.queryByTestId('dus-copy')).toBeNull();
    expect(screen.queryByRole('button', { name: s.Save })).toBeNull();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('opens the newest DUS when the address names no year', async () => {
    renderAt('#/dus', fixtureServices(dataFor(['readers'])));
    await waitFor(() => expect(window.location.hash).toBe('#/dus/2020'));
    expect(await screen.findByTestId('dus-read')).toBeInTheDocument();
  });

  it('says a year has no DUS yet, without offering to create one', async () => {
    renderAt('#/dus/2030', fixtureServices(dataFor(['readers'])));
    expect(await screen.findByText(format(s.NoStrategy, 2030))).toBeInTheDocument();
    expect(screen.getByText(s.NoStrategyReader)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: format(s.CreateEmpty, 2030) })).toBeNull();
  });
});

describe('DUS for the secretariat', () => {
  it('edits a track, adds the suggested deadline with a date, and saves', async () => {
    const data = dataFor(['secretariat']);
    renderAt('#/dus/2020', fixtureServices(data));
    await screen.findByTestId('dus-form');
    expect(textbox(group(s.StrategySection), s.FieldTitle)).toHaveValue('DUS 2020');
    fireEvent.change(textbox(trackRow(1), s.TrackTitle), { target: { value: 'Vores relationer til folkestyret' } });
    fireEvent.click(screen.getByRole('button', { name: format(s.AddSuggested, DEADLINE_TITLES.agreementDue) }));
    // Typed the Danish way into the Danish date picker.
    fireEvent.change(screen.getByRole('combobox', { name: format(s.DeadlineDate, 2) }), { target: { value: '1-12-2019' } });
    fireEvent.blur(screen.getByRole('combobox', { name: format(s.DeadlineDate, 2) }));
    fireEvent.click(screen.getByRole('checkbox', { name: da.GoalFields.citizenImpact }));
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    expect(await screen.findByTestId('dus-saved')).toHaveTextContent(s.Saved);
    expect(data.tracks.find((t) => t.id === 101)?.title).toBe('Vores relationer til folkestyret');
    const saved = data.strategies.find((x) => x.year === 2020);
    expect(saved?.deadlines).toEqual([
      { title: 'Kontraktdialog', date: '2020-03-01' },
      { title: 'Afleveres til direktionen', date: '2019-12-01' }
    ]);
    expect(saved?.minimumGoalContent).toEqual(['purpose', 'citizenImpact', 'activities', 'followUpMethod']);
  });

  it("names the sections the year's agreements start with, one heading per line (issue 16)", async () => {
    const data = dataFor(['secretariat']);
    renderAt('#/dus/2020', fixtureServices(data));
    await screen.findByTestId('dus-form');
    fireEvent.change(screen.getByRole('textbox', { name: da.Start.SectionsLabel }), { target: { value: 'Bæredygtig arbejdskultur\n\n  Organisering  ' } });
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    await screen.findByTestId('dus-saved');
    expect(data.strategies.find((x) => x.year === 2020)?.agreementSections).toEqual(['Bæredygtig arbejdskultur', 'Organisering']);
  });

  it('shows the sections the agreements start with to everyone else', async () => {
    const data = dataFor(['readers'], { strategies: sample.strategies.map((x) => ({ ...x, agreementSections: ['Bæredygtig arbejdskultur'] })) });
    const { container } = renderAt('#/dus/2020', fixtureServices(data));
    expect(await screen.findByTestId('dus-agreement-sections')).toHaveTextContent('Bæredygtig arbejdskultur');
    expect(await axeViolations(container)).toEqual([]);
  });

  it("reorders deadlines and shows the chosen template's headings", async () => {
    const data = dataFor(['secretariat']);
    renderAt('#/dus/2020', fixtureServices(data));
    await screen.findByTestId('dus-form');
    fireEvent.click(screen.getByRole('button', { name: format(s.AddSuggested, DEADLINE_TITLES.followUpDue) }));
    fireEvent.click(screen.getByRole('button', { name: format(s.MoveDeadlineUp, 2) }));
    expect(screen.getByRole('textbox', { name: format(s.DeadlineTitle, 1) })).toHaveValue(DEADLINE_TITLES.followUpDue);
    expect(screen.getByTestId('template-preview')).toHaveTextContent(GOAL_TEMPLATES.questions.sections[1].label);
    fireEvent.click(screen.getByRole('button', { name: format(s.Save) }));
    await screen.findByTestId('dus-saved');
    expect(data.strategies[0].deadlines.map((d) => d.title)).toEqual([DEADLINE_TITLES.followUpDue, 'Kontraktdialog']);
  });

  it("shows the domain's Danish messages at each field and saves nothing while they stand", async () => {
    const data = dataFor(['secretariat']);
    renderAt('#/dus/2020', fixtureServices(data));
    await screen.findByTestId('dus-form');
    const strategy = group(s.StrategySection);
    fireEvent.change(textbox(strategy, s.FieldTitle), { target: { value: ' ' } });
    fireEvent.change(textbox(strategy, s.FieldYearTo), { target: { value: '2019' } });
    fireEvent.change(screen.getByRole('combobox', { name: format(s.DeadlineDate, 1) }), { target: { value: '30-02-2020' } });
    fireEvent.blur(screen.getByRole('combobox', { name: format(s.DeadlineDate, 1) }));
    fireEvent.change(textbox(trackRow(2), s.TrackNumber), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: s.AddRequirement }));
    fireEvent.change(textbox(group(format(s.RequirementRow, 3)), s.RequirementNumber), { target: { value: '2,5' } });
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    await waitFor(() => expect(screen.getByTestId('dus-invalid')).toHaveTextContent(format(s.ValidationSummary, 5)));
    expect(screen.getByText('»Titel« skal udfyldes.')).toBeInTheDocument();
    expect(screen.getByText('»Til og med år« skal være et årstal fra 2020 til 2024, eller tomt for en etårig DUS.')).toBeInTheDocument();
    // A day that does not exist is refused at the date field itself and never reaches the DUS.
    expect(screen.getByText(da.DanishInput.DateInvalid)).toBeInTheDocument();
    expect(screen.getByText('»Udviklingsspor 2, Nummer«: nummer 1 er allerede brugt af en anden af typen »Udviklingsspor«.')).toBeInTheDocument();
    expect(screen.getByText('»Krav 3, Titel« skal udfyldes.')).toBeInTheDocument();
    expect(screen.getByText('»Krav 3, Nummer« skal være et helt tal på 0 eller derover.')).toBeInTheDocument();
    expect(textbox(strategy, s.FieldTitle)).toHaveAttribute('aria-invalid', 'true');
    expect(data.strategies[0].title).toBe('DUS 2020');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('refuses to remove a track that goals use, naming how many; a new row goes at once', async () => {
    const data = dataFor(['secretariat']);
    renderAt('#/dus/2020', fixtureServices(data));
    await screen.findByTestId('dus-form');
    fireEvent.click(within(trackRow(1)).getByRole('button', { name: format(s.RemoveTrack, 1) }));
    expect(await within(trackRow(1)).findByTestId('track-in-use')).toHaveTextContent(
      da.Validation.Codes.trackInUse.replace('{title}', 'Spor 1').replace('{goals}', '2')
    );
    fireEvent.click(screen.getByRole('button', { name: s.AddTrack }));
    const added = format(s.TrackRow, 4);
    expect(textbox(group(added), s.TrackNumber)).toHaveValue('3');
    fireEvent.click(within(group(added)).getByRole('button', { name: format(s.RemoveTrack, 4) }));
    await waitFor(() => expect(screen.queryByRole('group', { name: added })).toBeNull());
    expect(screen.getAllByTestId(/^dus-track-row-/)).toHaveLength(3);
  });

  it("shows the service's refusal when goals started using a removed track meanwhile", async () => {
    const data = dataFor(['secretariat']);
    const base = fixtureServices(data);
    let uses = 0;
    // When the row is removed no goal uses the track; by the time of the save, one does.
    const services: AppServices = { ...base, strategyAdmin: { ...base.strategyAdmin, goalsUsingTrack: async () => uses } };
    data.goals = data.goals.map((g) => ({ ...g, trackIds: g.trackIds.filter((id) => id !== 102) }));
    renderAt('#/dus/2020', services);
    await screen.findByTestId('dus-form');
    fireEvent.click(within(trackRow(2)).getByRole('button', { name: format(s.RemoveTrack, 2) }));
    await waitFor(() => expect(screen.getAllByTestId(/^dus-track-row-/)).toHaveLength(2));
    uses = 1;
    data.goals = data.goals.map((g) => (g.id === 1002 ? { ...g, trackIds: [102] } : g));
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    expect(await screen.findByTestId('dus-refused')).toHaveTextContent('»Spor 2« kan ikke fjernes: 1 udviklingsmål bruger det.');
    expect(data.tracks.some((t) => t.id === 102)).toBe(true);
  });

  it('starts next year as a copy and opens it for editing', async () => {
    const data = dataFor(['secretariat']);
    renderAt('#/dus/2020', fixtureServices(data));
    await screen.findByTestId('dus-form');
    fireEvent.click(screen.getByRole('button', { name: format(s.CopyFrom, 2021, 2020) }));
    await waitFor(() => expect(window.location.hash).toBe('#/dus/2021'));
    await waitFor(() => expect(textbox(group(s.StrategySection), s.FieldTitle)).toHaveValue('DUS 2021'));
    expect(screen.getByRole('combobox', { name: format(s.DeadlineDate, 1) })).toHaveValue('01-03-2021');
    expect(data.tracks.filter((t) => t.strategyId === data.strategies.find((x) => x.year === 2021)?.id)).toHaveLength(3);
    expect(screen.queryByTestId('dus-copy')).not.toBeNull(); // 2022 is free: 2021 may be copied on
  });

  it('creates a year from scratch', async () => {
    const data = dataFor(['secretariat'], { strategies: [], tracks: [], requirements: [] });
    renderAt('#/dus/2024', fixtureServices(data));
    fireEvent.click(await screen.findByRole('button', { name: format(s.CreateEmpty, 2024) }));
    fireEvent.click(screen.getByRole('button', { name: s.AddTrack }));
    fireEvent.change(textbox(trackRow(1), s.TrackTitle), { target: { value: 'Den røde tråd' } });
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    await waitFor(() => expect(data.strategies.map((x) => [x.year, x.title])).toEqual([[2024, 'DUS 2024']]));
    expect(data.tracks.map((t) => [t.kind, t.number, t.title])).toEqual([['track', 1, 'Den røde tråd']]);
  });

  it('keeps what was typed in the browser and offers it back', async () => {
    const services = fixtureServices(dataFor(['secretariat']));
    const first = renderAt('#/dus/2020', services);
    await screen.findByTestId('dus-form');
    fireEvent.change(textbox(group(s.StrategySection), s.FieldVision), { target: { value: 'Mennesker møder mennesker' } });
    first.unmount();
    renderAt('#/dus/2020', services);
    await screen.findByTestId('dus-form');
    expect(textbox(group(s.StrategySection), s.FieldVision)).toHaveValue('');
    await waitFor(() => expect(screen.getByTestId('dus-draft')).toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: s.DraftRestore }));
    expect(textbox(group(s.StrategySection), s.FieldVision)).toHaveValue('Mennesker møder mennesker');
  });

  it('says so when someone else saved first, and keeps the typing for after the reload', async () => {
    const conflict = new DataError('conflict', { detail: 'conflict' });
    const base = fixtureServices(dataFor(['secretariat']));
    const services: AppServices = { ...base, strategyAdmin: { ...base.strategyAdmin, save: () => Promise.reject(conflict) } };
    renderAt('#/dus/2020', services);
    await screen.findByTestId('dus-form');
    fireEvent.change(textbox(group(s.StrategySection), s.FieldIntro), { target: { value: 'Ny indledning' } });
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    await waitFor(() => expect(screen.getByText(s.Conflict)).toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: s.ReloadLatest }));
    await waitFor(() => expect(screen.getByTestId('dus-draft')).toBeInTheDocument());
  });

  it('renders no literal text (pseudo-locale; titles, template headings and deadline titles are data)', async () => {
    const mark = (t: string): string => `⟦${t}⟧`;
    const data = dataFor(['secretariat']);
    data.strategies = data.strategies.map((x) => ({ ...x, title: mark(x.title), deadlines: x.deadlines.map((d) => ({ ...d, title: mark(d.title) })) }));
    data.tracks = data.tracks.map((t) => ({ ...t, title: mark(t.title) }));
    data.requirements = data.requirements.map((r) => ({ ...r, title: mark(r.title) }));
    const headings = [GOAL_TEMPLATES.questions.titleLabel, GOAL_TEMPLATES.questions.tracksLabel, ...GOAL_TEMPLATES.questions.sections.map((x) => x.label)];
    const data_ = [...headings, ...Object.values(DEADLINE_TITLES)];
    const literal = (): string[] => findUnlocalizedText(document.body).filter((t) => !data_.includes(t) && !/^\d{4}$/.test(t));
    const view = renderAt('#/dus/2020', fixtureServices(data), pseudoLocalize(da));
    await screen.findByTestId('dus-form');
    fireEvent.click(screen.getByRole('button', { name: pseudoLocalize(da).StrategyAdmin.Save }));
    await screen.findByTestId('dus-saved');
    expect(literal()).toEqual([]);
    view.unmount();
    renderAt('#/dus/2020', fixtureServices({ ...data, permissions: { groups: ['readers'] } }), pseudoLocalize(da));
    await screen.findByTestId('dus-read');
    await act(async () => undefined);
    expect(literal()).toEqual([]);
  });
});
