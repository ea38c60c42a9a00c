/**
 * Raw logs: list the days HasOffers keeps click logs for, the hourly files of one day, then read
 * a day's records as a stream (files downloaded concurrently, each zip verified, memory flat).
 *
 *   npx tsx examples/raw-logs.ts
 */
import { runExample, section, show, SkipExample } from './env.js';

await runExample(async (api) => {
  if (!('rawLogs' in api) || !api.rawLogs) throw new SkipExample('this build of tsoffers has no api.rawLogs');
  const clicks = api.rawLogs.clicks;

  section('date directories of click logs');
  const dirs = await clicks.listDateDirs();
  for (const dir of dirs.slice(0, 5)) show(`${dir.dirName}  ${dir.displayName}`);
  if (dirs.length > 5) show(`… ${dirs.length - 5} more`);
  const day = dirs[0];
  if (!day) throw new SkipExample('the network has no click logs');

  section(`log files of ${day.displayName}`);
  const files = await day.listLogs();
  for (const file of files.slice(0, 4)) show(file.filename);
  if (files.length > 4) show(`… ${files.length - 4} more`);

  section(`every click of ${day.dirName}, streamed with iterate()`);
  let lastProgress = '';
  const byOffer = new Map<string, number>();
  let count = 0;
  let first: Record<string, unknown> | undefined;
  for await (const record of clicks.iterate(day.dirName, {
    concurrency: 2,
    onProgress: (progress) => (lastProgress = `${progress.filesDone}/${progress.filesTotal} files, ${progress.bytesDone} bytes`),
  })) {
    count += 1;
    first ??= { ...record };
    byOffer.set(record.offer_id, (byOffer.get(record.offer_id) ?? 0) + 1);
  }
  show(`${count} clicks (${lastProgress})`);
  if (first) show(`first: transaction ${String(first.transaction_id)} offer ${String(first.offer_id)} at ${String(first.datetime)} from ${String(first.country_code)}`);
  const top = [...byOffer].sort((a, b) => b[1] - a[1]).slice(0, 3);
  show(`busiest offers: ${top.map(([offer, clicksOf]) => `#${offer} (${clicksOf})`).join(', ')}`);

  section('typed values with coerce: true (numbers and Dates)');
  const [file] = files;
  if (file) {
    const records = await file.records({ coerce: true });
    const revenue = records.reduce((sum, record) => sum + (record.revenue_cents ?? 0), 0);
    show(`${file.filename}: ${records.length} clicks, revenue ${(revenue / 100).toFixed(2)}, first at ${records[0]?.datetime?.toISOString() ?? '-'}`);
  }
});
