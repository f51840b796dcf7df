// The agreement outline against the seed documents (shared/seeds 000: Udviklingsaftale 2020, Staben
// Økonomi, Innovation og IT; 001: Udviklingsaftale 2023, Staben Økonomi, Digitalisering og Indkøb).
// The expected marks and rows are written from the documents, not derived from the seed records.
import { materialise, seedMunicipalities } from '../../../seed';
import { agreementOutline, type AgreementOutline } from '../../../src/domain/agreementOutline';
import { blocksText, danishDate, danishList, milestoneWhen, safeFileName, textBlocks } from '../../../src/domain/documentText';

const skanderborg = seedMunicipalities.find((m) => m.key === 'skanderborg');
if (!skanderborg) throw new Error('seed has no Skanderborg');
const data = materialise(skanderborg);

function outlineOf(departmentTitle: string, year: number): AgreementOutline {
  const department = data.departments.find((d) => d.title === departmentTitle);
  const agreement = data.agreements.find((a) => a.departmentId === department?.id && a.year === year);
  const strategy = data.strategies.find((s) => s.year === year);
  if (!department || !agreement || !strategy) throw new Error(`no ${year} agreement for ${departmentTitle}`);
  return agreementOutline({
    agreement,
    department,
    departments: data.departments,
    goals: data.goals.filter((g) => g.agreementId === agreement.id),
    strategy,
    tracks: data.tracks.filter((t) => t.strategyId === strategy.id),
    requirements: data.requirements.filter((r) => r.strategyId === strategy.id),
    stageLabel: 'Godkendt'
  });
}

const marksOf = (outline: AgreementOutline, index: number): Array<[string, string]> =>
  (outline.goals[index].trackTable?.columns ?? []).map((c, i) => [c.title, outline.goals[index].trackTable?.marks[i] ? 'X' : '']);

describe('outline of Udviklingsaftale 2020, Staben Økonomi, Innovation og IT', () => {
  const outline = outlineOf('Staben Økonomi, Innovation og IT', 2020);

  it('has the title, the sections of chapter 1 and the milestones table of "Aftalens tilblivelse"', () => {
    expect(outline.title).toBe('Udviklingsaftale 2020');
    expect(outline.subtitle).toBe('Staben Økonomi, Innovation og IT · 2020');
    expect(outline.sections.map((s) => s.heading)).toEqual(['Indledning', 'Direktionens DUS for 2020', 'Kerneopgave', 'Byrådets politikker']);
    expect(blocksText(outline.sections[3].blocks)).toContain('• Opkrævningsstrategien');
    expect(blocksText(outline.sections[1].blocks)).toContain('• 1. Vores relationer til folkestyret');
    expect(outline.milestones?.columns).toEqual(['Tilblivelse', 'Tidsrum']);
    expect(outline.milestones?.rows).toHaveLength(12);
    expect(outline.milestones?.rows[1]).toEqual(['Ledergruppen laver overordnet oplæg til mål', '27. august 2019 – 15. september 2019']);
    expect(outline.milestones?.rows[3]).toEqual(['Første behandling i Ledergruppen', '27. september – 29. september']);
    expect(outline.milestones?.rows[11]).toEqual(['Afleveres til direktionen', '3. december 2019']);
  });

  it('has the four goals with the X marks of their "Udgangspunkt for målet" tables', () => {
    expect(outline.goals.map((g) => g.heading)).toEqual([
      '1. Styrket digital ledelse og udvikling af digitale kompetencer',
      '2. Det skal være lettere at være decentral leder',
      '3. Bedre anlægsstyring med henblik på forbedring af det politiske beslutningsgrundlag for anlægsinvesteringer',
      '4. Strategi for videreudviklingen af vores ledelsesinformation (TARGIT)'
    ]);
    const folk = 'Vores relationer til folkestyret';
    const borg = 'Vores relationer til borgerne';
    const hin = 'Vores relationer til hinanden';
    expect(marksOf(outline, 0)).toEqual([
      [folk, 'X'],
      [borg, 'X'],
      [hin, 'X'],
      ['Digitaliserings- og IT-strategien', 'X']
    ]);
    expect(marksOf(outline, 1)).toEqual([
      [folk, ''],
      [borg, ''],
      [hin, 'X'],
      ['Andet', '']
    ]);
    expect(marksOf(outline, 2)).toEqual([
      [folk, 'X'],
      [borg, ''],
      [hin, 'X'],
      ['Den økonomiske politik', 'X']
    ]);
    expect(marksOf(outline, 3)).toEqual([
      [folk, 'X'],
      [borg, 'X'],
      [hin, ''],
      ['Andet', '']
    ]);
    expect(outline.goals.every((g) => g.trackTable?.caption === 'Udgangspunkt for målet')).toBe(true);
  });

  it('labels the goal fields and names the partners of shared goals', () => {
    const first = outline.goals[0];
    expect(first.sharedWith).toBe('Fællesmål med HR staben');
    expect(outline.goals[2].sharedWith).toBe('Fællesmål med Fagsekretariatet Teknik og Miljø');
    expect(outline.goals[1].sharedWith).toBeUndefined();
    expect(first.fields.map((f) => f.label)).toEqual([
      'Hvilken forandring vil vi opnå?',
      'Hvordan gør vi det?',
      'Hvem er involveret?',
      'Hvordan følger vi op på virkningen?'
    ]);
    expect(outline.climate).toEqual([]);
  });
});

describe('outline of Udviklingsaftale 2023, Staben Økonomi, Digitalisering og Indkøb', () => {
  const outline = outlineOf('Staben Økonomi, Digitalisering og Indkøb', 2023);

  it('has the seven goals in order, goal 7 shared, goal 3 with its target', () => {
    expect(outline.goals.map((g) => g.heading)).toEqual([
      '1. Forslag til noget vi skal holde op med at gøre',
      '2. Fokusområder i ledelsesudviklingen',
      '3. Sygefravær i staben',
      '4. Flexible arbejdsformer',
      '5. God modtagelse af nye kollegaer',
      '6. Udvikling i opgaveløsningen',
      '7. Dataunderstøttelse af "Fastholdelse og rekruttering"'
    ]);
    expect(outline.goals[6].sharedWith).toBe('Fællesmål med Byrådssekretariatet og HR staben');
    // The 2023 template's headings and order; the horizon after the citizen impact, as in the document.
    expect(outline.goals[6].fields.map((f) => f.label)).toEqual([
      'Baggrund og formål',
      'Udviklingsmål',
      'Forventede virkninger for borgeren',
      'Tidsperspektiv',
      'Aktiviteter',
      'Opfølgning på udviklingsmålet og virkning'
    ]);
    const third = outline.goals[2].fields;
    expect(third.find((f) => f.label === 'Målsætning')?.blocks[0]).toMatchObject({ text: expect.stringMatching(/^Højst 2,8 %/) });
    expect(third.find((f) => f.label === 'Krav fra DUS, som målet opfylder')?.blocks[0]).toEqual({
      kind: 'list',
      items: [{ text: '3. Lokale mål for fastholdelse af et lavt sygefravær', level: 0 }]
    });
    // The 2023 DUS has two tracks and no goal marks one: the document prints what is written, so no
    // goal has an empty "Udgangspunkt for målet" table (issue 16).
    expect(outline.goals.map((g) => g.trackTable)).toEqual(outline.goals.map(() => undefined));
    expect(outline.milestones).toBeUndefined();
  });

  it('has both climate annex tables with the rows of the template, the SDGs and the resource effect', () => {
    expect(outline.climateHeading).toBe('Mål vedr. Klimainsatsen');
    expect(outline.climate.map((c) => c.title)).toEqual([
      'Indkøb med omtanke – videreførelsen af strategisporet ”Fokus på bæredygtige indkøb”',
      'Bæredygtige Pc-anskaffelser'
    ]);
    const [indkob, pc] = outline.climate;
    expect(indkob.rows.map((r) => r.label)).toEqual([
      'Strategispor i klima-, energi- og ressourcepolitikken',
      'Beskrivelse af tiltaget',
      'Specifikt mål / leverance for tiltaget',
      'Hvilket delmål bidrager tiltaget til indfrielsen af',
      'Ansvarlig for gennemførelse af tiltaget',
      'Tidsplan',
      'Finansieringskilder/personaleressourcer',
      'Merværdier',
      'Rimelig og retfærdig fordeling af gevinster',
      'Barrierer',
      'Verdensmål',
      'CO2-effekt'
    ]);
    expect(indkob.sdgs).toEqual(['7. Bæredygtig energi', '13. Klimaindsats']);
    expect(pc.sdgs).toEqual(['12. Ansvarligt forbrug og produktion', '13. Klimaindsats']);
    expect(indkob.resourceEffect?.marks).toEqual([false, false, false, true, false]);
    // The PC annex marks no resource effect and has no CO2 row: neither an empty scale nor an
    // empty row is printed.
    expect(pc.resourceEffect).toBeUndefined();
    expect(blocksText(indkob.rows[1].blocks)).toContain('• Transport med en grøn profil');
    expect(pc.rows.map((r) => r.label)).not.toContain('CO2-effekt');
    expect(pc.rows.every((r) => r.blocks.length > 0)).toBe(true);
    expect(indkob.sharedWith).toBe('Fællesmål med Klimaafdelingen');
    // Climate-only goals are annex tables, not goal sections.
    expect(outline.goals.some((g) => g.title === 'Bæredygtige Pc-anskaffelser')).toBe(false);
  });
});

describe('document text helpers', () => {
  it('reads a "# " line as a sub-heading, so no "#" is ever shown as text', () => {
    expect(textBlocks('Spor 2\n# Ledelsesspænd\nLedere skal have både opgaver og ansvar.\n- punkt')).toEqual([
      { kind: 'paragraph', text: 'Spor 2' },
      { kind: 'heading', text: 'Ledelsesspænd' },
      { kind: 'paragraph', text: 'Ledere skal have både opgaver og ansvar.' },
      { kind: 'list', items: [{ text: 'punkt', level: 0 }] }
    ]);
    // Only "# " with text after it is a heading: "#1" and a lone "#" stay text.
    expect(textBlocks('#1 på listen')).toEqual([{ kind: 'paragraph', text: '#1 på listen' }]);
    expect(blocksText(textBlocks('# Sygefravær\nTekst'))).toBe('Sygefravær\nTekst');
  });

  it('splits stored text into paragraphs and nested bullet lists', () => {
    expect(textBlocks('Indledning:\n- a\n  - b\n- c\n\nSlut')).toEqual([
      { kind: 'paragraph', text: 'Indledning:' },
      {
        kind: 'list',
        items: [
          { text: 'a', level: 0 },
          { text: 'b', level: 1 },
          { text: 'c', level: 0 }
        ]
      },
      { kind: 'paragraph', text: 'Slut' }
    ]);
    expect(textBlocks(undefined)).toEqual([]);
  });

  it('writes Danish dates, periods and lists', () => {
    expect(danishDate('2019-12-03')).toBe('3. december 2019');
    expect(milestoneWhen({ title: 'x', note: '20. oktober – 25. oktober' })).toBe('20. oktober – 25. oktober');
    expect(danishList(['A'])).toBe('A');
    expect(danishList(['A', 'B', 'C'])).toBe('A, B og C');
  });

  it('makes safe Danish file names', () => {
    expect(safeFileName('Udviklingsaftale 2023 - Staben Økonomi, Digitalisering og Indkøb', 'docx')).toBe(
      'Udviklingsaftale 2023 - Staben Økonomi, Digitalisering og Indkøb.docx'
    );
    expect(safeFileName('Børn/Unge: "Skoler" #1?', 'docx')).toBe('Børn Unge Skoler 1.docx');
    expect(safeFileName('..', 'docx')).toBe('Udviklingsaftale.docx');
    expect(safeFileName('x'.repeat(300), 'docx')).toHaveLength(125);
  });
});
