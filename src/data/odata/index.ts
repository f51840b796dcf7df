export { stringLiteral, numberLiteral, dateLiteral, literal, fieldPath } from './literals';
export type { ODataValue } from './literals';
export { compare, eq, and, or, anyOf, startsWith } from './filter';
export type { Filter, Comparison } from './filter';
