export { createSp, createDataLayer } from './createSp';
export type { DataLayerOptions, DataLayerHandle } from './createSp';
export { ConcurrencyLimiter } from './limiter';
export { Throttling, createSender } from './throttling';
export type { ThrottlingOptions, FetchLike } from './throttling';
export { MapErrors } from './mapErrors';
export { classifyRequest } from './retryPolicy';
export type { RetryPolicy } from './retryPolicy';
export { computeBackoff, parseRetryAfter, parseRateLimitReset, serverRequestedDelay } from './backoff';
