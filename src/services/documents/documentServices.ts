// The agreement documents as Word files: one agreement, or all agreements of a year in one file for
// the council's theme meeting. Reads go through the repositories' threshold-safe queries, in one
// $batch; the `docx` generator loads only when a file is asked for.
import type { SPFI } from '@pnp/sp';
import type { Agreement, AuthorityStatus, Department, Dialogue, Goal, StageCode, StageConfiguration } from '../../domain';
import { damagedItems, describeDamage, type DamageTemplates } from '../../domain/damage';
import type { ApprovalTarget } from '../approvals/approvalTypes';
import { stageLabel } from '../../domain/stageMachine';
import { agreementOutline, type AgreementOutline } from '../../domain/agreementOutline';
import { safeFileName } from '../../domain/documentText';
import { DataError } from '../../data/errors/DataError';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import type { QuerySpec } from '../../data/repositories/listStore';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { DialogueRepository } from '../../data/repositories/followUpRepositories';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import { inOneBatch, noListAsEmpty } from '../../data/repositories/batch';
import type { AgreementDocumentData } from '../AppServices';
import { DOCX_MIME, saveFile } from '../download/saveFile';

export interface DocxFile {
  fileName: string;
  data: ArrayBuffer;
}

/** The words a Word file needs from the reader's language (the view hands them in). */
export interface DocumentWords {
  /** The stage as printed: from the stored Stage and the approval log's verdict on it. */
  stage(stage: StageCode, status: AuthorityStatus | undefined): string;
  /** strings.Resilience: the sentences naming what could not be read. */
  damage: DamageTemplates;
}

/** The approval log's word on stages, by target key (the approval services' verification). */
export type VerifyTargets = (targets: ApprovalTarget[]) => Promise<Record<string, AuthorityStatus>>;

export interface DocumentServices {
  /** Every agreement of the year with its goals and the year's DUS, ordered by department title. */
  loadYearDocuments(year: number): Promise<AgreementDocumentData[]>;
  /** With `words`, each agreement's stage is printed as the approval log backs it and damaged
   * items are named; without, the stored Stage label is printed. */
  agreementDocx(agreementId: number, words?: DocumentWords): Promise<DocxFile>;
  yearDocx(year: number, words?: DocumentWords): Promise<DocxFile>;
  /** Builds the agreement's .docx and hands it to the browser as a download. */
  downloadAgreementDocx(agreementId: number, words?: DocumentWords): Promise<void>;
  downloadYearDocx(year: number, words?: DocumentWords): Promise<void>;
}

const byTitle = (a: Department, b: Department): number => a.title.localeCompare(b.title, 'da-DK');

export function outlineOf(data: AgreementDocumentData, config: StageConfiguration, stageText?: string): AgreementOutline {
  return agreementOutline({ ...data, stageLabel: stageText ?? stageLabel(config, data.agreement.stage) });
}

/** The damaged agreement, goals and DUS of one document, as sentences. */
export function damageNotes(data: AgreementDocumentData, templates: DamageTemplates): string[] {
  return damagedItems({
    strategy: data.strategy,
    tracks: data.tracks,
    requirements: data.requirements,
    departments: [data.department],
    agreements: [data.agreement],
    goals: data.goals
  }).map((d) => `${d.title}: ${describeDamage(templates, d.kind, d.damage)}`);
}

export function createDocumentServices(sp: SPFI, config: StageConfiguration, verify?: VerifyTargets): DocumentServices {
  const agreements = new AgreementRepository(sp, config);
  const goals = new GoalRepository(sp, config);
  const strategies = new StrategyRepository(sp);
  const departments = new DepartmentRepository(sp);
  const dialogues = new DialogueRepository(sp);

  /** The year's DUS, departments and the given goal query, in one $batch. */
  async function readFrame(year: number, goalSpec: QuerySpec, agreementSpec: QuerySpec) {
    const pages = await inOneBatch(sp, (batched) => ({
      departmentPage: departments.readPage(DepartmentRepository.all(), batched),
      goalPage: goals.readPage(goalSpec, batched),
      agreementPage: agreements.readPage(agreementSpec, batched),
      ...strategies.readYearPages(year, batched),
      // The year's contract dialogues (the Year index first): a few per agreement.
      dialoguePage: noListAsEmpty(dialogues.readPage(DialogueRepository.forYear(year), batched))
    }));
    const [departmentList, goalList, agreementList, parts, dialogueList] = await Promise.all([
      departments.finishRead(pages.departmentPage),
      goals.finishRead(pages.goalPage),
      agreements.finishRead(pages.agreementPage),
      strategies.finishYear(pages),
      dialogues.finishRead(pages.dialoguePage)
    ]);
    return { departmentList, goalList, agreementList, dialogueList, parts };
  }

  function assemble(
    agreement: Agreement,
    goalList: Goal[],
    departmentList: Department[],
    parts: ReturnType<typeof StrategyRepository.assemble>,
    dialogueList: Dialogue[]
  ): AgreementDocumentData {
    const department = departmentList.find((d) => d.id === agreement.departmentId);
    if (!department) throw new DataError('notFound', { detail: `department ${agreement.departmentId} of agreement ${agreement.id}` });
    return {
      agreement,
      department,
      departments: departmentList,
      year: agreement.year,
      goals: goalList.filter((g) => g.agreementId === agreement.id),
      strategy: parts?.strategy,
      tracks: parts?.tracks ?? [],
      requirements: parts?.requirements ?? [],
      dialogues: dialogueList.filter((d) => d.agreementId === agreement.id && d.misfiled === undefined)
    };
  }

  async function loadAgreement(agreementId: number): Promise<AgreementDocumentData> {
    // The agreement first (its year picks the DUS); the rest in one batch, the agreement read again
    // there by department and year so the batch has one shape for both uses.
    const first = await agreements.getById(agreementId);
    const frame = await readFrame(first.year, GoalRepository.forAgreement(agreementId), AgreementRepository.forDepartmentYear(first.departmentId, first.year));
    const agreement = frame.agreementList.find((a) => a.id === agreementId) ?? first;
    return assemble(agreement, frame.goalList, frame.departmentList, frame.parts, frame.dialogueList);
  }

  async function loadYearDocuments(year: number): Promise<AgreementDocumentData[]> {
    const frame = await readFrame(year, GoalRepository.forYear(year), AgreementRepository.forYear(year));
    return frame.agreementList
      .map((a) => assemble(a, frame.goalList, frame.departmentList, frame.parts, frame.dialogueList))
      .sort((a, b) => byTitle(a.department, b.department));
  }

  async function build(outlines: AgreementOutline[], collectionTitle?: string): Promise<ArrayBuffer> {
    const { buildDocx } = await import(/* webpackChunkName: 'docx-export' */ './buildDocx');
    return buildDocx(outlines, collectionTitle ? { collectionTitle, collectionLead: 'Aftalerne i denne samling:' } : {});
  }

  /** The outlines as the file prints them: with `words`, the checked stage and the damage notes. */
  async function printedOutlines(documents: AgreementDocumentData[], words: DocumentWords | undefined): Promise<AgreementOutline[]> {
    if (words === undefined) return documents.map((d) => outlineOf(d, config));
    const checked = verify === undefined ? {} : await verify(documents.map((d) => ({ list: 'Agreements' as const, id: d.agreement.id })));
    return documents.map((d) => {
      // An agreement outside its department's folder is never verified, as in the views.
      const status = d.agreement.misfiled !== undefined ? 'unverified' : checked[`Agreements:${d.agreement.id}`];
      const outline = outlineOf(d, config, words.stage(d.agreement.stage, status));
      const notes = damageNotes(d, words.damage);
      return notes.length > 0 ? { ...outline, notes } : outline;
    });
  }

  async function agreementDocx(agreementId: number, words?: DocumentWords): Promise<DocxFile> {
    const data = await loadAgreement(agreementId);
    const fileName = safeFileName(`Udviklingsaftale ${data.year} - ${data.department.title}`, 'docx');
    return { fileName, data: await build(await printedOutlines([data], words)) };
  }

  async function yearDocx(year: number, words?: DocumentWords): Promise<DocxFile> {
    const documents = await loadYearDocuments(year);
    if (documents.length === 0) throw new DataError('notFound', { detail: `no agreements in ${year}` }, `Der er ingen udviklingsaftaler for ${year}.`);
    const fileName = safeFileName(`Udviklingsaftaler ${year} - alle afdelinger`, 'docx');
    return { fileName, data: await build(await printedOutlines(documents, words), `Udviklingsaftaler ${year}`) };
  }

  return {
    loadYearDocuments,
    agreementDocx,
    yearDocx,
    async downloadAgreementDocx(agreementId, words) {
      const file = await agreementDocx(agreementId, words);
      saveFile(file.data, file.fileName, DOCX_MIME);
    },
    async downloadYearDocx(year, words) {
      const file = await yearDocx(year, words);
      saveFile(file.data, file.fileName, DOCX_MIME);
    }
  };
}
