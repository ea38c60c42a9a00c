/**
 * A HasOffers stand-in on 127.0.0.1 for raw-log tests: listLogs lists the given files of one day,
 * getDownloadLink links to `/s3/<file>`, every download is the same small zip. Records each API
 * call with the time it arrived.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildZip } from '../rawlog/helpers.js';

export interface RawLogServer {
  readonly base: string;
  readonly endpoint: string;
  readonly calls: { readonly method: string; readonly at: number }[];
  close(): Promise<void>;
}

/** `files` hourly files of 2016-09-20, each a zip of `rows` click records. */
export async function startRawLogServer(files: number, rows: number): Promise<RawLogServer> {
  const names = Array.from({ length: files }, (_, index) => `20160920/clicks-${1474329600 + index * 3600}.zip`);
  const zip = buildZip([{ name: 'a.csv', data: `transaction_id,offer_id\r\n${Array.from({ length: rows }, (_, i) => `t${i},1\r\n`).join('')}` }]);
  const calls: { method: string; at: number }[] = [];
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/s3/')) {
      res.end(zip);
      return;
    }
    const method = url.searchParams.get('Method') ?? '';
    calls.push({ method, at: Date.now() });
    const data = method === 'listLogs' ? { logFiles: names.map((filename) => ({ filename, displayName: filename })) } : { link: `${base}/s3/${url.searchParams.get('log_filename')}` };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ request: {}, response: { status: 1, httpStatus: 200, data, errors: [], errorMessage: null } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    endpoint: `${base}/Apiv3/json`,
    calls,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
