import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  /** Which of the path's secrets verified the call with the standardwebhooks library (a client we did not write). */
  verifiedWith: string[];
}

type Answer = { status: number; body?: string; headers?: Record<string, string>; delayMs?: number };

/** A real publisher's receiver on 127.0.0.1: verifies each call, records it, answers as a test scripts it. */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  private readonly secrets = new Map<string, string[]>();
  private readonly scripts = new Map<string, Answer[]>();
  private readonly defaults = new Map<string, Answer>();
  private server?: Server;
  url = '';
  /** TCP connections accepted, whether or not they became a request. */
  connections = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const body = Buffer.concat(chunks).toString('utf8');
        const verifiedWith = (this.secrets.get(path) ?? []).filter((secret) => {
          try {
            new Webhook(secret).verify(body, req.headers as Record<string, string>);
            return true;
          } catch {
            return false;
          }
        });
        this.calls.push({ path, headers: req.headers, body, at: Date.now(), verifiedWith });
        const answer = this.scripts.get(path)?.shift() ?? this.defaults.get(path) ?? { status: 204 };
        const send = () => res.writeHead(answer.status, answer.headers).end(answer.body);
        if (answer.delayMs) setTimeout(send, answer.delayMs);
        else send();
      });
    });
    this.server.on('connection', () => this.connections++);
    this.server.keepAliveTimeout = 1;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  verifyWith(path: string, ...secrets: string[]): void {
    this.secrets.set(path, secrets);
  }

  /** The next answers for a path, in order; afterwards `always` (or 204). */
  script(path: string, answers: Answer[], always?: Answer): void {
    this.scripts.set(path, [...answers]);
    if (always) this.defaults.set(path, always);
  }

  callsTo(path: string): ReceivedCall[] {
    return this.calls.filter((c) => c.path === path);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
