/**
 * The nodes of a report query (Report.getStats and its family), separate from the find nodes:
 * report filters have their own wire form and no OR. Each node is a frozen plain object made by its
 * factory; the compiler in `src/query/compile-report.ts` visits them.
 */

/** HasOffers' report conditionals. */
export type ReportConditional = 'EQUAL_TO' | 'NOT_EQUAL_TO' | 'LESS_THAN' | 'LESS_THAN_OR_EQUAL_TO' | 'GREATER_THAN' | 'GREATER_THAN_OR_EQUAL_TO' | 'BETWEEN' | 'LIKE' | 'NOT_LIKE' | 'NULL' | 'NOT_NULL';

export type ReportValue = string | number;

export interface ReportFilterNode {
  readonly kind: 'ReportFilter';
  readonly field: string;
  readonly conditional: ReportConditional;
  /** None for NULL/NOT_NULL, two for BETWEEN, one or more for EQUAL_TO/NOT_EQUAL_TO. */
  readonly values: readonly ReportValue[];
}

export interface ReportSortNode {
  readonly kind: 'ReportSort';
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

export interface ReportNode {
  readonly kind: 'Report';
  readonly fields: readonly string[];
  readonly groups: readonly string[];
  readonly filters: readonly ReportFilterNode[];
  readonly sort: readonly ReportSortNode[];
  readonly limit?: number;
  readonly page?: number;
  readonly totals: boolean;
  readonly currency?: string;
  /** `data_start`/`data_end`: set with a BETWEEN filter on the report's date field. */
  readonly dataStart?: string;
  readonly dataEnd?: string;
  /** The date range of a BETWEEN (or EQUAL_TO) on the report's date field, for exports. */
  readonly window?: { readonly start: string; readonly end: string };
  readonly hourOffset?: number;
}

export type ReportOperationNode = ReportNode | ReportFilterNode | ReportSortNode;

export const ReportFilterNode = Object.freeze({
  create(field: string, conditional: ReportConditional, values: readonly ReportValue[] = []): ReportFilterNode {
    return Object.freeze({ kind: 'ReportFilter', field, conditional, values: Object.freeze([...values]) });
  },
});

export const ReportSortNode = Object.freeze({
  /** `'-Stat.clicks'` → descending. */
  parse(spec: string): ReportSortNode {
    const descending = spec.startsWith('-');
    return Object.freeze({ kind: 'ReportSort', field: descending ? spec.slice(1) : spec, direction: descending ? 'desc' : 'asc' });
  },
});

export const ReportNode = Object.freeze({
  create(): ReportNode {
    return Object.freeze({ kind: 'Report', fields: Object.freeze([]), groups: Object.freeze([]), filters: Object.freeze([]), sort: Object.freeze([]), totals: false });
  },
  cloneWith(node: ReportNode, props: Partial<Omit<ReportNode, 'kind'>>): ReportNode {
    return Object.freeze({ ...node, ...props });
  },
});
