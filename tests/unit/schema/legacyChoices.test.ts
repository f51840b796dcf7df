import { describe, expect, it } from '@jest/globals';
import { codeOf, HORIZON_CHOICES, listDef, SCHEMA } from '../../../src/data/schema';
import { CHOICE_COLUMNS } from '../../../src/data/schema/choiceColumns';
import { goalMapping } from '../../../src/data/repositories/mappers/goalMapper';
import { labelledChoices } from '../../../src/data/repositories/approvalStateRepository';
import { diffFields } from '../../../src/services/approvals/diffs';
import { changedAfterApproval } from '../../../src/domain/approvalBinding';
import { diffVersions } from '../../../src/domain/versionDiff';
import { SKANDERBORG_STAGES } from '../../../src/domain';

// ADR 0010: what the choice columns held before schema version 2, frozen. These are on existing
// items until provisioning migrates them, on ApprovalLog entries for good, and in every item's
// version history. If a label in the domain is reworded, this test fails: freeze the old label in
// src/data/schema/choices.ts then, or the old values stop being read.
const LEGACY: Record<string, Record<string, string>> = {
  'Departments/Kind': { Stab: 'staff', Fagsekretariat: 'secretariat', Afdeling: 'department', Team: 'team', Institution: 'institution' },
  'Strategies/GoalTemplate': {
    'Spørgsmål i skema (Skanderborg 2019-2020)': 'questions',
    'Afsnit med virkning for borgeren (Skanderborg 2023)': 'sections',
    'Mål med dokumentation (Albertslund)': 'evidence'
  },
  'Strategies/MinimumGoalContent': {
    'Baggrund og formål': 'purpose',
    Udviklingsmål: 'goalStatement',
    Aktiviteter: 'activities',
    'Hvem er involveret?': 'involved',
    'Opfølgning på virkningen': 'followUpMethod',
    'Forventede virkninger for borgeren': 'citizenImpact',
    Tidsperspektiv: 'horizon'
  },
  'Goals/Horizon': { Etårigt: 'oneYear', Flerårigt: 'multiYear' },
  'Goals/TargetDirection': { Højst: 'atMost', Mindst: 'atLeast', Præcis: 'exactly' },
  'Goals/Outcome': {
    Nået: 'achieved',
    'Delvist nået': 'partlyAchieved',
    'Ikke nået': 'notAchieved',
    Ændret: 'changed',
    Bortfaldet: 'dropped',
    Videreføres: 'continued'
  },
  'Goals/SDGs': {
    '1. Afskaf fattigdom': 'sdg1',
    '2. Stop sult': 'sdg2',
    '3. Sundhed og trivsel': 'sdg3',
    '4. Kvalitetsuddannelse': 'sdg4',
    '5. Ligestilling mellem kønnene': 'sdg5',
    '6. Rent vand og sanitet': 'sdg6',
    '7. Bæredygtig energi': 'sdg7',
    '8. Anstændige jobs og økonomisk vækst': 'sdg8',
    '9. Industri, innovation og infrastruktur': 'sdg9',
    '10. Mindre ulighed': 'sdg10',
    '11. Bæredygtige byer og lokalsamfund': 'sdg11',
    '12. Ansvarligt forbrug og produktion': 'sdg12',
    '13. Klimaindsats': 'sdg13',
    '14. Livet i havet': 'sdg14',
    '15. Livet på land': 'sdg15',
    '16. Fred, retfærdighed og stærke institutioner': 'sdg16',
    '17. Partnerskaber for handling': 'sdg17'
  },
  'ApprovalLog/Decision': {
    Indsendt: 'submitted',
    Godkendt: 'approved',
    Behandlet: 'consulted',
    'Sendt retur': 'returned',
    'Opfølgning startet': 'followUpStarted',
    Afsluttet: 'completed'
  },
  'CheckIns/Status': { 'På rette vej': 'onTrack', Udfordret: 'challenged', Bagud: 'behind', Nået: 'achieved', 'Sat på pause': 'paused' }
};

describe('stable choice values (ADR 0010)', () => {
  it('knows every label stored before schema version 2, and the literal each becomes', () => {
    expect(Object.fromEntries(CHOICE_COLUMNS.map((c) => [`${c.list}/${c.field}`, c.literalOf]))).toEqual(LEGACY);
  });

  it("stores the literals, which are the columns' choices", () => {
    for (const c of CHOICE_COLUMNS) {
      const field = listDef(SCHEMA, c.list).fields.find((f) => f.name === c.field);
      expect(field).toMatchObject({ type: c.multi ? 'MultiChoice' : 'Choice', choices: Object.values(c.literalOf) });
    }
  });

  it('rewrites every column but the approval log, the authority record', () => {
    expect(CHOICE_COLUMNS.filter((c) => !c.migrate).map((c) => `${c.list}/${c.field}`)).toEqual(['ApprovalLog/Decision']);
  });

  it('reads a goal saved before and after the migration as the same goal', () => {
    const mapping = goalMapping(SKANDERBORG_STAGES);
    const base = { Id: 1, Title: 'Mål', AgreementId: 2, DepartmentId: 3, Year: 2023, Stage: 'Kladde', TargetValue: 2.8 };
    const before = mapping.fromItem({
      ...base,
      Horizon: 'Flerårigt',
      TargetDirection: 'Højst',
      Outcome: 'Delvist nået',
      SDGs: ['7. Bæredygtig energi', '13. Klimaindsats']
    });
    const after = mapping.fromItem({ ...base, Horizon: 'multiYear', TargetDirection: 'atMost', Outcome: 'partlyAchieved', SDGs: ['sdg7', 'sdg13'] });
    expect(after).toEqual(before);
    expect(before.horizon).toBe('multiYear');
    expect(codeOf(HORIZON_CHOICES, 'Etårigt')).toBe('oneYear');
  });

  it('reads a version before the migration and the migrated one alike, and shows a real change with labels', () => {
    const fields = diffFields('Goals');
    const row = (values: Record<string, unknown>) => labelledChoices('Goals', values);
    const before = row({ Title: 'Mål', Horizon: 'Etårigt', SDGs: ['7. Bæredygtig energi'], Outcome: null });
    expect(diffVersions(fields, before, row({ Title: 'Mål', Horizon: 'oneYear', SDGs: ['sdg7'], Outcome: null }))).toEqual([]);
    const changed = diffVersions(fields, before, row({ Title: 'Mål', Horizon: 'multiYear', SDGs: ['sdg7', 'sdg13'], Outcome: null }));
    expect(changed.map((c) => [c.key, c.before, c.after])).toEqual([
      ['Horizon', 'Etårigt', 'Flerårigt'],
      ['SDGs', '7. Bæredygtig energi', '7. Bæredygtig energi, 13. Klimaindsats']
    ]);
  });

  it('keeps a goal approved before the migration unchanged after approval', () => {
    const approved = { Title: 'Mål', Horizon: 'Etårigt', TargetDirection: 'Mindst', Stage: 'Godkendt' };
    const binding = (after: Record<string, unknown>) => ({
      versions: [
        { label: '3.0', values: labelledChoices('Goals', approved) },
        { label: '4.0', values: labelledChoices('Goals', after) }
      ],
      contentFields: diffFields('Goals'),
      yearEndKeys: []
    });
    expect(changedAfterApproval(SKANDERBORG_STAGES, '3.0', binding({ ...approved, Horizon: 'oneYear', TargetDirection: 'atLeast' }))).toBe(false);
    expect(changedAfterApproval(SKANDERBORG_STAGES, '3.0', binding({ ...approved, Horizon: 'multiYear', TargetDirection: 'atLeast' }))).toBe(true);
  });
});
