import { describe, expect, it } from '@jest/globals';
import {
  ALBERTSLUND_STAGES,
  deadlineKind,
  deadlinesInReminderWindow,
  hasReached,
  neededStageIndex,
  planReminders,
  reminderMail,
  SKANDERBORG_STAGES,
  type Department
} from '../../../src/domain';

const dep = (id: number, leader?: string, active = true): Department => ({
  id,
  title: `Afdeling ${id}`,
  kind: 'department',
  editors: [],
  active,
  leader: leader ? { email: leader } : undefined
});

const strategy = {
  deadlines: [
    { title: 'Afleveres til direktionen', date: '2023-12-03' },
    { title: 'Opfølgning på aftalen', date: '2024-02-01' },
    { title: 'Kontraktdialoger', date: '2023-03-01' }
  ]
};

describe('deadlines', () => {
  it('recognises the agreement and follow-up deadlines by their titles', () => {
    expect(deadlineKind({ title: 'Afleveres til direktionen' })).toBe('agreementDue');
    expect(deadlineKind({ title: 'Aftaler afleveres til direktionen' })).toBe('agreementDue');
    expect(deadlineKind({ title: 'Opfølgning på aftalen' })).toBe('followUpDue');
    expect(deadlineKind({ title: 'Kontraktdialoger' })).toBeUndefined();
  });

  it('opens the reminder window 14 days before a deadline and keeps it open after', () => {
    expect(deadlinesInReminderWindow(strategy, '2023-11-18')).toEqual([]);
    expect(deadlinesInReminderWindow(strategy, '2023-11-19').map((d) => d.kind)).toEqual(['agreementDue']);
    expect(deadlinesInReminderWindow(strategy, '2024-01-20').map((d) => d.kind)).toEqual(['agreementDue', 'followUpDue']);
  });

  it('asks for the stage before the final approval (agreement) and for closed (follow-up), from the configuration', () => {
    expect(SKANDERBORG_STAGES.stages[neededStageIndex(SKANDERBORG_STAGES, 'agreementDue')].code).toBe('boardApproval');
    expect(ALBERTSLUND_STAGES.stages[neededStageIndex(ALBERTSLUND_STAGES, 'agreementDue')].code).toBe('approval');
    expect(SKANDERBORG_STAGES.stages[neededStageIndex(SKANDERBORG_STAGES, 'followUpDue')].code).toBe('closed');
    expect(hasReached(SKANDERBORG_STAGES, { stage: 'lmuHearing' }, 'agreementDue')).toBe(false);
    expect(hasReached(SKANDERBORG_STAGES, { stage: 'approved' }, 'agreementDue')).toBe(true);
    expect(hasReached(SKANDERBORG_STAGES, undefined, 'agreementDue')).toBe(false);
  });
});

describe('planReminders', () => {
  it('reminds leaders of departments that are behind, and counts those without a leader', () => {
    const plan = planReminders({
      config: SKANDERBORG_STAGES,
      strategy,
      today: '2023-12-01',
      departments: [dep(1, 'Leder@Kommune.local'), dep(2, 'b@kommune.local'), dep(3), dep(4, 'd@kommune.local', false), dep(5, 'e@kommune.local')],
      agreements: [
        { departmentId: 1, stage: 'draft' },
        { departmentId: 2, stage: 'boardApproval' },
        { departmentId: 3, stage: 'draft' }
      ]
    });
    expect(plan.due.map((d) => [d.department.id, d.recipient, d.deadlines.map((x) => x.kind)])).toEqual([
      [1, 'leder@kommune.local', ['agreementDue']],
      // No agreement at all: behind on delivering it.
      [5, 'e@kommune.local', ['agreementDue']]
    ]);
    expect(plan.withoutLeader.map((d) => d.id)).toEqual([3]);
  });

  it('reminds of the follow-up only departments that have an agreement to follow up', () => {
    const plan = planReminders({
      config: SKANDERBORG_STAGES,
      strategy: { deadlines: [{ title: 'Opfølgning på aftalen', date: '2024-02-01' }] },
      today: '2024-02-02',
      departments: [dep(1, 'a@kommune.local'), dep(2, 'b@kommune.local'), dep(3, 'c@kommune.local')],
      agreements: [
        { departmentId: 1, stage: 'followUp' },
        { departmentId: 2, stage: 'closed' }
      ]
    });
    expect(plan.due.map((d) => d.department.id)).toEqual([1]);
  });

  it('sends nothing outside the window', () => {
    expect(planReminders({ config: SKANDERBORG_STAGES, strategy, today: '2023-01-01', departments: [dep(1, 'a@k.dk')], agreements: [] }).due).toEqual([]);
  });

  it('writes a Danish e-mail that names each department, deadline and date, escaped', () => {
    const mail = reminderMail(
      2023,
      [{ department: { ...dep(1), title: 'Økonomi & <Stab>' }, deadlines: [{ kind: 'agreementDue', title: 'Afleveres til direktionen', date: '2023-12-03' }] }],
      'https://x/sider/u.aspx#/overblik/2023'
    );
    expect(mail.subject).toBe('Påmindelse: udviklingsaftale 2023');
    expect(mail.body).toContain('<li>Økonomi &amp; &lt;Stab&gt;: Afleveres til direktionen senest 3. december 2023 (aftalen sendt til godkendelse)</li>');
    expect(mail.body).toContain('href="https://x/sider/u.aspx#/overblik/2023"');
  });

  it('puts no link in the mail when the page address is not http(s)', () => {
    const items = [{ department: dep(1), deadlines: [{ kind: 'agreementDue' as const, title: 'Afleveres til direktionen', date: '2023-12-03' }] }];
    for (const link of ['javascript:alert(1)//#/overblik/2023', 'data:text/html,<b>x</b>', '#/overblik/2023']) {
      const mail = reminderMail(2023, items, link);
      expect(mail.body).not.toContain('<a ');
      expect(mail.body).toContain('Afleveres til direktionen');
    }
  });
});
