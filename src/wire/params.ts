/**
 * The parameter tree a HasOffers call takes before it is flattened into PHP-style keys.
 * `null` and `undefined` mean "leave the key out", exactly as pyoffers drops `None`.
 */
export type ParamScalar = string | number | boolean | bigint | null | undefined;
export type ParamValue = ParamScalar | Date | readonly ParamValue[] | { readonly [key: string]: ParamValue };
export type Params = { readonly [key: string]: ParamValue };

/** One flattened query parameter: `['filters[id][GREATER_THAN]', '100']`. */
export type WirePair = readonly [key: string, value: string];
