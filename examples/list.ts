/** Every example, in the order of the README's tour (run-all.ts and the tests read this list). */
export const EXAMPLES = ['query-builder', 'pagination', 'create-update-delete', 'contain-relations', 'tracking-links', 'tags', 'raw-logs', 'creative-upload', 'reports', 'network-api', 'affiliate', 'advertiser'] as const;

export type ExampleName = (typeof EXAMPLES)[number];
