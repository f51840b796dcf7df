// The agreement documents as Word files: one agreement, or all agreements of a year in one file for
// the council's theme meeting. Reads go through the repositories' threshold-safe queries, in one
// $batch; the `docx` generator loads only when a file is asked for.
import type { SPFI } from '@pnp/sp';
import type { Agreement, Department, Dialogue, Goal, StageConfiguration } from '../../domain';
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

export interface DocumentServices {
  /** Every agreement of the year with its goals and the year's DUS, ordered by department title. */
  loadYearDocuments(year: number): Promise<AgreementDocumentData[]>;
  /** `stageText`: the stage as the approval log backs it (the view's checked text); the stored
   * Stage label when absent. */
  agreementDocx(agreementId: number, stageText?: string): Promise<DocxFile>;
  yearDocx(year: number): Promise<DocxFile>;
  /** Builds the agreement's .docx and hands it to the browser as a download. */
  downloadAgreementDocx(agreementId: number, stageText?: string): Promise<void>;
  downloadYearDocx(year: number): Promise<void>;
}

const byTitle = (a: Department, b: Department): number => a.title.localeCompare(b.title, 'da-DK');

export function outlineOf(data: AgreementDocumentData, config: StageConfiguration, stageText?: string): AgreementOutline {
  return agreementOutline({ ...data, stageLabel: stageText ?? stageLabel(config, data.agreement.stage) });
}

export function createDocumentServices(sp: SPFI, config: StageConfiguration): DocumentServices {
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

  function assemble(agreement: Agreement, goalList: Goal[], departmentList: Department[], parts: ReturnType<typeof StrategyRepository.assemble>, dialogueList: Dialogue[]): AgreementDocumentData {
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

  async function agreementDocx(agreementId: number, stageText?: string): Promise<DocxFile> {
    const data = await loadAgreement(agreementId);
    const fileName = safeFileName(`Udviklingsaftale ${data.year} - ${data.department.title}`, 'docx');
    return { fileName, data: await build([outlineOf(data, config, stageText)]) };
  }

  async function yearDocx(year: number): Promise<DocxFile> {
    const documents = await loadYearDocuments(year);
    if (documents.length === 0) throw new DataError('notFound', { detail: `no agreements in ${year}` }, `Der er ingen udviklingsaftaler for ${year}.`);
    const fileName = safeFileName(`Udviklingsaftaler ${year} - alle afdelinger`, 'docx');
    return { fileName, data: await build(documents.map((d) => outlineOf(d, config)), `Udviklingsaftaler ${year}`) };
  }

  return {
    loadYearDocuments,
    agreementDocx,
    yearDocx,
    async downloadAgreementDocx(agreementId, stageText) {
      const file = await agreementDocx(agreementId, stageText);
      saveFile(file.data, file.fileName, DOCX_MIME);
    },
    async downloadYearDocx(year) {
      const file = await yearDocx(year);
      saveFile(file.data, file.fileName, DOCX_MIME);
    }
  };
}
