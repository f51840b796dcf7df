// "Importér fra Word" (issue 19) in the page over in-memory services: the button in Overblik, a
// refused file named in Danish, the review of a LibreOffice-made .docx (department and
// year, goals with their marks, every part with where it goes), moving and skipping a part, and Gem.
import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, type FixtureData } from '../fixtures/services';
import { materialise } from '../../../seed/materialise';
import { skanderborg } from '../../../seed/skanderborg';

// jsdom has no TextDecoder (every browser has): the zip reader decodes file names with it.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const da = loadLocale('da-dk');
const s = da.WordImport;
// mammoth reads the file and axe checks a long page: slow on a loaded two-core machine.
jest.setTimeout(240000);

function fixture(): { data: FixtureData; target: number } {
  const mat = materialise(skanderborg);
  const target = mat.departments.find((d) => d.title === 'Staben Økonomi, Innovation og IT')!.id;
  // The 2020 agreement is not on the site yet: the import is what brings it.
  const a2020 = mat.agreements.find((a) => a.year === 2020)!;
  return {
    target,
    data: {
      user: { login: 'sekretariat@kommune.local', displayName: 'Sekretariat' },
      departments: mat.departments,
      strategies: mat.strategies,
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
  // jsdom's File has no arrayBuffer() (the browser's has); the copy is made in the test's realm, so
  // the zip reader's ArrayBuffer checks see their own kind.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array(bytes).buffer });
  return file;
}

describe('Importér fra Word', () => {
  it('is offered in Overblik to whoever may create goals, and not to a reader', async () => {
    const { data } = fixture();
    window.location.hash = '#/overblik/2023';
    const { unmount } = render(<App strings={da} host="sharePoint" services={fixtureServices(data)} startView="afdeling" />);
    const link = await screen.findByTestId('word-import-open');
    expect(link.getAttribute('href')).toBe('#/importer');
    expect(link.textContent).toContain(s.Open);
    unmount();
    window.location.hash = '#/overblik/2023';
    render(<App strings={da} host="sharePoint" services={fixtureServices({ ...data, permissions: { canCreateGoals: false } })} startView="afdeling" />);
    await screen.findByTestId('overview-summary');
    expect(screen.queryByTestId('word-import-open')).toBeNull();
  });

  it('names a refused file, reviews a readable one, moves and skips parts, and saves the agreement and its goals', async () => {
    const { data, target } = fixture();
    window.location.hash = `#/importer/${target}/2020`;
    const { container } = render(<App strings={da} host="sharePoint" services={fixtureServices(data)} startView="afdeling" />);
    const input = (await screen.findByTestId('import-file-input')) as HTMLInputElement;
    const old = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], 'gammel.doc');
    Object.defineProperty(old, 'arrayBuffer', { value: async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).buffer });
    fireEvent.change(input, { target: { files: [old, docxFile('skanderborg-2020.docx')] } });
    expect((await screen.findByTestId('import-refused')).textContent).toBe(
      'gammel.doc er i det gamle Word-format (.doc). Åbn den i Word, gem den som .docx, og prøv igen.'
    );
    const review = await screen.findByTestId('import-review', {}, { timeout: 20000 });
    await waitFor(() => expect(within(review).getByTestId('import-department').textContent).toContain('Staben Økonomi, Innovation og IT'));
    expect((within(review).getByRole('textbox', { name: s.YearLabel }) as HTMLInputElement).value).toBe('2020');
    const goals = within(review).getAllByTestId('import-goal');
    expect(goals).toHaveLength(4);
    await waitFor(() =>
      expect(goals[2].textContent).toContain('Udgangspunkt: Vores relationer til folkestyret, Vores relationer til hinanden, Den økonomiske politik')
    );

    // Every part is listed with where it went.
    const rows = within(review).getAllByTestId('import-part');
    expect(rows.length).toBeGreaterThan(40);
    const involved = rows.find((r) => r.textContent?.startsWith('Udviklingsmålet er et fælles mål for Staben for Økonomi, Innovation og IT og HR staben'))!;
    expect(within(involved).getByTestId('import-part-destination').textContent).toBe('Mål 1: Hvem er involveret?');
    // Move it to goal 1's follow-up, then skip it and bring it back.
    fireEvent.click(within(involved).getByRole('button', { name: s.Move }));
    fireEvent.change(within(involved).getByRole('combobox', { name: s.MoveField }), { target: { value: 'followUpMethod' } });
    fireEvent.click(within(involved).getByRole('button', { name: s.MoveApply }));
    expect(within(involved).getByTestId('import-part-destination').textContent).toBe('Mål 1: Opfølgning på virkningen');
    fireEvent.click(within(involved).getByRole('button', { name: s.Skip }));
    expect(within(involved).getByTestId('import-part-destination').textContent).toBe('Springes over');
    expect(within(review).getByRole('status').textContent).toBe('4 mål, 0 frie afsnit, 1 dele sprunget over.');
    fireEvent.click(within(involved).getByRole('button', { name: s.Restore }));
    expect(within(involved).getByTestId('import-part-destination').textContent).toBe('Mål 1: Hvem er involveret?');

    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(review).getByTestId('import-save'));
    await screen.findByTestId('import-saved');
    const saved = data.agreements.find((a) => a.departmentId === target && a.year === 2020)!;
    expect(saved.title).toBe('Udviklingsaftale 2020');
    expect(data.goals.filter((g) => g.agreementId === saved.id).map((g) => g.title)).toEqual([
      'Styrket digital ledelse og udvikling af digitale kompetencer',
      'Det skal være lettere at være decentral leder',
      'Bedre anlægsstyring med henblik på forbedring af det politiske beslutningsgrundlag for anlægsinvesteringer',
      'Strategi for videreudviklingen af vores ledelsesinformation (TARGIT)'
    ]);
  });
});
