import { Agent, request } from 'node:http';

/** An answer read as text, whatever its type. */
export interface RawAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * HTTP with node:http, byte for byte: fuzzers send invalid UTF-8 and headers fetch would refuse, benches reuse a
 * keep-alive agent. Without `agent` each request has a fresh connection, so a failure belongs to its own request.
 */
export function rawRequest(
  url: string,
  options: { method: string; headers?: Record<string, string>; body?: Buffer | string; agent?: Agent },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method,
        headers: options.headers,
        agent: options.agent ?? false,
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
