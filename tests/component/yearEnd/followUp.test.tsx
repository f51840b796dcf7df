import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { fixtureServices, type FixtureData } from '../fixtures/services';
import type { AppServices } from '../../../src/services/AppServices';
import type { Goal } from '../../../src/domain';
import { materialise } from '../../../seed/materialise';
import { albertslund } from '../../../seed/albertslund';
import { skanderborg } from '../../../seed/skanderborg';
import { DataError } from '../../../src/data/errors/DataError';

const da = loadLocale('da-dk');
const s = da.YearEnd;

function renderAt(hash: string, services: AppServices, strings: IUdviklingsaftalerStrings = da): ReturnType<typeof render> {
  window.location.hash = hash;
  return render(<App strings={strings} host="sharePoint" services={services} startView="afdeling" />);
}

/** A municipality's seed as fixture data, with one agreement moved into the follow-up stage and its
 * recorded outcomes taken away (what the leader is about to record). */
function followUpFixture(m: typeof albertslund, agreementKey: string, keepOutcomes = false): { data: FixtureData; agreementId: number; seeded: Goal[] } {
  const mat = materialise(m);
  const agreementId = mat.ids.agreements.get(agreementKey) ?? 0;
  const seeded = mat.goals.filter((g) => g.agreementId === agreementId);
  const data: FixtureData = {
    user: { login: 'leder@kommune.local', displayName: 'Leder' },
    departments: mat.departments,
    strategies: mat.strategies,
    tracks: mat.tracks,
    requirements: mat.requirements,
    agreements: mat.agreements.map((a) => (a.id === agreementId ? { ...a, stage: 'followUp' } : a)),
    goals: mat.goals.map((g) =>
      g.agreementId === agreementId && !keepOutcomes
        ? { ...g, outcome: undefined, outcomeNote: undefined, evidence: g.evidence.map((e) => ({ ...e, delivered: false })) }
        : g
    )
  };
  return { data, agreementId, seeded };
}

const skanderborg2023 = (): ReturnType<typeof followUpFixture> => followUpFixture(skanderborg, 'sk-aftale-2023-okonomi-digitalisering-indkob');

const card = (goalId: number): HTMLElement => screen.getByTestId(`followup-goal-${goalId}`);

async function record(goal: Goal, outcome: Goal['outcome'], note: string | undefined): Promise<void> {
  const c = card(goal.id);
  if (outcome) fireEvent.click(within(c).getByRole('radio', { name: s.Outcomes[outcome] }));
  if (note !== undefined) fireEvent.change(within(c).getByRole('textbox', { name: s.NoteLabel }), { target: { value: note } });
  fireEvent.click(within(c).getByRole('button', { name: s.Save }));
  await waitFor(() => expect(within(card(goal.id)).getByRole('status')).toHaveTextContent(s.Saved));
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('Opfølgning: Albertslund 2015 reproduced through the view', () => {
  it("records the 28 goals' status and notes as the plan printed them, and the summary counts them", async () => {
    const { data, agreementId, seeded } = followUpFixture(albertslund, 'al-maal-2015');
    renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByRole('heading', { name: format(s.Title, 'Økonomi og Stabs mål fra 2015') });
    expect(screen.getByTestId('outcome-count-none')).toHaveTextContent('28');
    for (const goal of seeded) await record(goal, goal.outcome, goal.outcomeNote);
    const stored = data.goals.filter((g) => g.agreementId === agreementId);
    expect(stored.map((g) => [g.title, g.outcome, g.outcomeNote])).toEqual(seeded.map((g) => [g.title, g.outcome, g.outcomeNote]));
    const count = (key: string): string | null => screen.getByTestId(`outcome-count-${key}`).querySelector('td')?.textContent ?? null;
    expect(['achieved', 'partlyAchieved', 'notAchieved', 'changed', 'dropped', 'continued', 'none'].map(count)).toEqual(['7', '3', '3', '1', '1', '6', '7']);
    expect(screen.getByTestId('outcome-count-total')).toHaveTextContent('28');
  }, 60000);
});

describe('Opfølgning: the stage as the approval log backs it (issue #15.2)', () => {
  it('says "Ændret efter godkendelse" when the agreement was changed after its approval', async () => {
    const { data, agreementId } = skanderborg2023();
    const services = fixtureServices(data);
    renderAt(`#/opfoelgning/${agreementId}`, {
      ...services,
      approvals: { ...services.approvals, stageFacts: async () => ({ [`Agreements:${agreementId}`]: { status: 'staleAfterApproval' } }) }
    });
    const stage = await screen.findByTestId('followup-stage', {}, { timeout: 10000 });
    await waitFor(() => expect(stage).toHaveTextContent(da.Approval.Stale));
    expect(stage).not.toHaveTextContent(format(da.Approval.VerifiedStage, 'Opfølgning'));
  });
});

describe('Opfølgning: the stage in words (issue #17.5)', () => {
  it('says who approved and when, not a plain "Godkendt"', async () => {
    const { data, agreementId } = skanderborg2023();
    const services = fixtureServices(data);
    const fact = {
      status: 'verified' as const,
      kind: 'decided' as const,
      decision: 'approved' as const,
      deciders: { text: 'direktionen', groups: ['approvers' as const] },
      at: '2019-12-03T10:00:00Z',
      by: 'Gert Bach'
    };
    renderAt(`#/opfoelgning/${agreementId}`, {
      ...services,
      approvals: { ...services.approvals, stageFacts: async () => ({ [`Agreements:${agreementId}`]: fact }) }
    });
    const stage = await screen.findByTestId('followup-stage', {}, { timeout: 10000 });
    await waitFor(() => expect(stage.textContent?.replace(/[\uE000-\uF8FF]/g, '')).toContain('Godkendt af direktionen 3. dec. 2019'));
  });
});

describe('Opfølgning: Albertslund evidence and the closed 2015 period', () => {
  it('records which evidence items were delivered', async () => {
    const { data, agreementId, seeded } = followUpFixture(albertslund, 'al-maal-2015');
    const goal = seeded.find((g) => g.evidence.length === 4) as Goal;
    renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByTestId(`followup-goal-${goal.id}`);
    const boxes = within(card(goal.id)).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('.ms-Checkbox')?.textContent)).toEqual(goal.evidence.map((e) => e.text));
    fireEvent.click(boxes[0]);
    fireEvent.click(boxes[2]);
    await record(goal, 'partlyAchieved', 'To af fire leveret.');
    expect(data.goals.find((g) => g.id === goal.id)?.evidence.map((e) => e.delivered)).toEqual([true, false, true, false]);
    const total = seeded.reduce((n, g) => n + g.evidence.length, 0);
    expect(screen.getByTestId('evidence-count')).toHaveTextContent(`${s.EvidenceLabel}: ${format(s.EvidenceCount, 2, total)}`);
  });

  it('shows the closed 2015 follow-up as the plan printed it, read-only', async () => {
    const { data, agreementId, seeded } = followUpFixture(albertslund, 'al-maal-2015', true);
    data.agreements = data.agreements.map((a) => (a.id === agreementId ? { ...a, stage: 'closed' } : a));
    const { container } = renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByTestId(`followup-goal-${seeded[0].id}`);
    await waitFor(() => expect(screen.getByTestId('followup-locked')).toHaveTextContent(format(s.LockedStage, 'Afsluttet')));
    expect(screen.queryByRole('radio')).toBeNull();
    const count = (key: string): string | null => screen.getByTestId(`outcome-count-${key}`).querySelector('td')?.textContent ?? null;
    expect(['achieved', 'partlyAchieved', 'notAchieved', 'changed', 'dropped', 'continued', 'none'].map(count)).toEqual(['7', '3', '3', '1', '1', '6', '7']);
    const citywifi = seeded.find((g) => g.title.includes('CityWifi')) as Goal;
    expect(within(card(citywifi.id)).getByTestId(`outcome-${citywifi.id}`)).toHaveTextContent(`${s.OutcomeLabel}: ${s.Outcomes.dropped}`);
    expect(card(citywifi.id)).toHaveTextContent('Målet viste sig irrelevant.');
    expect(card(citywifi.id)).toHaveTextContent(format(s.EvidenceCount, 0, 2));
    // A note that reports work without a verdict is followed up, not "Ikke fulgt op" (issue 16);
    // its evidence is delivered where the note says so.
    const trivsel = seeded.find((g) => g.title.includes('trivsel')) as Goal;
    expect(trivsel.outcome).toBeUndefined();
    expect(within(card(trivsel.id)).getByTestId(`outcome-${trivsel.id}`)).toHaveTextContent(`${s.OutcomeLabel}: ${da.GoalReadView.NoVerdict}`);
    expect(card(trivsel.id)).toHaveTextContent(format(s.EvidenceCount, 2, 2));
    for (const goal of seeded.filter((g) => g.outcomeNote)) {
      expect(within(card(goal.id)).getByTestId(`outcome-${goal.id}`)).not.toHaveTextContent(s.NotFollowedUp);
    }
    expect(await axeViolations(container)).toEqual([]);
  });
});

function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (_m, i: string) => String(values[Number(i)]));
}

describe('Opfølgning: Skanderborg 2023', () => {
  it('shows the sick-leave target against the actual value and refuses what is not a number, in Danish', async () => {
    const { data, agreementId, seeded } = skanderborg2023();
    const sick = seeded.find((g) => g.number === 3) as Goal;
    const { container } = renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByTestId(`followup-goal-${sick.id}`);
    const c = card(sick.id);
    expect(within(c).getByTestId('target-summary')).toHaveTextContent('Mål: højst 2,8 %');
    expect(within(c).getByTestId('target-actual')).toHaveTextContent(s.ActualNotMeasured);
    const actual = within(c).getByRole('textbox', { name: (n) => n.startsWith(s.ActualLabel) });
    fireEvent.change(actual, { target: { value: '3,1 %' } });
    expect(await within(c).findByText(da.Validation.Codes.numberUnreadable.replace('{value}', '3,1 %'))).toBeInTheDocument();
    fireEvent.click(within(c).getByRole('radio', { name: s.Outcomes.notAchieved }));
    fireEvent.click(within(c).getByRole('button', { name: s.Save }));
    expect(await within(c).findByText(da.Validation.Codes.outcomeNoteRequired.replace('{outcome}', s.Outcomes.notAchieved))).toBeInTheDocument();
    expect(data.goals.find((g) => g.id === sick.id)?.outcome).toBeUndefined();
    fireEvent.change(actual, { target: { value: '3,1' } });
    expect(within(c).getByTestId('target-actual')).toHaveTextContent('Faktisk: 3,1 %');
    expect(within(c).getByTestId('target-verdict')).toHaveTextContent(s.TargetNotMet);
    await record(sick, undefined, 'Sygefraværet steg til 3,1 pct.');
    expect(data.goals.find((g) => g.id === sick.id)?.target?.actual).toBe(3.1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('starts from the latest check-in: its outcome chosen, the last measured value filled in, and says so; the leader confirms', async () => {
    const { data, agreementId, seeded } = skanderborg2023();
    const sick = seeded.find((g) => g.number === 3) as Goal;
    const base = { goalId: sick.id, departmentId: sick.departmentId, year: 2023 };
    data.checkIns = [
      { ...base, id: 1, status: 'challenged', measuredValue: 3.1, measuredAt: '2023-01-31', createdAt: '2023-02-01T08:00:00Z' },
      { ...base, id: 2, status: 'behind', measuredValue: 3.4, measuredAt: '2023-10-31', createdAt: '2023-11-02T08:00:00Z' }
    ];
    const { container } = renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByTestId(`followup-goal-${sick.id}`);
    const c = card(sick.id);
    // The message bar renders its text a moment later (Fluent delays it for screen readers).
    await waitFor(() =>
      expect(within(c).getByTestId('followup-start')).toHaveTextContent(
        'Udfyldt ud fra seneste status »Bagud« (2. november 2023). Seneste måling: 3,4 % (31. oktober 2023).'
      )
    );
    expect(within(c).getByRole('radio', { name: s.Outcomes.notAchieved })).toBeChecked();
    expect(within(c).getByRole('textbox', { name: (n) => n.startsWith(s.ActualLabel) })).toHaveValue('3,4');
    expect(within(c).getByTestId('target-verdict')).toHaveTextContent(s.TargetNotMet);
    // Another goal without check-ins starts blank.
    const other = seeded.find((g) => g.number === 1) as Goal;
    expect(within(card(other.id)).queryByTestId('followup-start')).toBeNull();
    await record(sick, undefined, 'Sygefraværet steg i efteråret.');
    expect(data.goals.find((g) => g.id === sick.id)).toMatchObject({ outcome: 'notAchieved', target: { actual: 3.4 } });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps what was typed when the page goes away and offers it back', async () => {
    const { data, agreementId, seeded } = skanderborg2023();
    const goal = seeded[0];
    const first = renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByTestId(`followup-goal-${goal.id}`);
    fireEvent.click(within(card(goal.id)).getByRole('radio', { name: s.Outcomes.partlyAchieved }));
    fireEvent.change(within(card(goal.id)).getByRole('textbox', { name: s.NoteLabel }), { target: { value: 'Halvdelen er gjort' } });
    first.unmount();
    renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByTestId(`followup-goal-${goal.id}`);
    expect(within(card(goal.id)).getByRole('textbox', { name: s.NoteLabel })).toHaveValue('');
    await waitFor(() => expect(within(card(goal.id)).getByText(s.DraftFound)).toBeInTheDocument());
    fireEvent.click(within(card(goal.id)).getByRole('button', { name: s.DraftRestore }));
    expect(within(card(goal.id)).getByRole('textbox', { name: s.NoteLabel })).toHaveValue('Halvdelen er gjort');
    expect(within(card(goal.id)).getByRole('radio', { name: s.Outcomes.partlyAchieved })).toBeChecked();
    await record(goal, undefined, undefined);
    expect(window.localStorage.getItem(`udviklingsaftaler:followup-draft:fixture|leder@kommune.local:${goal.id}`)).toBeNull();
  });

  it('carries "Videreføres" goals over to 2024, one by one or all at once, and links the new drafts', async () => {
    const { data, agreementId, seeded } = skanderborg2023();
    const [g2, g5, g6] = [2, 5, 6].map((n) => seeded.find((g) => g.number === n) as Goal);
    renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByTestId(`followup-goal-${g2.id}`);
    await record(g2, 'continued', 'Fortsætter i 2024.');
    fireEvent.click(within(card(g2.id)).getByRole('button', { name: format(s.CarryOver, 2024) }));
    await waitFor(() => expect(within(card(g2.id)).getByTestId(`successor-${g2.id}`)).toHaveTextContent(`${format(s.CarriedOver, 2024)} ${g2.title}`));
    await record(g5, 'continued', 'Fortsætter.');
    await record(g6, 'continued', 'Fortsætter.');
    fireEvent.click(screen.getByRole('button', { name: format(s.CarryOverAll, 2024) }));
    await waitFor(() => expect(screen.getByTestId(`successor-${g6.id}`)).toBeInTheDocument());
    expect(screen.getByTestId(`successor-${g5.id}`)).toBeInTheDocument();
    const drafts = data.goals.filter((g) => g.year === 2024);
    expect(drafts.map((g) => [g.continuesFromId, g.stage, g.trackIds.length])).toEqual([
      [g2.id, 'draft', 0],
      [g5.id, 'draft', 0],
      [g6.id, 'draft', 0]
    ]);
    const link = within(screen.getByTestId(`successor-${g2.id}`)).getByRole('link');
    expect(link).toHaveAttribute('href', `#/maal/${drafts[0].id}`);
    expect(link).toHaveAttribute('data-interception', 'off');
  });

  it("shows the lineage of a carried-over goal in next year's follow-up", async () => {
    const { data, agreementId, seeded } = skanderborg2023();
    const g2 = seeded.find((g) => g.number === 2) as Goal;
    const services = fixtureServices(data);
    data.goals = data.goals.map((g) => (g.id === g2.id ? { ...g, outcome: 'continued' } : g));
    const carried = await services.yearEnd.carryOver(agreementId, [g2.id]);
    renderAt(`#/opfoelgning/${carried.agreement.id}`, services);
    const lineage = await screen.findByTestId('goal-lineage');
    expect(lineage).toHaveTextContent(`${format(s.LineageItem, 2023)} ${g2.title}`);
    expect(within(lineage).getByRole('link')).toHaveAttribute('href', `#/maal/${g2.id}`);
    // Next year's agreement is a draft: the follow-up is read-only and says why.
    await waitFor(() => expect(screen.getByTestId('followup-locked')).toHaveTextContent(format(s.LockedStage, 'Kladde')));
  });

  it('is read-only for someone who may not edit the department, and says so', async () => {
    const { data, agreementId, seeded } = skanderborg2023();
    data.permissions = { editableDepartmentIds: [] };
    const { container } = renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(data));
    await screen.findByTestId(`followup-goal-${seeded[0].id}`);
    await waitFor(() => expect(screen.getByTestId('followup-locked')).toHaveTextContent(s.LockedPermission));
    expect(screen.queryByRole('button', { name: s.Save })).toBeNull();
    expect(within(card(seeded[0].id)).getByTestId(`outcome-${seeded[0].id}`)).toHaveTextContent(s.NotFollowedUp);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a save conflict with a way out and keeps the draft', async () => {
    const { data, agreementId, seeded } = skanderborg2023();
    const base = fixtureServices(data);
    const services: AppServices = {
      ...base,
      yearEnd: {
        ...base.yearEnd,
        saveOutcome: async () => {
          throw new DataError('conflict', { detail: '412' });
        }
      }
    };
    renderAt(`#/opfoelgning/${agreementId}`, services);
    await screen.findByTestId(`followup-goal-${seeded[0].id}`);
    fireEvent.click(within(card(seeded[0].id)).getByRole('radio', { name: s.Outcomes.achieved }));
    fireEvent.click(within(card(seeded[0].id)).getByRole('button', { name: s.Save }));
    await waitFor(() => expect(within(card(seeded[0].id)).getByRole('alert')).toHaveTextContent(da.Errors.Kinds.conflict));
    expect(window.localStorage.getItem(`udviklingsaftaler:followup-draft:fixture|leder@kommune.local:${seeded[0].id}`)).toContain('achieved');
  });

  it('shows the load error with a retry', async () => {
    const { data } = skanderborg2023();
    renderAt('#/opfoelgning/9999', fixtureServices(data));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.notFound));
    expect(screen.getByRole('button', { name: da.Errors.Retry })).toBeInTheDocument();
  });

  it('renders no literal text (pseudo-locale), editable and read-only', async () => {
    const pseudo = pseudoLocalize(da);
    const mark = (text: string): string => `⟦${text}⟧`;
    const { data, agreementId, seeded } = skanderborg2023();
    const marked: FixtureData = {
      ...data,
      departments: data.departments.map((d) => ({ ...d, title: mark(d.title) })),
      agreements: data.agreements.map((a) => ({ ...a, title: mark(a.title) })),
      goals: data.goals.map((g) => ({
        ...g,
        title: mark(g.title),
        followUpMethod: g.followUpMethod ? mark(g.followUpMethod) : undefined,
        evidence: g.evidence.map((e) => ({ ...e, text: mark(e.text) })),
        target: g.target ? { ...g.target, unit: mark(g.target.unit), note: g.target.note ? mark(g.target.note) : undefined } : undefined
      }))
    };
    const base = fixtureServices(marked).stageConfiguration;
    const stageConfiguration = { ...base, stages: base.stages.map((st) => ({ ...st, label: mark(st.label) })) };
    const first = renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(marked, { stageConfiguration }), pseudo);
    await screen.findByTestId(`followup-goal-${seeded[0].id}`);
    fireEvent.change(within(card(seeded[2].id)).getByRole('textbox', { name: (n) => n.startsWith(pseudo.YearEnd.ActualLabel) }), { target: { value: '3' } });
    expect(findUnlocalizedText(first.container)).toEqual([]);
    first.unmount();
    marked.permissions = { editableDepartmentIds: [] };
    const second = renderAt(`#/opfoelgning/${agreementId}`, fixtureServices(marked, { stageConfiguration }), pseudo);
    await screen.findByTestId(`followup-goal-${seeded[0].id}`);
    await act(async () => undefined);
    expect(findUnlocalizedText(second.container)).toEqual([]);
  });
});
