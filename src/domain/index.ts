// Public surface of the domain: pure TypeScript, importable from src/, seed/, emulator/ and tests.
export type * from './types';
export * from './sdgs';
export * from './outcomes';
export * from './labels';
