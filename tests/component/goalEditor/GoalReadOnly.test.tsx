// The read view of a goal shows everything the goal stores (issue 16): horizon, target with its
// baseline, the follow-up, the climate annex as the seed's table with Verdensmål, responsible and
// Ressourceeffekt; a template section not yet written says so, a field the template does not have
// and the goal does not fill is not shown, and no row reads "(tom)".
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample, type FixtureData } from '../fixtures/services';
import type { Goal } from '../../../src/domain';

const da = loadLocale('da-dk');

const climateGoal: Partial<Goal> = {
  purpose: 'Vi vil reducere sygefraværet.\n- i staben\n- i afdelingerne',
  activities: 'Månedlig opfølgning i LMU.',
  horizon: 'multiYear',
  target: { value: 2.8, unit: 'pct.', direction: 'atMost', baseline: 3.1, baselineYear: 2021, note: 'svarende til niveauet for staben i 2021' },
  outcome: 'partlyAchieved',
  outcomeNote: 'Delvist opfyldt: arbejdet pågår.',
  climate: {
    description: 'Indkøb med omtanke.',
    responsible: 'Indkøbsafdelingen',
    sdgs: [13, 7],
    resourceEffect: 4
  }
};

function readerData(goal: Partial<Goal>): FixtureData {
  return {
    ...sample,
    goals: sample.goals.map((g) => (g.id === 1001 ? { ...g, ...goal } : g)),
    permissions: { groups: ['readers'], canCreateGoals: false, editableDepartmentIds: [] }
  };
}

async function openGoal(goal: Partial<Goal>): Promise<{ view: HTMLElement; container: HTMLElement }> {
  window.location.hash = '#/maal/1001';
  const { container } = render(<App strings={da} host="sharePoint" services={fixtureServices(readerData(goal))} startView="afdeling" />);
  return { view: await screen.findByTestId('goal-read-only'), container };
}

beforeEach(() => {
  window.location.hash = '';
  window.localStorage.clear();
});

describe('Goal read view', () => {
  it('shows the horizon, the target with its baseline, the follow-up and the climate annex as a table', async () => {
    const { view, container } = await openGoal(climateGoal);
    expect(within(view).getByTestId('goal-read-horizon')).toHaveTextContent('TidsperspektivFlerårigt');
    const target = within(view).getByTestId('goal-read-target');
    expect(target).toHaveTextContent('Højst 2,8 pct.');
    expect(target).toHaveTextContent('Udgangspunkt: 3,1 pct. i 2021');
    expect(target).toHaveTextContent('svarende til niveauet for staben i 2021');
    expect(within(view).getByTestId('goal-read-outcome')).toHaveTextContent('Delvist nået');
    // Bullets in stored text are a list, as in the Dokument view and the .docx.
    expect(
      within(within(view).getByTestId('goal-read-purpose'))
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['i staben', 'i afdelingerne']);
    const table = within(view).getByTestId('climate-table');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [within(r).getByRole('rowheader').textContent, r.querySelector('td')?.textContent]);
    expect(rows).toEqual([
      ['Beskrivelse af tiltaget', 'Indkøb med omtanke.'],
      ['Ansvarlig for gennemførelse af tiltaget (3.1.6)', 'Indkøbsafdelingen'],
      ['Verdensmål', 'Verdensmål 7: Bæredygtig energiVerdensmål 13: Klimaindsats']
    ]);
    const scale = within(view).getByTestId('resource-effect-table');
    expect(
      within(scale)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['', 'Ikke markeret', 'Ikke markeret', 'Ikke markeret', 'X', 'Ikke markeret']);
    expect(view).not.toHaveTextContent('(tom)');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says a template section is not written yet, and leaves out fields the template does not have', async () => {
    const { view } = await openGoal({ purpose: 'Kun formålet er skrevet.' });
    // 2020's questions: "Hvordan gør vi det?" is in the template and empty.
    expect(within(view).getByTestId('goal-read-activities')).toHaveTextContent(`Hvordan gør vi det?${da.GoalReadView.NotFilled}`);
    // "Forventede virkninger for borgeren" is not a 2020 question and the goal has none.
    expect(within(view).queryByTestId('goal-read-citizenImpact')).not.toBeInTheDocument();
    expect(within(view).queryByTestId('goal-read-horizon')).not.toBeInTheDocument();
    expect(within(view).queryByTestId('goal-read-target')).not.toBeInTheDocument();
    expect(within(view).queryByTestId('goal-read-climate')).not.toBeInTheDocument();
    expect(view).not.toHaveTextContent('(tom)');
  });
});
