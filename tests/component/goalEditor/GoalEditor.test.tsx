import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { fixtureServices, sample, type FixtureData } from '../fixtures/services';
import type { AppServices } from '../../../src/services/AppServices';
import { DataError } from '../../../src/data/errors/DataError';
import { GOAL_TEMPLATES } from '../../../src/domain';

const da = loadLocale('da-dk');
const ed = da.GoalEditor;

function draftData(overrides: Partial<FixtureData> = {}): FixtureData {
  return {
    ...sample,
    agreements: sample.agreements.map((a) => ({ ...a, stage: 'draft' })),
    goals: sample.goals.map((g) => ({ ...g, stage: 'draft', purpose: 'Oprindelig forandring' })),
    ...overrides
  };
}

function renderApp(services: AppServices, strings = da): ReturnType<typeof render> {
  return render(<App strings={strings} host="sharePoint" services={services} startView="afdeling" />);
}

const field = (label: string | RegExp): HTMLElement => screen.getByRole('textbox', { name: label });

beforeEach(() => {
  window.location.hash = '';
  window.localStorage.clear();
});

describe('Goal editor', () => {
  it("opens a new goal with the headings of the year's template (2020 asks questions)", async () => {
    window.location.hash = '#/nyt-maal/1';
    renderApp(fixtureServices(draftData()));
    const panel = await screen.findByTestId('goal-editor');
    expect(within(panel).getByRole('textbox', { name: /Hvilken forandring vil vi opnå\?/ })).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: /Hvordan gør vi det\?/ })).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: /Udgangspunkt for målet/ })).toBeInTheDocument();
    expect(within(panel).getByRole('checkbox', { name: '1. Spor 1' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: ed.NewTitle })).toBeInTheDocument();
  });

  it('uses the 2023 headings when the strategy names that template', async () => {
    window.location.hash = '#/nyt-maal/1';
    const data = draftData({ strategies: sample.strategies.map((s) => ({ ...s, goalTemplate: 'sections' as const })) });
    renderApp(fixtureServices(data));
    await screen.findByTestId('goal-editor');
    expect(field(/Baggrund og formål/)).toBeInTheDocument();
    expect(field(/Forventede virkninger for borgeren/)).toBeInTheDocument();
  });

  it('refuses to save a goal without the content the DUS demands, with a Danish message at each field', async () => {
    window.location.hash = '#/nyt-maal/1';
    const data = draftData();
    renderApp(fixtureServices(data));
    await screen.findByTestId('goal-editor');
    fireEvent.click(screen.getByTestId('goal-save'));
    await waitFor(() => expect(screen.getByText(/felt\(er\) skal rettes/)).toBeInTheDocument());
    expect(screen.getByText('»Titel« skal udfyldes.')).toBeInTheDocument();
    expect(screen.getByText(/»Hvilken forandring vil vi opnå\?« skal udfyldes: DUS 2020 kræver det/)).toBeInTheDocument();
    expect(screen.getByText(/»Hvordan gør vi det\?« skal udfyldes/)).toBeInTheDocument();
    expect(data.goals).toHaveLength(3);
    // The keyboard goes to the first field that needs attention.
    await waitFor(() => expect(document.activeElement).toBe(field(/^Mål/)));
  });

  it("shows a field's message when the user leaves it, not before", async () => {
    window.location.hash = '#/nyt-maal/1';
    renderApp(fixtureServices(draftData()));
    await screen.findByTestId('goal-editor');
    const title = field(/^Mål/);
    expect(screen.queryByText('»Titel« skal udfyldes.')).not.toBeInTheDocument();
    fireEvent.blur(title);
    expect(await screen.findByText('»Titel« skal udfyldes.')).toBeInTheDocument();
  });

  it('saves a complete new goal with tracks, target and climate annex, and shows it in the list', async () => {
    window.location.hash = '#/nyt-maal/1';
    const data = draftData();
    renderApp(fixtureServices(data));
    await screen.findByTestId('goal-editor');
    fireEvent.change(field(/^Mål/), { target: { value: 'Lavere sygefravær' } });
    fireEvent.change(field(/Hvilken forandring/), { target: { value: 'Færre sygedage' } });
    fireEvent.change(field(/Hvordan gør vi det/), { target: { value: 'Dialog i LMU' } });
    fireEvent.change(field(/Hvordan følger vi op/), { target: { value: 'Kvartalsvis' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '2. Spor 2' }));
    fireEvent.click(screen.getByRole('switch', { name: ed.TargetToggle }));
    fireEvent.change(field(new RegExp(`^${ed.TargetValue}`)), { target: { value: '2,8' } });
    fireEvent.change(field(new RegExp(`^${ed.TargetUnit}`)), { target: { value: 'pct.' } });
    fireEvent.click(screen.getByRole('switch', { name: ed.ClimateToggle }));
    fireEvent.change(field(/Beskrivelse af tiltaget/), { target: { value: 'LED-belysning' } });
    fireEvent.change(field(/Specifikt mål/), { target: { value: '30 % mindre strøm' } });
    fireEvent.change(field(/Ansvarlig for gennemførelse/), { target: { value: 'Teknik' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Verdensmål 7: Bæredygtig energi' }));
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.click(screen.getByTestId('goal-save'));
    await waitFor(() => expect(screen.getByText(ed.Saved)).toBeInTheDocument());
    const saved = data.goals.find((g) => g.title === 'Lavere sygefravær');
    expect(saved).toMatchObject({
      trackIds: [102],
      target: { value: 2.8, unit: 'pct.', direction: 'atMost' },
      climate: { description: 'LED-belysning', sdgs: [7], resourceEffect: 4 },
      agreementId: 1,
      departmentId: 10,
      year: 2020
    });
    expect(saved?.clientId).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toBe(`#/maal/${saved?.id}`));
    // The department view behind the panel read again and lists the new goal.
    expect(await screen.findByRole('link', { name: /Lavere sygefravær/, hidden: true })).toBeInTheDocument();
  });

  it('says so in Danish when a number is not a number', async () => {
    window.location.hash = '#/nyt-maal/1';
    renderApp(fixtureServices(draftData()));
    await screen.findByTestId('goal-editor');
    fireEvent.click(screen.getByRole('switch', { name: ed.TargetToggle }));
    const value = field(new RegExp(`^${ed.TargetValue}`));
    fireEvent.change(value, { target: { value: 'to komma otte' } });
    fireEvent.blur(value);
    expect(await screen.findByText(ed.NumberFormatInvalid)).toBeInTheDocument();
  });

  it('keeps what was typed in the browser and offers it back after a reload', async () => {
    window.location.hash = '#/maal/1002';
    const services = fixtureServices(draftData());
    const first = renderApp(services);
    await screen.findByTestId('goal-editor');
    fireEvent.change(field(/Hvordan gør vi det/), { target: { value: 'Ny tekst, ikke gemt' } });
    first.unmount(); // the tab is closed or reloaded before saving
    renderApp(services);
    await screen.findByTestId('goal-editor');
    expect(field(/Hvordan gør vi det/)).toHaveValue('');
    await waitFor(() => expect(screen.getByText(/Du har ændringer fra/)).toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: ed.DraftRestore }));
    expect(field(/Hvordan gør vi det/)).toHaveValue('Ny tekst, ikke gemt');
  });

  it('keeps the typing when a save fails, and saves on retry', async () => {
    window.location.hash = '#/maal/1002';
    const data = draftData();
    const base = fixtureServices(data);
    let calls = 0;
    const services = fixtureServices(data, {
      saveGoal: async (goal, existing) => {
        calls += 1;
        if (calls === 1) throw new DataError('network');
        return base.saveGoal(goal, existing);
      }
    });
    renderApp(services);
    await screen.findByTestId('goal-editor');
    fireEvent.change(field(/Hvordan gør vi det/), { target: { value: 'Aktiviteter' } });
    fireEvent.change(field(/Hvordan følger vi op/), { target: { value: 'Opfølgning' } });
    fireEvent.click(screen.getByTestId('goal-save'));
    await waitFor(() => expect(screen.getByText(ed.SaveFailed)).toBeInTheDocument());
    expect(field(/Hvordan gør vi det/)).toHaveValue('Aktiviteter');
    expect(Object.keys(window.localStorage).some((k) => k.endsWith(':goal-1002'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: da.Errors.Retry }));
    await waitFor(() => expect(screen.getByText(ed.Saved)).toBeInTheDocument());
    expect(data.goals.find((g) => g.id === 1002)?.activities).toBe('Aktiviteter');
    expect(Object.keys(window.localStorage).some((k) => k.endsWith(':goal-1002'))).toBe(false);
  });

  it("shows both versions when someone else saved the same field, and saves the user's choice", async () => {
    window.location.hash = '#/maal/1002';
    const data = draftData();
    const base = fixtureServices(data);
    let conflictOnce = true;
    const services = fixtureServices(data, {
      saveGoal: async (goal, existing) => {
        if (conflictOnce && existing) {
          conflictOnce = false;
          // Someone else saved "purpose" first; the data layer reports the conflict.
          data.goals = data.goals.map((g) => (g.id === 1002 ? { ...g, purpose: 'Kollegaens forandring' } : g));
          await base.saveGoal({ ...existing.goal, purpose: 'Kollegaens forandring' }, existing);
          throw new DataError('conflict', {
            conflicts: [{ field: 'Purpose', base: 'Oprindelig forandring', mine: goal.purpose, theirs: 'Kollegaens forandring' }]
          });
        }
        return base.saveGoal(goal, existing);
      }
    });
    renderApp(services);
    await screen.findByTestId('goal-editor');
    fireEvent.change(field(/Hvilken forandring/), { target: { value: 'Min forandring' } });
    fireEvent.change(field(/Hvordan gør vi det/), { target: { value: 'Aktiviteter' } });
    fireEvent.change(field(/Hvordan følger vi op/), { target: { value: 'Opfølgning' } });
    fireEvent.click(screen.getByTestId('goal-save'));
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByRole('radio', { name: `${ed.ConflictMine}: Min forandring` })).toBeChecked();
    fireEvent.click(within(dialog).getByRole('radio', { name: `${ed.ConflictTheirs}: Kollegaens forandring` }));
    fireEvent.click(screen.getByRole('button', { name: ed.ConflictApply }));
    await waitFor(() => expect(screen.getByText(ed.Saved)).toBeInTheDocument());
    const saved = data.goals.find((g) => g.id === 1002);
    expect(saved?.purpose).toBe('Kollegaens forandring');
    expect(saved?.activities).toBe('Aktiviteter');
  });

  it('shows a reader the goal read-only, with nothing to save', async () => {
    window.location.hash = '#/maal/1001';
    renderApp(fixtureServices(draftData({ permissions: { groups: ['readers'], canCreateGoals: false, editableDepartmentIds: [] } })));
    expect(await screen.findByTestId('goal-read-only')).toBeInTheDocument();
    expect(screen.getByText(ed.ReadOnlyPermission)).toBeInTheDocument();
    expect(screen.queryByTestId('goal-save')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('textbox').filter((t) => t.closest('[data-testid="goal-editor"]'))).toHaveLength(0);
  });

  it('does not let an editor change a goal in a locked stage, and says why', async () => {
    window.location.hash = '#/maal/1001';
    renderApp(fixtureServices(sample)); // approved
    expect(await screen.findByText(/kan ikke redigeres i status »Godkendt«/)).toBeInTheDocument();
    expect(screen.queryByTestId('goal-save')).not.toBeInTheDocument();
  });

  it('closes back to the department view', async () => {
    window.location.hash = '#/maal/1001';
    renderApp(fixtureServices(draftData()));
    await screen.findByTestId('goal-editor');
    fireEvent.click(screen.getByRole('button', { name: ed.Close }));
    await waitFor(() => expect(window.location.hash).toBe('#/afdeling/10/2020'));
  });

  it('has no axe violations, open with target and climate annex', async () => {
    window.location.hash = '#/nyt-maal/1';
    renderApp(fixtureServices(draftData()));
    await screen.findByTestId('goal-editor');
    fireEvent.click(screen.getByRole('switch', { name: ed.TargetToggle }));
    fireEvent.click(screen.getByRole('switch', { name: ed.ClimateToggle }));
    fireEvent.click(screen.getByTestId('goal-save'));
    await screen.findByText('»Titel« skal udfyldes.');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('reads the target the Danish way: "1.000" is one thousand, "2.8" is refused as ambiguous', async () => {
    window.location.hash = '#/nyt-maal/1';
    const data = draftData();
    renderApp(fixtureServices(data));
    await screen.findByTestId('goal-editor');
    fireEvent.change(field(/^Mål/), { target: { value: 'Flere digitale selvbetjeninger' } });
    fireEvent.change(field(/Hvilken forandring/), { target: { value: 'Mindre papir' } });
    fireEvent.change(field(/Hvordan gør vi det/), { target: { value: 'Nye løsninger' } });
    fireEvent.change(field(/Hvordan følger vi op/), { target: { value: 'Årligt' } });
    fireEvent.click(screen.getByRole('switch', { name: ed.TargetToggle }));
    const value = field(new RegExp(`^${ed.TargetValue}`));
    fireEvent.change(value, { target: { value: '2.8' } });
    fireEvent.blur(value);
    expect(await screen.findByText('»2.8« kan læses på to måder. Skriv decimaler med komma (fx 2,8) og tusinder med punktum (fx 1.000).')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('goal-save'));
    await screen.findByText(/felt\(er\) skal rettes/);
    expect(data.goals.some((g) => g.title === 'Flere digitale selvbetjeninger')).toBe(false);
    fireEvent.change(value, { target: { value: '1.000' } });
    fireEvent.change(field(new RegExp(`^${ed.TargetUnit}`)), { target: { value: 'sager' } });
    fireEvent.click(screen.getByTestId('goal-save'));
    await waitFor(() => expect(screen.getByText(ed.Saved)).toBeInTheDocument());
    expect(data.goals.find((g) => g.title === 'Flere digitale selvbetjeninger')?.target?.value).toBe(1000);
  });

  it("renders no literal text (pseudo-locale; the template's headings are data)", async () => {
    window.location.hash = '#/nyt-maal/1';
    const mark = (t: string): string => `⟦${t}⟧`;
    const q = GOAL_TEMPLATES.questions;
    const template = {
      ...q,
      titleLabel: mark(q.titleLabel),
      tracksLabel: mark(q.tracksLabel),
      sections: q.sections.map((s) => ({ ...s, label: mark(s.label) }))
    };
    const data = draftData({
      template,
      departments: sample.departments.map((d) => ({ ...d, title: mark(d.title) })),
      tracks: sample.tracks.map((t) => ({ ...t, title: mark(t.title) })),
      requirements: sample.requirements.map((r) => ({ ...r, title: mark(r.title) })),
      agreements: sample.agreements.map((a) => ({
        ...a,
        stage: 'draft',
        title: mark(a.title),
        intro: mark(a.intro ?? ''),
        coreTask: mark(a.coreTask ?? ''),
        policies: a.policies.map(mark)
      })),
      goals: []
    });
    const base = fixtureServices(data).stageConfiguration;
    const services = fixtureServices(data, { stageConfiguration: { ...base, stages: base.stages.map((s) => ({ ...s, label: mark(s.label) })) } });
    renderApp(services, pseudoLocalize(da));
    await screen.findByTestId('goal-editor');
    fireEvent.click(screen.getAllByRole('switch')[0]);
    fireEvent.click(screen.getAllByRole('switch')[1]);
    await act(async () => undefined);
    expect(findUnlocalizedText(document.body)).toEqual([]);
  });
});
