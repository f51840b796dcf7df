export { GraphError, isGraphError, type GraphClient } from './graphClient';
export { createFetchGraphClient, type FetchGraphOptions } from './fetchGraphClient';
