import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The five source documents the seed data is transcribed from. Copies live in seed/sources/ so a
 * fresh clone can check the seed against them (tests/unit/seed). The ids keep the numbering of
 * the shared originals (000-004) so a reviewer can find the original quickly.
 */
export const SEED_SOURCES = {
  skanderborg2020: {
    original: '000',
    file: 'skanderborg-udviklingsaftale-2020-okonomi-innovation-it.txt',
    title: 'Udviklingsaftale 2020, Staben Økonomi, Innovation og IT'
  },
  skanderborg2023: {
    original: '001',
    file: 'skanderborg-udviklingsaftale-2023-okonomi-digitalisering-indkob.txt',
    title: 'Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb'
  },
  albertslund2016: {
    original: '002',
    file: 'albertslund-virksomhedsplan-2016-2017-okonomi-og-stab.txt',
    title: 'Virksomhedsplan for Økonomi og Stab 2016-2017'
  },
  skanderborgDus2022: {
    original: '003',
    file: 'skanderborg-dus-2022.txt',
    title: 'Direktionens UdviklingsSpor 2022'
  },
  skanderborg2019: {
    original: '004',
    file: 'skanderborg-udviklingsaftale-2019-byraads-og-direktionssekretariatet.txt',
    title: 'Udviklingsaftale 2019 for Byråds- og Direktionssekretariatet'
  }
} as const;

export type SeedSourceId = keyof typeof SEED_SOURCES;

export const SEED_SOURCE_IDS = Object.keys(SEED_SOURCES) as SeedSourceId[];

export function seedSourcePath(id: SeedSourceId): string {
  return join(__dirname, 'sources', SEED_SOURCES[id].file);
}

export function readSeedSource(id: SeedSourceId): string {
  return readFileSync(seedSourcePath(id), 'utf8');
}

/**
 * Reduces a text to what a reader sees, so seed text can be compared with its source: the source
 * documents are conversions from Word/PDF and carry HTML table markup, Markdown emphasis and
 * links, bullet glyphs and tabs that are layout, not content. Seed text uses "- " for list items
 * and line breaks between paragraphs; those are layout too.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^[ \t]*-[ \t]+/gm, ' ')
    .replace(/^[ \t]*#{1,3}[ \t]+/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/[•▪○]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Places where the conversion of a two-column page interleaved two texts, so a sentence of the
 * original is interrupted by a neighbouring column. Each repair is applied to the normalised
 * source before the fidelity check, restoring the sentence the seed quotes. Listed here so that
 * every departure from the literal text is visible and reviewed.
 */
export const SOURCE_REPAIRS: Readonly<Record<SeedSourceId, ReadonlyArray<{ from: string; to: string }>>> = {
  skanderborg2020: [],
  skanderborg2023: [],
  skanderborgDus2022: [],
  skanderborg2019: [],
  albertslund2016: [
    {
      from: 'sikrer en Dokumentation: succesfuld implementering af "Strategi for den smarte by".',
      to: 'sikrer en succesfuld implementering af "Strategi for den smarte by". Dokumentation:'
    },
    {
      // A stray "i" between two evidence lines (a footnote mark or column residue).
      from: 'ØS egne fagområder. i Tilpasning',
      to: 'ØS egne fagområder. Tilpasning'
    },
    {
      from: 'Lønadministrationen og Dokumentation: Gennemgang og procesoptimering af de 5 mest Personalekonsulenterne centrale arbejdsgange:',
      to: 'Lønadministrationen og Personalekonsulenterne Dokumentation: Gennemgang og procesoptimering af de 5 mest centrale arbejdsgange:'
    }
  ]
};

/** The normalised text of a source with its SOURCE_REPAIRS applied, for the fidelity check. */
export function comparableSource(id: SeedSourceId): string {
  let text = normaliseText(readSeedSource(id));
  for (const repair of SOURCE_REPAIRS[id]) {
    if (!text.includes(repair.from)) {
      throw new Error(`Repair of ${id} no longer matches its source: ${repair.from}`);
    }
    text = text.replace(repair.from, repair.to);
  }
  return text.toLocaleLowerCase('da');
}

/** The pieces of a seed text that do not occur in the comparable source (case-insensitive);
 * empty when the text is faithful. */
export function missingPieces(seedText: string, comparable: string): string[] {
  return verbatimPieces(seedText).filter((piece) => !comparable.includes(piece.toLocaleLowerCase('da')));
}

/**
 * Splits a seed text into the pieces that must each occur verbatim in the source: one per line,
 * without the "- " list marker the seed adds, since the source's own markers differ (bullets,
 * HTML lists). Numbered items keep their number: the sources print it as text.
 */
export function verbatimPieces(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(-|#{1,3})\s+/, ''))
    .map(normaliseText)
    .filter((line) => line.length > 0);
}
