/**
 * The report builder's compiled wire (what toParams() gives is what is sent, credentials aside) for
 * every conditional, groups, sort, totals and the date window; and what it refuses before sending.
 */
import { describe, expect, it } from 'vitest';
import { HasOffersAPI, InvalidArgumentError, NetworkError } from '../../src/index.js';

const api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:9/Apiv3/json', networkToken: 'never-sent', networkId: 'n', retries: 0 });
const stats = () => api.reports.getStats().fields('Stat.clicks', 'Stat.offer_id');

describe('report wire', () => {
  it('compiles fields, groups, filters, sort, limit, totals, currency, hour offset and the date window', () => {
    const report = api.reports
      .getStats()
      .fields('Stat.clicks', 'Stat.conversions', 'Stat.payout', 'Offer.name')
      .groupBy('Stat.offer_id', 'Stat.date')
      .where('Stat.date').between('2026-11-01', '2026-11-28')
      .where('Stat.offer_id').in([1, 2, 3])
      .sort('-Stat.clicks')
      .totals()
      .limit(500)
      .currency('EUR')
      .hourOffset(-5);
    expect(report.toParams()).toEqual([
      ['fields[]', 'Stat.clicks'],
      ['fields[]', 'Stat.conversions'],
      ['fields[]', 'Stat.payout'],
      ['fields[]', 'Offer.name'],
      ['groups[]', 'Stat.offer_id'],
      ['groups[]', 'Stat.date'],
      ['filters[Stat.date][conditional]', 'BETWEEN'],
      ['filters[Stat.date][values][]', '2026-11-01'],
      ['filters[Stat.date][values][]', '2026-11-28'],
      ['filters[Stat.offer_id][conditional]', 'EQUAL_TO'],
      ['filters[Stat.offer_id][values][]', '1'],
      ['filters[Stat.offer_id][values][]', '2'],
      ['filters[Stat.offer_id][values][]', '3'],
      ['sort[Stat.clicks]', 'desc'],
      ['limit', '500'],
      ['totals', '1'],
      ['currency', 'EUR'],
      ['data_start', '2026-11-01'],
      ['data_end', '2026-11-28'],
      ['hour_offset', '-5'],
    ]);
  });

  it.each([
    ['eq', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').eq(5), [['EQUAL_TO'], ['5']]],
    ['ne', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').ne(5), [['NOT_EQUAL_TO'], ['5']]],
    ['lt', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').lt(5), [['LESS_THAN'], ['5']]],
    ['lte', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').lte(5), [['LESS_THAN_OR_EQUAL_TO'], ['5']]],
    ['gt', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').gt(-5), [['GREATER_THAN'], ['-5']]],
    ['gte', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').gte(5), [['GREATER_THAN_OR_EQUAL_TO'], ['5']]],
    ['in', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').in([1, 2]), [['EQUAL_TO'], ['1', '2']]],
    ['notIn', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').notIn([1, 2]), [['NOT_EQUAL_TO'], ['1', '2']]],
    ['between', (r: ReturnType<typeof stats>) => r.where('Stat.clicks').between(1, 9), [['BETWEEN'], ['1', '9']]],
    ['like', (r: ReturnType<typeof stats>) => r.where('Offer.name').like('%shop%'), [['LIKE'], ['%shop%']]],
    ['notLike', (r: ReturnType<typeof stats>) => r.where('Offer.name').notLike('%shop%'), [['NOT_LIKE'], ['%shop%']]],
    ['isNull', (r: ReturnType<typeof stats>) => r.where('Offer.name').isNull(), [['NULL'], []]],
    ['notNull', (r: ReturnType<typeof stats>) => r.where('Offer.name').notNull(), [['NOT_NULL'], []]],
  ] as const)('%s', (_name, build, [[conditional], values]) => {
    const pairs = build(stats()).toParams().filter(([key]) => key.startsWith('filters['));
    const field = pairs[0]![0].slice('filters['.length, pairs[0]![0].indexOf(']'));
    expect(pairs[0]).toEqual([`filters[${field}][conditional]`, conditional]);
    const sent = pairs.slice(1);
    if (values.length === 1) expect(sent).toEqual([[`filters[${field}][values]`, values[0]]]);
    else expect(sent).toEqual(values.map((value) => [`filters[${field}][values][]`, value]));
    // Only a BETWEEN on the date field sets the data window.
    expect(build(stats()).toParams().some(([key]) => key === 'data_start')).toBe(false);
  });

  it('takes the date window from the report\u2019s own date field only, and keeps it for exports', async () => {
    const bySession = api.reports.getConversions().fields('Stat.id').where('Stat.session_date').between('2026-01-01', '2026-01-02');
    expect(bySession.toParams().some(([key]) => key === 'data_start')).toBe(false);
    const both = api.reports.getConversions().fields('Stat.id').where('Stat.date').between('2026-03-01', '2026-03-31').where('Stat.session_date').between('2026-01-01', '2026-01-02');
    expect(both.toParams().filter(([key]) => key.startsWith('data_'))).toEqual([['data_start', '2026-03-01'], ['data_end', '2026-03-31']]);
    // One day's EQUAL_TO is a window of that day.
    expect(stats().where('Stat.date').eq('2026-11-05').toParams().filter(([key]) => key.startsWith('data_'))).toEqual([['data_start', '2026-11-05'], ['data_end', '2026-11-05']]);
    // A report without data_start still has the window for its export (start_date/end_date).
    const commissions = api.reports.getAffiliateCommissions().fields('Stat.date').where('Stat.date').between('2026-01-01', '2026-01-02');
    expect(commissions.toParams().some(([key]) => key.startsWith('data_'))).toBe(false);
    await expect(commissions.exportLink()).rejects.toThrow(NetworkError);
  });

  it('is immutable: a base report can be shared', () => {
    const base = stats().groupBy('Stat.offer_id');
    const a = base.where('Stat.offer_id').eq(1);
    const b = base.where('Stat.offer_id').eq(2);
    expect(base.toParams().some(([key]) => key.startsWith('filters'))).toBe(false);
    expect(a.toParams()).not.toEqual(b.toParams());
  });

  it('has no or(): report filters are ANDed', () => {
    // @ts-expect-error reports have no or()
    void stats().or;
    expect('or' in stats()).toBe(false);
  });
});

describe('report refusals, before anything is sent', () => {
  it.each([
    ['an unknown field', () => api.reports.getStats().fields('Stat.clikcs' as 'Stat.clicks'), /"Stat.clikcs" is not a field of Report.getStats. Did you mean "Stat.clicks"\?/],
    ['no fields', () => api.reports.getStats().toParams(), /needs fields/],
    ['a group the report does not have', () => stats().groupBy('Stat.clicks' as 'Stat.date'), /is not a group of Report.getStats/],
    ['a sort key not among the fields', () => stats().sort('-Stat.conversions' as 'Stat.clicks').toParams(), /Stat.conversions is not among the fields asked for/],
    ['a BETWEEN without two values', () => stats().where('Stat.clicks').between(...([1] as unknown as [number, number])), /exactly two values/],
    ['a date that is not YYYY-MM-DD', () => stats().where('Stat.date').between('2026-11-01', '28.11.2026'), /takes dates as YYYY-MM-DD/],
    ['a date window that ends before it starts', () => stats().where('Stat.date').between('2026-11-28', '2026-11-01'), /ends before it starts/],
    ['a number field given text', () => stats().where('Stat.clicks').gt('many'), /Stat.clicks is a number/],
    ['an empty IN list', () => stats().where('Stat.offer_id').in([]), /non-empty array/],
    ['two conditions on one field', () => stats().where('Stat.clicks').gt(1).where('Stat.clicks').lt(9), /filtered already.*between\(\)/],
    ['a currency the report does not take', () => api.reports.getConversions().currency('EUR'), /Report.getConversions takes no currency/],
    ['a bad currency code', () => stats().currency('euro'), /three-letter currency code/],
    ['an hour offset out of range', () => stats().hourOffset(30), /between -23 and 23/],
    ['a limit of 0', () => stats().limit(0), /positive integer/],
    ['one field sorted twice', () => stats().sort('Stat.clicks', '-Stat.clicks'), /Stat.clicks is sorted already/],
    ['a day that does not exist', () => stats().where('Stat.date').between('2026-02-01', '2026-02-31'), /a real day/],
    ['a number range that ends before it starts', () => stats().where('Stat.clicks').between(9, 1), /ends before it starts/],
    ['arguments to the report method', () => (api.reports.getStats as unknown as (x: unknown) => unknown)({ fields: [] }), /takes no arguments/],
  ])('%s', (_name, build, message) => {
    expect(build).toThrow(InvalidArgumentError);
    expect(build).toThrow(message);
  });

  it('an export needs a date window', async () => {
    await expect(stats().exportLink()).rejects.toThrow(/an export needs a date window/);
  });
});
