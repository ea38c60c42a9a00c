/** Report types follow the report: its fields, its groups, rows typed by what was asked. */
import { describe, expectTypeOf, it } from 'vitest';
import { HasOffersAPI } from '../../src/index.js';
import type { ReportPage, ReportRow, StatReportTypes } from '../../src/index.js';

const api = new HasOffersAPI({ endpoint: 'http://127.0.0.1:9/Apiv3/json', networkToken: 'never-sent', networkId: 'n' });

describe('report types', () => {
  it('types rows by the fields asked for', () => {
    const report = api.reports.getStats().fields('Stat.clicks', 'Offer.name').groupBy('Stat.offer_id');
    expectTypeOf(report.page).returns.toEqualTypeOf<Promise<ReportPage<StatReportTypes, 'Stat.clicks' | 'Offer.name'>>>();
    expectTypeOf<ReportRow<StatReportTypes, 'Stat.clicks' | 'Offer.name'>>().toEqualTypeOf<{ readonly Stat: { readonly clicks: number }; readonly Offer: { readonly name: string | null } }>();
  });

  it('refuses what the report does not have', () => {
    const report = api.reports.getStats().fields('Stat.clicks');
    // @ts-expect-error not a StatReport field
    void (() => api.reports.getStats().fields('Stat.clikcs'));
    // @ts-expect-error not an allowed group of getStats
    void (() => report.groupBy('Stat.clicks'));
    // @ts-expect-error sort keys must be among the fields asked for
    void (() => report.sort('-Stat.conversions'));
    // @ts-expect-error reports have no or()
    void report.or;
    // @ts-expect-error getConversions rows are not StatReport rows
    void (() => api.reports.getConversions().fields('Stat.clicks'));
    // The affiliate-side field name differs: Stat.status is a ConversionReport field.
    expectTypeOf(api.reports.getConversions().fields).toBeCallableWith('Stat.status');
  });
});
