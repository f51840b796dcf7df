// N synthetic goals of one year for the export benchmark: realistic text lengths, every text
// unique (as real goals are), 40 departments, tracks and a theme.
import { SKANDERBORG_STAGES, type Department, type Goal, type Track } from '../../src/domain';
import type { ExportData } from '../../src/services/export/goalSheets';

const WORDS = [
  'udvikling',
  'borgeren',
  'opfølgning',
  'sygefravær',
  'digitalisering',
  'ledelse',
  'data',
  'indkøb',
  'medarbejdere',
  'virkning',
  'arbejdsgange',
  'kvalitet',
  'samarbejde',
  'økonomi',
  'budget',
  'politik',
  'klima',
  'fællesskab',
  'service',
  'rekruttering'
];

/** Varied Danish-looking text (unique per goal and field, as real goals are: no shared-string savings). */
const text = (words: number, seed: number): string => {
  let x = (seed * 2654435761) >>> 0;
  return (
    Array.from({ length: words }, () => {
      x = (x * 1103515245 + 12345) >>> 0;
      return WORDS[x % WORDS.length];
    }).join(' ') + ` (${seed})`
  );
};

export function syntheticData(count: number): ExportData {
  const departments: Department[] = Array.from({ length: 40 }, (_, i) => ({
    id: i + 1,
    title: `Afdeling ${i + 1}`,
    kind: i % 5 === 0 ? 'staff' : 'department',
    parentId: i % 5 === 0 ? undefined : Math.floor(i / 5) * 5 + 1,
    editors: [],
    active: true,
    leader: { email: `leder${i}@kommune.local`, title: `Leder ${i}` }
  }));
  const tracks: Track[] = [
    { id: 1, strategyId: 1, kind: 'track', number: 1, title: 'Den røde tråd fra politik til virkning for borgeren' },
    { id: 2, strategyId: 1, kind: 'track', number: 2, title: 'God ledelse og en bæredygtig organisation' },
    { id: 3, strategyId: 1, kind: 'theme', title: 'Digitalt lederskab' }
  ];
  const goals: Goal[] = Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    agreementId: (i % 40) + 1,
    departmentId: (i % 40) + 1,
    year: 2023,
    number: Math.floor(i / 40) + 1,
    title: i % 500 === 0 ? `=HYPERLINK("http://x","${i}")` : `Mål ${i}: ${text(8, i)}`,
    purpose: text(60, i * 7),
    goalStatement: text(20, i * 7 + 1),
    activities: text(50, i * 7 + 2),
    involved: text(10, i * 7 + 3),
    followUpMethod: text(30, i * 7 + 4),
    citizenImpact: text(30, i * 7 + 5),
    horizon: i % 2 === 0 ? 'oneYear' : 'multiYear',
    sharedWithDepartmentIds: i % 25 === 0 ? [((i + 1) % 40) + 1] : [],
    trackIds: tracks.filter((t) => (i + t.id) % 3 !== 0).map((t) => t.id),
    policies: i % 4 === 0 ? ['Den økonomiske politik'] : [],
    requirementIds: [(i % 6) + 1],
    stage: 'approved',
    evidence: [],
    target: i % 10 === 0 ? { value: 2.8, unit: 'pct.', direction: 'atMost' } : undefined
  }));
  return {
    year: 2023,
    departments,
    agreements: departments.map((d) => ({
      id: d.id,
      departmentId: d.id,
      year: 2023,
      title: `Udviklingsaftale 2023 ${d.title}`,
      policies: [],
      milestones: [],
      stage: 'approved',
      stageChangedAt: '2023-02-01T10:00:00Z'
    })),
    goals,
    earlierGoals: [],
    tracks,
    requirements: Array.from({ length: 6 }, (_, i) => ({ id: i + 1, strategyId: 1, number: i + 1, title: text(12, i), appliesTo: 'agreement' as const })),
    deadlines: [{ title: 'Aftaler afleveres til direktionen', date: '2023-01-31' }],
    config: SKANDERBORG_STAGES,
    today: new Date(2023, 5, 1)
  };
}
