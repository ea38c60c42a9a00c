/**
 * The hand-written behaviours a schema method may declare (`behaviour: upload`). The table names
 * them; `behaviours.ts` implements each one. Codegen refuses a name that is not listed here, and
 * `behaviours.ts` is typed by this list, so a declared behaviour without an implementation does not
 * compile.
 */
export const BEHAVIOUR_NAMES = ['trackingLink', 'upload', 'createWithUser', 'report'] as const;
export type BehaviourName = (typeof BEHAVIOUR_NAMES)[number];
