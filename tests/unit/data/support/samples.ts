// A goal row as SharePoint stores it, for fakes.
export type GoalMappingSample = Record<string, unknown> & { Id: number };

export function sampleGoalRow(id: number, title: string): GoalMappingSample {
  return {
    Id: id,
    Title: title,
    AgreementId: 3,
    DepartmentId: 7,
    Year: 2023,
    Number: 1,
    Stage: 'Kladde',
    SharedWithId: [],
    TracksId: [],
    RequirementsId: [],
    Policies: null,
    Evidence: null,
    IsClimateGoal: false,
    SDGs: []
  };
}
