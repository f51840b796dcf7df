export { ListStore } from './listStore';
export type { Versioned, ListMapping, QuerySpec } from './listStore';
export { GoalRepository } from './goalRepository';
export { AgreementRepository } from './agreementRepository';
export { StrategyRepository } from './strategyRepository';
export type { StrategyWithParts } from './strategyRepository';
export { DepartmentRepository } from './departmentRepository';
export { ApprovalLogRepository } from './approvalLogRepository';
export { CheckInRepository, DialogueRepository } from './followUpRepositories';
export { mergeChanges } from './mergeChanges';
// sanitizeHtml is imported from its own file where HTML is rendered: through this index it would
// pull DOMPurify into the main bundle of every view.
export { readAll, assertThresholdSafe, MAX_PAGE_SIZE, MAX_LOOKUPS } from './paging';
export { listByUrl, webServerRelativePath } from './listByUrl';
