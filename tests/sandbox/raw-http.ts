/** Raw HTTP over a plain socket: lets tests send bytes no HTTP client would (broken request lines, bad escapes). */
import { connect } from 'node:net';

export interface RawAnswer {
  /** The status code of the first answer, or undefined when none came before the socket closed. */
  readonly status: number | undefined;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** True when the socket was still open after `timeoutMs` and the test gave up on it. */
  readonly timedOut: boolean;
}

function parse(bytes: Buffer, timedOut: boolean): RawAnswer {
  const text = bytes.toString('latin1');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
  const split = text.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  if (match && split !== -1) {
    for (const line of text.slice(0, split).split('\r\n').slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return { status: match ? Number(match[1]) : undefined, headers, body: split === -1 ? '' : bytes.subarray(split + 4).toString('utf8'), timedOut };
}

/**
 * Writes `request` to 127.0.0.1:`port` and collects what comes back until the server closes the
 * connection. `halfClose` then ends the sending side, as a client that stops mid-request does
 * (Node's server gives up on a request whose client has half-closed, so complete requests keep
 * the socket open until they are answered, like ordinary HTTP clients).
 */
export function exchange(port: number, request: string | Buffer, options: { halfClose?: boolean; timeoutMs?: number } = {}): Promise<RawAnswer> {
  const { halfClose = false, timeoutMs = 5_000 } = options;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port });
    let done = false;
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parse(Buffer.concat(chunks), timedOut));
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
    socket.on('connect', () => {
      socket.write(request);
      if (halfClose) socket.end();
    });
  });
}

/** A well-framed request with `Connection: close` and the right Content-Length. */
export function frame(method: string, target: string, headers: Record<string, string> = {}, body: string | Buffer = ''): Buffer {
  const payload = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (payload.length || method === 'POST') lines.push(`Content-Length: ${payload.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}
