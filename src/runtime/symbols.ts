/** `manager[SCOPED_QUERY](field, value)`: a query builder pre-filtered on one field (related managers). */
export const SCOPED_QUERY = Symbol('tsoffers.scopedQuery');
