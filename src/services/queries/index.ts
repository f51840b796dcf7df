export { createViewQueries } from './viewQueries';
export type { ViewQueries } from './viewQueries';
export type { DepartmentView, OrganisationOverview, ApprovalQueue, GoalSummary } from './viewTypes';
export { inOneBatch } from '../../data/repositories/batch';
