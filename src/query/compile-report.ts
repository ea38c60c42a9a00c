import type { ReportFilterNode, ReportNode, ReportOperationNode, ReportSortNode } from './report-nodes.js';
import { flattenInto } from '../wire/encode.js';
import type { WirePair } from '../wire/params.js';

type Visitors = { readonly [K in ReportOperationNode['kind']]: (node: Extract<ReportOperationNode, { kind: K }>, out: WirePair[]) => void };

// A node kind without an entry here is a compile error: the mapped type demands one per kind.
const visitors: Visitors = {
  Report(node: ReportNode, out) {
    flattenInto(out, 'fields', node.fields);
    if (node.groups.length) flattenInto(out, 'groups', node.groups);
    for (const filter of node.filters) visitors.ReportFilter(filter, out);
    for (const sort of node.sort) visitors.ReportSort(sort, out);
    if (node.limit !== undefined) out.push(['limit', String(node.limit)]);
    if (node.page !== undefined) out.push(['page', String(node.page)]);
    if (node.totals) out.push(['totals', '1']);
    if (node.currency !== undefined) out.push(['currency', node.currency]);
    if (node.dataStart !== undefined) out.push(['data_start', node.dataStart]);
    if (node.dataEnd !== undefined) out.push(['data_end', node.dataEnd]);
    if (node.hourOffset !== undefined) out.push(['hour_offset', String(node.hourOffset)]);
  },
  // filters[Stat.offer_id][conditional]=EQUAL_TO&filters[Stat.offer_id][values][]=1&…; one value
  // goes as filters[F][values]=1; NULL and NOT_NULL carry none.
  ReportFilter(node: ReportFilterNode, out) {
    const base = `filters[${node.field}]`;
    out.push([`${base}[conditional]`, node.conditional]);
    if (node.values.length === 1) out.push([`${base}[values]`, String(node.values[0])]);
    else if (node.values.length > 1) flattenInto(out, `${base}[values]`, node.values);
  },
  ReportSort(node: ReportSortNode, out) {
    out.push([`sort[${node.field}]`, node.direction]);
  },
};

/** Compiles a report node into ordered wire pairs. Pure: returns data, sends nothing. */
export function compileReport(node: ReportNode): WirePair[] {
  const out: WirePair[] = [];
  visitors.Report(node, out);
  return out;
}
