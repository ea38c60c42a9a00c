/**
 * tsoffers/sandbox: a HasOffers-compatible local server driven by the schema, for examples, CI and
 * integration tests without a HasOffers account.
 */
export { startSandbox, sandboxCoverage } from './server.js';
export type { SandboxHandle, SandboxOptions, RateLimitOptions } from './server.js';
export { Store } from './store.js';
export type { StoreState } from './store.js';
export { NOT_IMPLEMENTED } from './errors.js';
