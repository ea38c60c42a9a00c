/** Shared bits of the sandbox tests: raw calls with fetch, GET or POST form. */
import type { SandboxHandle } from '../../src/sandbox/index.js';

export const CREDENTIALS = 'NetworkToken=sandbox-token&NetworkId=sandbox';

export interface Envelope {
  request?: Record<string, unknown>;
  response: { status?: number; httpStatus?: number; data?: unknown; errors?: unknown; errorMessage?: string | null };
}

/** GET `?<credentials>&<query>` and parse the envelope. */
export async function get(sandbox: SandboxHandle, query: string): Promise<Envelope> {
  const response = await fetch(`${sandbox.url}?${CREDENTIALS}&${query}`);
  return (await response.json()) as Envelope;
}

/** The same parameters as an x-www-form-urlencoded POST body. */
export async function post(sandbox: SandboxHandle, body: string): Promise<Envelope> {
  const response = await fetch(sandbox.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `${CREDENTIALS}&${body}` });
  return (await response.json()) as Envelope;
}

/** The raw text, for checks on key order (JSON.parse moves numeric keys). */
export async function getText(sandbox: SandboxHandle, query: string): Promise<string> {
  return (await fetch(`${sandbox.url}?${CREDENTIALS}&${query}`)).text();
}

/** Ids of an id-keyed answer in the order the server wrote them. */
export function keyOrder(text: string, path: 'data' | 'data.data'): string[] {
  const marker = path === 'data' ? '"data":{' : '"data":{"page"';
  const start = text.indexOf(marker);
  const from = path === 'data' ? start + marker.length - 1 : text.indexOf('"data":{', start + marker.length) + 7;
  const ids: string[] = [];
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      if (depth === 1 && text[end + 1] === ':') ids.push(text.slice(i + 1, end));
      i = end;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  return ids;
}
