// Lists as code: the single source of truth for lists, fields, indexes, views and permissions.
export type * from './types';
export * from './schema';
export * from './choices';
export * from './fieldXml';
export * from './queries';
export { GOAL_TEXT_COLUMNS, CLIMATE_TEXT_COLUMNS } from './listsWork';
