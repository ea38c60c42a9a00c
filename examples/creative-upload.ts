/**
 * A creative upload: a banner image sent to OfferFile.create as a streamed multipart upload
 * (never retried, since an upload writes), then listed with the offer's files.
 *
 * This writes. Against a real network it uploads a 1×1 PNG named "tsoffers-example-banner.png"
 * to the first active offer and then sets the file's status to deleted.
 *
 *   npx tsx examples/creative-upload.ts
 */
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExample, section, show, SkipExample } from './env.js';

// The smallest valid PNG: one transparent pixel.
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

await runExample(async (api) => {
  if (typeof (api.offerFiles as { create?: unknown }).create !== 'function') {
    throw new SkipExample('this build of tsoffers has no api.offerFiles.create (creative uploads)');
  }
  const offer = await api.offers.query().where('status').eq('active').sort('id').first();
  if (!offer) throw new SkipExample('needs an active offer');

  const path = join(tmpdir(), `tsoffers-example-banner-${process.pid}.png`);
  await writeFile(path, PNG_1X1);
  try {
    section(`upload a banner for ${offer}`);
    const file = await api.offerFiles.create(path, { display: 'tsoffers example banner', type: 'image banner', width: 1, height: 1, offer_id: offer.id, filename: 'tsoffers-example-banner.png' });
    show(`created ${file} (id ${file.id}, ${file.size} bytes, type ${file.type}, status ${file.status})`);

    section(`files of offer #${offer.id}`);
    const files = await offer.files.query().sort('-id').limit(5).all();
    for (const item of files) show(`#${item.id}  ${item.type}  ${item.filename}  ${item.width ?? '?'}×${item.height ?? '?'}`);

    section('clean up');
    const removed = await api.offerFiles.delete(file.id);
    show(`OfferFile #${removed.id} status: ${removed.status}`);
  } finally {
    await rm(path, { force: true });
  }
});
