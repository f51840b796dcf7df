// The agreement outline as a Word document (.docx), laid out like the seed documents. This module
// imports the `docx` package and is itself loaded on demand (chunk 'docx-export'), so neither is
// in the main bundle.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions
} from 'docx';
import type { AgreementOutline, OutlineField, OutlineTrackTable, ResourceEffectTable } from '../../domain/agreementOutline';
import type { TextBlock } from '../../domain/documentText';

const BULLETS = 'ua-bullets';
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER };
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' };

function blockParagraphs(blocks: TextBlock[]): Paragraph[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [new Paragraph({ text: block.text, spacing: { after: 120 } })]
      : block.kind === 'heading'
        ? [new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [new TextRun({ text: block.text, bold: true })] })]
        : block.items.map((item) => new Paragraph({ text: item.text, numbering: { reference: BULLETS, level: item.level } }))
  );
}

const cellText = (text: string, options: { bold?: boolean; center?: boolean } = {}): Paragraph =>
  new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, bold: options.bold })] });

const caption = (text: string): Paragraph =>
  new Paragraph({ keepNext: true, spacing: { before: 200, after: 80 }, children: [new TextRun({ text, bold: true })] });

const table = (rows: TableRow[]): Table => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS });

/** "Udgangspunkt for målet": a header row of the columns and one row of X marks. */
function trackTable(t: OutlineTrackTable): Array<Paragraph | Table> {
  return [
    caption(t.caption),
    table([
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.columns.map((c) => new TableCell({ shading: HEADER_SHADING, children: [cellText(c.title, { bold: true })] }))
      }),
      new TableRow({ cantSplit: true, children: t.marks.map((m) => new TableCell({ children: [cellText(m ? 'X' : '', { bold: true, center: true })] })) })
    ])
  ];
}

function fieldRows(fields: OutlineField[]): TableRow[] {
  return fields.map(
    (f) =>
      new TableRow({
        children: [
          new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, shading: HEADER_SHADING, children: [cellText(f.label, { bold: true })] }),
          new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: f.blocks.length > 0 ? blockParagraphs(f.blocks) : [new Paragraph('')] })
        ]
      })
  );
}

function resourceTable(r: ResourceEffectTable): Array<Paragraph | Table> {
  return [
    caption(r.caption),
    table([
      new TableRow({
        tableHeader: true,
        children: [
          new TableCell({ shading: HEADER_SHADING, children: [cellText('')] }),
          ...r.marks.map((_, i) => new TableCell({ shading: HEADER_SHADING, children: [cellText(String(i + 1), { bold: true, center: true })] }))
        ]
      }),
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: [cellText(r.rowLabel)] }),
          ...r.marks.map((m) => new TableCell({ children: [cellText(m ? 'X' : '', { bold: true, center: true })] }))
        ]
      })
    ])
  ];
}

/** One agreement as the children of a Word section. */
function agreementChildren(o: AgreementOutline): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: o.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: o.subtitle, size: 32, color: '404040' })] }),
    ...o.meta.map((m) => new Paragraph(m)),
    // Damaged items are named, in bold dark red like the view's notice (text, not colour alone).
    ...(o.notes ?? []).map((n) => new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: n, bold: true, color: 'A4262C' })] }))
  ];
  for (const s of o.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }), ...blockParagraphs(s.blocks));
  }
  if (o.milestones) {
    const m = o.milestones;
    children.push(
      new Paragraph({ text: m.caption, heading: HeadingLevel.HEADING_1 }),
      table([
        new TableRow({
          tableHeader: true,
          children: m.columns.map((c) => new TableCell({ shading: HEADER_SHADING, children: [cellText(c, { bold: true })] }))
        }),
        ...m.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => new TableCell({ children: [cellText(c)] })) }))
      ])
    );
  }
  for (const d of o.dialogues) {
    children.push(new Paragraph({ text: d.heading, heading: HeadingLevel.HEADING_1, keepNext: true }), ...blockParagraphs(d.blocks));
  }
  if (o.goals.length > 0) children.push(new Paragraph({ text: o.goalsHeading, heading: HeadingLevel.HEADING_1 }));
  o.goals.forEach((g) => {
    // Each goal starts a page, as in the seed documents.
    children.push(new Paragraph({ text: g.heading, heading: HeadingLevel.HEADING_2, pageBreakBefore: true }));
    if (g.sharedWith) children.push(new Paragraph({ children: [new TextRun({ text: g.sharedWith, italics: true })] }));
    if (g.trackTable) children.push(...trackTable(g.trackTable));
    for (const f of g.fields) {
      children.push(new Paragraph({ text: f.label, heading: HeadingLevel.HEADING_3, keepNext: true }), ...blockParagraphs(f.blocks));
    }
  });
  if (o.climate.length > 0) children.push(new Paragraph({ text: o.climateHeading, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
  for (const c of o.climate) {
    children.push(new Paragraph({ text: c.title, heading: HeadingLevel.HEADING_2, keepNext: true }));
    if (c.sharedWith) children.push(new Paragraph({ children: [new TextRun({ text: c.sharedWith, italics: true })] }));
    if (c.rows.length > 0) children.push(table(fieldRows(c.rows)));
    if (c.resourceEffect) children.push(...resourceTable(c.resourceEffect));
  }
  return children;
}

const footer = (text: string): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${text} · side `, size: 18, color: '595959' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 18, color: '595959' })
        ]
      })
    ]
  });

export interface DocxOptions {
  /** For a year's collection: a title page with this title and the departments listed. */
  collectionTitle?: string;
  /** The lead of the title page, e.g. "Aftalerne i denne samling:". */
  collectionLead?: string;
}

/** One agreement, or a year's agreements (a title page, then one section per agreement, each on a new page). */
export async function buildDocx(outlines: AgreementOutline[], options: DocxOptions = {}): Promise<ArrayBuffer> {
  const sections: ISectionOptions[] = [];
  if (options.collectionTitle) {
    sections.push({
      children: [
        new Paragraph({ text: options.collectionTitle, heading: HeadingLevel.TITLE }),
        ...(options.collectionLead ? [new Paragraph({ text: options.collectionLead, spacing: { after: 120 } })] : []),
        ...outlines.map((o) => new Paragraph({ text: `${o.subtitle}: ${o.title}`, numbering: { reference: BULLETS, level: 0 } }))
      ]
    });
  }
  // A new section starts on a new page: the page break between agreements. Each names its
  // department and the page in the footer, for the printed council papers.
  for (const o of outlines) sections.push({ footers: { default: footer(o.subtitle) }, children: agreementChildren(o) });
  const document = new Document({
    creator: 'Udviklingsaftaler',
    title: options.collectionTitle ?? outlines[0]?.title ?? '',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level === 1 ? '◦' : '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
          }))
        }
      ]
    },
    sections
  });
  return Packer.toArrayBuffer(document);
}
