// Public surface of the domain: pure TypeScript, importable from src/, seed/, emulator/ and tests.
export type * from './types';
export * from './sdgs';
export * from './outcomes';
export * from './labels';
export * from './fieldLimits';
export * from './goalFields';
export * from './goalTemplates';
export * from './goalMerge';
export * from './validationResult';
export * from './goalValidation';
export * from './agreementValidation';
export * from './coverage';
export * from './trackMatrix';
export * from './stageMachine';
export * from './stageConfigurations';
export * from './outcomeRules';
export * from './yearEnd';
export * from './danishNumber';
export * from './reminders';
export * from './mail';
export * from './overview';
// The DUS administration's rules (strategyValidation, strategyCopy) are imported by path: only the
// lazy 'dus-admin' chunk uses them, and a re-export here would put them in the main bundle.
export * from './authority';
export * from './approvalBinding';
export * from './versionDiff';
export * from './filing';
export * from './stageConfigurationJson';
export * from './safeUrl';
export * from './damage';
export * from './checkIns';
export * from './yearSpan';
export * from './firstScreen';
export * from './reminderHolders';
export * from './sendChecks';
