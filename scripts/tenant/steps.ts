// The scenarios of `npm run test:tenant`, run on the operator's site in a test installation (every
// list, group and the permission level carry the prefix, src/data/schema/installation.ts). Each
// step goes through the product's own code: provisioning, repositories, services, and so PnPjs's
// real requests. What it creates is recorded in the context so the cleanup can remove it.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { provision } from '../../src/data/provisioning';
import { GROUPS, listDef, SCHEMA } from '../../src/data/schema';
import { DataError } from '../../src/data/errors';
import { DepartmentRepository, listByUrl } from '../../src/data/repositories';
import type { GraphClient } from '../../src/data/graph/graphClient';
import type { AppServices } from '../../src/services/AppServices';
import type { ExportLabels } from '../../src/services/export/labels';
import { findStage, type GroupKey, type NewGoal, type PersonRef, type StageConfiguration } from '../../src/domain';

export interface CheckContext {
  sp: SPFI;
  services: AppServices;
  config: StageConfiguration;
  year: number;
  /** Labels of the Excel export (the Danish ones the web part uses). */
  workbookLabels: ExportLabels;
  graph?: GraphClient;
  operator?: PersonRef & { login: string };
  departmentId?: number;
  agreementId?: number;
  goalId?: number;
}

export interface Step {
  key: string;
  da: string;
  en: string;
  /** Returns a short detail for the report; throws when the tenant does not do what the product needs. */
  run(ctx: CheckContext): Promise<string>;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} mangler (et tidligere trin fejlede) / missing (an earlier step failed)`);
  return value;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** The groups the operator joins: every deciding group, so one person can walk the whole chain. */
const OPERATOR_GROUPS: GroupKey[] = ['editors', 'leaders', 'approvers', 'secretariat'];

export const STEPS: Step[] = [
  {
    key: 'provision',
    da: 'Opret lister, felter, visninger, grupper og tilladelser',
    en: 'Provision lists, fields, views, groups and permissions',
    async run(ctx) {
      const report = await provision(ctx.sp);
      const again = await provision(ctx.sp);
      check(!again.changed, `anden kørsel ændrede ${again.changes.length} ting / the second run changed things`);
      return `${report.changes.length} ændringer, anden kørsel ingen / changes, second run none`;
    }
  },
  {
    key: 'membership',
    da: 'Operatøren i grupperne (læs egne grupper)',
    en: 'Operator in the groups (read own groups)',
    async run(ctx) {
      const me = await ctx.sp.web.currentUser.select('Id', 'LoginName', 'Title', 'Email')<{ Id: number; LoginName: string; Title: string; Email: string }>();
      ctx.operator = { id: me.Id, email: me.Email, title: me.Title, login: me.LoginName };
      for (const key of OPERATOR_GROUPS) {
        const group = need(
          GROUPS.find((g) => g.key === key),
          key
        );
        await ctx.sp.web.siteGroups.getByName(group.title).users.add(me.LoginName);
      }
      const mine = await ctx.services.approvals.myGroups();
      check(
        OPERATOR_GROUPS.every((k) => mine.includes(k)),
        `egne grupper / own groups: ${mine.join(', ')}`
      );
      // No e-mails to groups from the test installation; the mail step sends one through Graph.
      await listByUrl(ctx.sp, listDef(SCHEMA, 'Settings')).items.add({ Title: 'Notifikationer', Key: 'notifications', Value: '{"enabled": false}' });
      return `${me.LoginName}: ${mine.join(', ')}`;
    }
  },
  {
    key: 'dus',
    da: 'Årets DUS med spor og krav (opret, gem med ETag)',
    en: "The year's DUS with tracks and requirements (create, save with ETag)",
    async run(ctx) {
      const draft = {
        strategy: {
          year: ctx.year,
          title: `Test-DUS ${ctx.year}`,
          vision: 'Test',
          deadlines: [{ title: 'Afleveres til direktionen', date: `${ctx.year}-11-30` }],
          minimumGoalContent: ['purpose' as const]
        },
        tracks: [{ kind: 'track' as const, number: 1, title: 'Testspor', description: 'Oprettet af test:tenant' }],
        requirements: [{ number: 1, title: 'Testkrav', appliesTo: 'agreement' as const }]
      };
      const saved = await ctx.services.strategyAdmin.save(draft, undefined);
      const loaded = await ctx.services.strategyAdmin.load(ctx.year);
      check(loaded.current?.tracks.length === 1, 'sporet blev ikke læst tilbage / the track did not read back');
      return `DUS ${saved.strategy.id}, spor / track ${saved.tracks[0]?.id}`;
    }
  },
  {
    key: 'department',
    da: 'Afdeling med operatøren som leder',
    en: 'Department led by the operator',
    async run(ctx) {
      const operator = need(ctx.operator, 'operatør / operator');
      const person: PersonRef = { id: operator.id, email: operator.email, title: operator.title };
      const created = await new DepartmentRepository(ctx.sp).store.create({
        title: 'Testafdeling',
        kind: 'department',
        leader: person,
        editors: [person],
        active: true
      });
      ctx.departmentId = created.id;
      // A new department gets its folders (and their permissions) when the site owner runs the setup again.
      const report = await provision(ctx.sp);
      return `id ${created.id}, opsætning igen / setup again: ${report.changes.length} ændringer / changes`;
    }
  },
  {
    key: 'agreement',
    da: 'Opret årets aftale (to gange: samme aftale)',
    en: "Create the year's agreement (twice: the same one)",
    async run(ctx) {
      const department = need(ctx.departmentId, 'afdeling / department');
      const first = await ctx.services.createAgreement(department, ctx.year);
      const second = await ctx.services.createAgreement(department, ctx.year);
      check(first.id === second.id, `to aftaler / two agreements: ${first.id}, ${second.id}`);
      ctx.agreementId = first.id;
      return `id ${first.id}`;
    }
  },
  {
    key: 'goal',
    da: 'Mål: opret, ret med ETag, forældet ETag afvises',
    en: 'Goal: create, update with ETag, stale ETag refused',
    async run(ctx) {
      const agreementId = need(ctx.agreementId, 'aftale / agreement');
      const editor = await ctx.services.loadGoalEditor({ agreementId });
      const draftStage = ctx.config.stages[0].code;
      const goal: NewGoal = {
        evidence: [],
        agreementId,
        departmentId: need(ctx.departmentId, 'afdeling'),
        year: ctx.year,
        title: 'Testmål',
        purpose: 'Formål skrevet af test:tenant',
        sharedWithDepartmentIds: [],
        trackIds: editor.tracks.map((t) => t.id),
        policies: [],
        requirementIds: editor.requirements.map((r) => r.id),
        stage: draftStage
      };
      const created = await ctx.services.saveGoal(goal, undefined);
      const updated = await ctx.services.saveGoal({ ...goal, purpose: 'Rettet formål' }, created);
      check(updated.etag !== created.etag, 'ETag ændrede sig ikke / the ETag did not change');
      // The first ETag is stale now: a save from it must merge or report a conflict, never overwrite blindly.
      const stale = await ctx.services.saveGoal({ ...goal, purpose: 'Fra en forældet version' }, created).then(
        () => undefined,
        (e: unknown) => e
      );
      check(stale instanceof DataError && stale.kind === 'conflict', `forældet ETag blev ikke afvist / stale ETag not refused: ${String(stale)}`);
      ctx.goalId = created.goal.id;
      return `id ${created.goal.id}, ETag ${created.etag} → ${updated.etag}`;
    }
  },
  {
    key: 'views',
    da: 'Alle visningers læsninger',
    en: 'Every read of every view',
    async run(ctx) {
      const { services } = ctx;
      const department = need(ctx.departmentId, 'afdeling');
      const agreementId = need(ctx.agreementId, 'aftale');
      const goalId = need(ctx.goalId, 'mål');
      const setup = await services.siteSetup();
      check(setup.missingLists.length === 0, `mangler / missing: ${setup.missingLists.join(', ')}`);
      const reads: Array<[string, Promise<unknown>]> = [
        ['currentUser', services.currentUser()],
        ['permissions', services.permissions()],
        ['departments', services.listDepartments()],
        ['years', services.listYears()],
        ['department view', services.loadDepartmentView(department, ctx.year)],
        ['goal editor', services.loadGoalEditor({ goalId })],
        ['document', services.loadAgreementDocument(agreementId)],
        ['overview', services.overview.load(ctx.year)],
        ['DUS', services.strategyAdmin.load(ctx.year)],
        ['follow-up', services.yearEnd.loadFollowUp(agreementId)],
        ['lineage', services.yearEnd.loadLineage(goalId)],
        ['outcomes', services.yearEnd.loadOutcomeSummaries(ctx.year)],
        ['tasks', services.approvals.myTasks()],
        ['workflow', services.approvals.workflow()],
        ['history', services.approvals.history({ list: 'Agreements', id: agreementId })]
      ];
      for (const [, read] of reads) await read;
      const view = await services.loadDepartmentView(department, ctx.year);
      check(
        view.goals.some((g) => g.id === goalId),
        'målet mangler i afdelingens visning / the goal is missing from the department view'
      );
      return `${reads.length} læsninger / reads`;
    }
  },
  {
    key: 'approval',
    da: 'Hele godkendelsesforløbet til Godkendt, verificeret i loggen',
    en: 'The whole approval chain to approved, verified in the log',
    async run(ctx) {
      const target = { list: 'Agreements' as const, id: need(ctx.agreementId, 'aftale') };
      const approved = ctx.config.stages.find((s) => s.kind === 'approved');
      check(approved !== undefined, 'forløbet har ingen godkendt-fase / no approved stage');
      const steps: string[] = [];
      for (let guard = 0; guard < ctx.config.stages.length; guard++) {
        const actions = await ctx.services.approvals.actionsFor(target);
        if (actions.stage === approved?.code) break;
        const forward = actions.transitions.find((t) => t.decision !== 'returned' && findStage(ctx.config, t.to)?.kind !== 'draft');
        check(forward !== undefined, `ingen vej videre fra / no way on from ${actions.stage}`);
        await ctx.services.approvals.decide({
          target,
          to: forward?.to ?? '',
          from: actions.stage,
          etag: actions.etag,
          ...(forward?.requiresMeeting ? { meetingDate: `${ctx.year}-01-15`, minutesUrl: 'https://example.org/referat' } : {})
        });
        steps.push(`${actions.stage}→${forward?.to}`);
      }
      const status = (await ctx.services.approvals.verification([target]))[`Agreements:${target.id}`];
      check(status === 'verified', `status ${status}, ventet / expected verified`);
      return steps.join(', ');
    }
  },
  {
    key: 'export',
    da: 'Excel-eksport og Word-dokumenter',
    en: 'Excel export and Word documents',
    async run(ctx) {
      const file = await ctx.services.exports.exportGoals({ year: ctx.year, layout: 'single', labels: ctx.workbookLabels, fileName: 'test' });
      const docx = await ctx.services.documents.agreementDocx(need(ctx.agreementId, 'aftale'));
      const year = await ctx.services.documents.yearDocx(ctx.year);
      const zip = (b: ArrayBuffer): boolean => new Uint8Array(b).slice(0, 2).join(',') === '80,75';
      check(zip(file.bytes) && zip(docx.data) && zip(year.data), 'filerne er ikke Office-filer / the files are not Office files');
      return `${file.bytes.byteLength} + ${docx.data.byteLength} + ${year.data.byteLength} bytes`;
    }
  },
  {
    key: 'mail',
    da: 'E-mail gennem Microsoft Graph til operatørens egen adresse',
    en: "E-mail through Microsoft Graph to the operator's own address",
    async run(ctx) {
      const graph = ctx.graph;
      if (!graph) return 'SPRUNGET OVER: ingen --graph-token / SKIPPED: no --graph-token';
      const me = await graph.get<{ mail?: string; userPrincipalName: string }>('/me?$select=mail,userPrincipalName');
      const to = me.mail ?? me.userPrincipalName;
      await graph.post('/me/sendMail', {
        message: {
          subject: 'Udviklingsaftaler: test af tenant',
          body: { contentType: 'Text', content: 'Sendt af npm run test:tenant. / Sent by npm run test:tenant.' },
          toRecipients: [{ emailAddress: { address: to } }]
        },
        saveToSentItems: false
      });
      return `til / to ${to}`;
    }
  }
];
