import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { fixtureServices, sample, type FixtureData } from '../fixtures/services';
import type { AppServices } from '../../../src/services/AppServices';
import { agreementDraftKey } from '../../../src/webparts/udviklingsaftaler/components/AgreementEditor/useAgreementForm';
import { hasDraft } from '../../../src/webparts/udviklingsaftaler/components/common/browserDrafts';

const da = loadLocale('da-dk');
const s = da.AgreementEditor;

function draftData(overrides: Partial<FixtureData> = {}): FixtureData {
  return { ...sample, agreements: sample.agreements.map((a) => ({ ...a, stage: 'draft' })), ...overrides };
}

function renderApp(services: AppServices, strings = da): ReturnType<typeof render> {
  return render(<App strings={strings} host="sharePoint" services={services} startView="afdeling" />);
}

const box = (name: string): HTMLElement => screen.getByRole('textbox', { name: new RegExp(`^${name.replace(/[()?]/g, '\\$&')}`) });
const type = (el: HTMLElement, value: string): void => {
  fireEvent.change(el, { target: { value } });
  fireEvent.blur(el);
};

beforeEach(() => {
  window.location.hash = '';
  window.localStorage.clear();
});

describe('Agreement editor', () => {
  it("is offered in the department view to the department's editors while the stage is editable", async () => {
    window.location.hash = '#/afdeling/10/2020';
    renderApp(fixtureServices(draftData()));
    const link = await screen.findByTestId('edit-agreement');
    expect(link).toHaveAttribute('href', '#/aftale/1');
  });

  it('is not offered once the agreement is approved, and says why when opened', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const { unmount } = renderApp(fixtureServices(sample));
    await screen.findByText(sample.agreements[0].title);
    expect(screen.queryByTestId('edit-agreement')).toBeNull();
    unmount();
    window.location.hash = '#/aftale/1';
    renderApp(fixtureServices(sample));
    // MessageBar renders its text a moment later (for screen readers): wait for the words.
    expect(
      await within(await screen.findByTestId('agreement-readonly')).findByText('Aftalen er i fasen »Godkendt« og kan ikke redigeres nu.')
    ).toBeInTheDocument();
    expect(screen.queryByTestId('agreement-save')).toBeNull();
  });

  it('is read-only with the reason for someone outside the department', async () => {
    window.location.hash = '#/aftale/1';
    renderApp(fixtureServices(draftData({ permissions: { editableDepartmentIds: [11] } })));
    expect(await screen.findByText(s.ReadOnlyPermission)).toBeInTheDocument();
  });

  it('writes every section, adds, reorders and removes rows, and saves', async () => {
    window.location.hash = '#/aftale/1';
    const data = draftData();
    renderApp(fixtureServices(data));
    await screen.findByTestId('agreement-editor');
    type(box(s.StrategyRelation), 'Pejlemærke 2');
    type(box(s.Continuing), '- Digital post');
    fireEvent.click(screen.getByRole('button', { name: s.AddBudgetChange }));
    type(box('Budgetændring 1'), 'Justering af demografimodeller');
    fireEvent.click(screen.getByRole('combobox', { name: /Relaterer sig til spor/ }));
    fireEvent.click(await screen.findByRole('option', { name: '1. Spor 1' }));
    // jsdom's narrow window gives the multi-select its phone layout, a panel with a close button.
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('option', { name: '1. Spor 1' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: s.AddSection }));
    type(box('Overskrift, afsnit 1'), 'Bæredygtig arbejdskultur');
    type(box('Tekst, afsnit 1'), 'Vi passer på hinanden.');
    fireEvent.click(screen.getByRole('button', { name: s.AddMilestone }));
    type(box('Trin 1'), 'Høring i LMU');
    type(box('Dato eller startdato, trin 1'), '20-11-2024');
    type(box('Slutdato ved en periode, trin 1'), '5.12.2024');
    fireEvent.click(screen.getByRole('button', { name: s.AddMilestone }));
    type(box('Trin 2'), 'Drøftelse i ledergruppen');
    type(box('Dato eller startdato, trin 2'), '4-11-2024');
    fireEvent.click(screen.getByRole('button', { name: 'Flyt op: Trin 2' }));
    fireEvent.click(screen.getByRole('button', { name: s.AddPolicy }));
    fireEvent.click(screen.getByRole('button', { name: 'Fjern: Politik 2' }));
    fireEvent.click(screen.getByTestId('agreement-save'));
    await screen.findByText(s.Saved);
    expect(data.agreements[0]).toMatchObject({
      strategyRelation: 'Pejlemærke 2',
      continuing: '- Digital post',
      policies: ['Den økonomiske politik'],
      budgetChanges: [{ text: 'Justering af demografimodeller', trackIds: [101] }],
      sections: [{ heading: 'Bæredygtig arbejdskultur', body: 'Vi passer på hinanden.' }],
      milestones: [
        { title: 'Drøftelse i ledergruppen', date: '2024-11-04' },
        { title: 'Høring i LMU', date: '2024-11-20', endDate: '2024-12-05' }
      ]
    });
    // The date inputs followed their rows and show the Danish format.
    expect(box('Dato eller startdato, trin 1')).toHaveValue('04-11-2024');
    expect(hasDraft(agreementDraftKey('fixture|redaktoer.skanderborg@kommune.local', 1))).toBe(false);
  });

  it('refuses a bad date and a section without heading with a Danish message at the field, and saves nothing', async () => {
    window.location.hash = '#/aftale/1';
    const data = draftData();
    renderApp(fixtureServices(data));
    await screen.findByTestId('agreement-editor');
    fireEvent.click(screen.getByRole('button', { name: s.AddMilestone }));
    type(box('Trin 1'), 'Høring');
    type(box('Dato eller startdato, trin 1'), '2024-11-20');
    expect(await screen.findByText('»2024-11-20« er ikke en dato. Skriv dd-mm-åååå, fx 01-12-2023.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: s.AddSection }));
    type(box('Tekst, afsnit 1'), 'Tekst uden overskrift');
    fireEvent.click(screen.getByTestId('agreement-save'));
    expect(await screen.findByText('»Øvrige afsnit, nr. 1«: overskriften skal udfyldes.')).toBeInTheDocument();
    expect(screen.getByText('Aftalen kan ikke gemmes endnu: 2 felt(er) skal rettes. Se beskederne ved felterne.')).toBeInTheDocument();
    expect(data.agreements[0].sections).toBeUndefined();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('keeps the typing in the browser and offers it back after a reload', async () => {
    window.location.hash = '#/aftale/1';
    const data = draftData();
    const first = renderApp(fixtureServices(data));
    await screen.findByTestId('agreement-editor');
    type(box(s.CoreTask), 'Ny kerneopgave, ikke gemt');
    first.unmount();
    renderApp(fixtureServices(data));
    await screen.findByTestId('agreement-editor');
    fireEvent.click(screen.getByRole('button', { name: da.GoalEditor.DraftRestore }));
    expect(box(s.CoreTask)).toHaveValue('Ny kerneopgave, ikke gemt');
  });

  it("merges another user's save and asks about the field both changed", async () => {
    window.location.hash = '#/aftale/1';
    const data = draftData();
    const services = fixtureServices(data);
    renderApp(services);
    await screen.findByTestId('agreement-editor');
    // Someone else saves the core task and the introduction meanwhile.
    await act(async () => {
      const theirs = await services.authoring.loadAgreementEditor(1);
      await services.authoring.saveAgreementContent(
        { ...theirs.agreement, policies: theirs.agreement.policies, milestones: [], budgetChanges: [], sections: [], coreTask: 'Deres kerneopgave' },
        theirs
      );
    });
    type(box(s.CoreTask), 'Min kerneopgave');
    type(box(s.Continuing), 'Min fortsættelse');
    fireEvent.click(screen.getByTestId('agreement-save'));
    const dialog = await screen.findByTestId('agreement-conflict-dialog');
    expect(within(dialog).getByRole('radio', { name: 'Min: Min kerneopgave' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Den gemte: Deres kerneopgave' })).toBeInTheDocument();
    expect(data.agreements[0].continuing).toBe('Min fortsættelse');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Den gemte: Deres kerneopgave' }));
    fireEvent.click(screen.getByRole('button', { name: s.ConflictApply }));
    await screen.findByText(s.Saved);
    await waitFor(() => expect(data.agreements[0].coreTask).toBe('Deres kerneopgave'));
    expect(data.agreements[0].continuing).toBe('Min fortsættelse');
  });

  it('renders no literal text (pseudo-locale)', async () => {
    window.location.hash = '#/aftale/1';
    const mark = (t: string): string => `⟦${t}⟧`;
    const data = draftData({
      departments: sample.departments.map((d) => ({ ...d, title: mark(d.title) })),
      tracks: sample.tracks.map((t) => ({ ...t, title: mark(t.title) })),
      agreements: sample.agreements.map((a) => ({
        ...a,
        stage: 'draft',
        title: mark(a.title),
        intro: mark(a.intro ?? ''),
        coreTask: mark(a.coreTask ?? ''),
        policies: a.policies.map(mark),
        budgetChanges: [{ text: mark('Budget'), trackIds: [101] }],
        sections: [{ heading: mark('Afsnit'), body: mark('Tekst') }],
        milestones: [{ title: mark('Trin'), date: '2024-11-04' }, { title: mark('Trin') }]
      }))
    });
    renderApp(fixtureServices(data), pseudoLocalize(da));
    await screen.findByTestId('agreement-editor');
    await act(async () => undefined);
    expect(findUnlocalizedText(document.body)).toEqual([]);
  });
});
