// The review's re-import pieces (issue 19): a year without a DUS lists its track marks as "Spor
// uden DUS for året" and waits for a DUS year or "Spring sporene over" before saving (nothing is
// saved as a policy); a corrected file's fields changed in both places are listed with both
// versions and chosen field by field in the shared conflict dialog, and the choices go with the next save.
import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import type { ImportSaveResult, ImportTarget } from '../../../src/services/wordImport/wordImportServices';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, type FixtureData } from '../fixtures/services';
import { fixtureWordImport } from '../fixtures/wordImport';
import { materialise } from '../../../seed/materialise';
import { skanderborg } from '../../../seed/skanderborg';

if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const da = loadLocale('da-dk');
const m = da.WordImportMerge;
jest.setTimeout(240000);

/** The 2020 agreement not on the site, and the 2020 DUS moved to 2021: 2020 has no DUS. */
function fixture(): { data: FixtureData; target: number } {
  const mat = materialise(skanderborg);
  const target = mat.departments.find((d) => d.title === 'Staben Økonomi, Innovation og IT')!.id;
  const a2020 = mat.agreements.find((a) => a.year === 2020)!;
  return {
    target,
    data: {
      user: { login: 'sekretariat@kommune.local', displayName: 'Sekretariat' },
      departments: mat.departments,
      strategies: mat.strategies.map((s) => (s.year === 2020 ? { ...s, year: 2021 } : s)),
      tracks: mat.tracks,
      requirements: mat.requirements,
      agreements: mat.agreements.filter((a) => a.id !== a2020.id),
      goals: mat.goals.filter((g) => g.agreementId !== a2020.id)
    }
  };
}

function docxFile(name: string): File {
  const bytes = readFileSync(join(__dirname, '../../fixtures/wordImport', name));
  const file = new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array(bytes).buffer });
  return file;
}

async function openReview(data: FixtureData, target: number, services = fixtureServices(data)): Promise<{ review: HTMLElement; container: HTMLElement }> {
  window.location.hash = `#/importer/${target}/2020`;
  const { container } = render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
  fireEvent.change(await screen.findByTestId('import-file-input'), { target: { files: [docxFile('skanderborg-2020.docx')] } });
  const review = await screen.findByTestId('import-review', {}, { timeout: 20000 });
  await waitFor(() => expect(within(review).getByTestId('import-department').textContent).toContain('Staben Økonomi, Innovation og IT'));
  return { review, container };
}

const chooseTrackYear = async (review: HTMLElement, text: string): Promise<void> => {
  fireEvent.click(within(review).getByTestId('import-track-year'));
  fireEvent.click(await screen.findByRole('option', { name: text }));
};

describe('a year without a DUS', () => {
  it('lists the marked tracks as unmatched, saves none as policies, and waits for a DUS year or skip', async () => {
    const { data, target } = fixture();
    const { review, container } = await openReview(data, target);
    const aside = await within(review).findByTestId('import-no-strategy');
    expect(within(aside).getByText(m.NoStrategyTitle)).toBeTruthy();
    const marks = within(aside)
      .getAllByTestId('import-unmatched-mark')
      .map((x) => x.textContent);
    expect(marks).toContain('Mål 3: Vores relationer til folkestyret');
    // Goal 3's marks without a DUS: only its policy, the tracks are not made policies.
    const goals = within(review).getAllByTestId('import-goal');
    await waitFor(() => expect(goals[2].textContent).toContain('Udgangspunkt: Den økonomiske politik'));
    expect(goals[2].textContent).not.toContain('folkestyret');
    expect((within(review).getByTestId('import-save') as HTMLButtonElement).disabled).toBe(true);
    expect(within(aside).getByText(m.TrackYearMissing)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);

    // Read against the 2021 DUS: the columns are its tracks.
    await chooseTrackYear(review, 'DUS 2021');
    await waitFor(() =>
      expect(goals[2].textContent).toContain('Udgangspunkt: Vores relationer til folkestyret, Vores relationer til hinanden, Den økonomiske politik')
    );
    expect(within(review).getByTestId('import-no-strategy')).toBeTruthy();
    fireEvent.click(within(review).getByTestId('import-save'));
    await screen.findByTestId('import-saved');
    const saved = data.agreements.find((a) => a.departmentId === target && a.year === 2020)!;
    const folkestyret = data.tracks.find((t) => t.title === 'Vores relationer til folkestyret')!.id;
    const third = data.goals.filter((g) => g.agreementId === saved.id)[2];
    expect(third.trackIds).toContain(folkestyret);
    expect(third.policies).toEqual(['Den økonomiske politik']);
  });

  it('"Spring sporene over" saves the goals without the marks and without making them policies', async () => {
    const { data, target } = fixture();
    const { review } = await openReview(data, target);
    await within(review).findByTestId('import-no-strategy');
    await chooseTrackYear(review, m.TrackYearSkip);
    expect(within(review).getByText(m.TrackYearSkipped)).toBeTruthy();
    fireEvent.click(within(review).getByTestId('import-save'));
    await screen.findByTestId('import-saved');
    const saved = data.agreements.find((a) => a.departmentId === target && a.year === 2020)!;
    const goals = data.goals.filter((g) => g.agreementId === saved.id);
    expect(goals.every((g) => g.trackIds.length === 0)).toBe(true);
    expect(goals.flatMap((g) => g.policies)).not.toContain('Vores relationer til folkestyret');
  });
});

describe('fields changed both in the file and in the app', () => {
  it('are listed with both versions and chosen field by field; the choices go with the next save', async () => {
    const { data, target } = fixture();
    const saves: ImportTarget[] = [];
    const real = fixtureWordImport(data);
    const conflicted = (result: ImportSaveResult): ImportSaveResult => ({
      ...result,
      agreement: 'conflict',
      conflicts: [
        {
          key: 'goal:g1:involved',
          item: 'goal',
          goalTitle: 'Bedre anlægsstyring',
          field: 'involved',
          mine: 'Teknik og Miljø (filen).',
          theirs: 'Teknik og Miljø og HR (appen).'
        },
        {
          key: 'agreement:section:kultur',
          item: 'agreement',
          field: 'sections',
          sectionHeading: 'Kultur',
          mine: 'Afsnittet fra filen.',
          theirs: 'Afsnittet fra appen.'
        }
      ]
    });
    const wordImport = {
      ...real,
      async save(t: ImportTarget): Promise<ImportSaveResult> {
        saves.push(t);
        const result = await real.save({ ...t, trackYear: 'skip' });
        return t.choices ? result : conflicted(result);
      }
    };
    const { review, container } = await openReview(data, target, { ...fixtureServices(data), wordImport });
    await chooseTrackYear(review, m.TrackYearSkip);
    fireEvent.click(within(review).getByTestId('import-save'));
    const box = await screen.findByTestId('import-conflicts');
    expect(within(box).getByText(m.ConflictsTitle)).toBeTruthy();
    const items = within(box)
      .getAllByTestId('import-conflict')
      .map((x) => x.textContent);
    expect(items[0]).toBe('Målet »Bedre anlægsstyring«: Hvem er involveret?Filen: Teknik og Miljø (filen).Appen (nu): Teknik og Miljø og HR (appen).');
    expect(items[1]).toBe('Aftalen: afsnittet »Kultur«Filen: Afsnittet fra filen.Appen (nu): Afsnittet fra appen.');
    expect(screen.getByTestId('import-saved').textContent).toContain(m.AgreementConflict);
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(within(box).getByTestId('import-choose-versions'));
    const dialog = await screen.findByTestId('import-conflict-dialog');
    // The file's version is chosen by default; keep the app's section.
    const groups = within(dialog).getAllByRole('radiogroup');
    fireEvent.click(within(groups[1]).getByRole('radio', { name: 'Appen (nu): Afsnittet fra appen.' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: m.Apply }));
    });
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1].choices).toEqual({ 'goal:g1:involved': 'mine', 'agreement:section:kultur': 'theirs' });
    await waitFor(() => expect(screen.queryByTestId('import-conflicts')).toBeNull());
  });
});
