/**
 * Pagination: `for await` over a query walks every page (HasOffers' `page`/`pageCount`), one
 * request per page; `page(n)` fetches a single page.
 *
 *   npx tsx examples/pagination.ts
 */
import { runExample, section, show } from './env.js';

await runExample(async (api) => {
  const pageSize = 5;
  const active = api.offers.query().where('status').eq('active').fields('id', 'name').sort('id').limit(pageSize);

  section(`every active offer, ${pageSize} per request, with for await`);
  let count = 0;
  for await (const offer of active) {
    count += 1;
    if (count <= 12) show(`${String(count).padStart(3)}. #${offer.id} ${offer.name}`);
  }
  if (count > 12) show(`     … and ${count - 12} more`);
  show(`${count} active offers in ${Math.ceil(count / pageSize)} pages`);

  section('one page at a time: page(2)');
  const second = await active.page(2).all();
  show(`page 2 holds ${second.length} offers: ${second.map((offer) => `#${offer.id}`).join(', ')}`);

  section('stop early: break ends the loop without fetching more pages');
  const firstThree: string[] = [];
  for await (const offer of active) {
    firstThree.push(`#${offer.id}`);
    if (firstThree.length === 3) break;
  }
  show(`first three: ${firstThree.join(', ')}`);
});
