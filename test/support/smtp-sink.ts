import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';
import { http } from './client';

/** What the sink answers a RCPT TO with: accept, or an SMTP error (4xx transient, 5xx permanent). */
export type RecipientVerdict = 'accept' | { code: number; message: string };

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
  raw: string;
}

/** A real SMTP server on loopback that keeps and parses what it receives. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Decides each recipient; replace it in a test to refuse or defer mail. */
  onRecipient: (address: string) => RecipientVerdict = () => 'accept';
  private server?: SMTPServer;
  private waiters: Array<() => void> = [];
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        const verdict = this.onRecipient(address.address);
        if (verdict === 'accept') return callback();
        callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw)
            .then((parsed) => {
              const to = session.envelope.rcptTo.map((r) => r.address);
              this.received.push({ envelopeTo: to, parsed, raw });
              this.waiters.splice(0).forEach((wake) => wake());
              callback();
            })
            .catch(callback);
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.server.address() as AddressInfo).port;
  }

  /** Waits, by event rather than by polling, until a mail matching `match` has arrived. */
  async waitForMail(match: (mail: ReceivedMail) => boolean, timeoutMs = 15000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('Timed out waiting for a mail');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A header's value as sent, unfolded (RFC 5322), from the raw lines (mailparser reshapes the List-* ones). */
export function rawHeader(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.replace(/\r?\n(?=[ \t])/g, '')
    .slice(name.length + 1)
    .trim();
}

/** A URL as the mail names it (PUBLIC_URL, unset in tests: localhost:3000), pointed at the API under test. */
export const onApi = (url: string, apiUrl: string): string => url.replace(/^https?:\/\/[^/]+/, apiUrl);

/** The `/v1/notifications/<path>?token=…` link in a mail's text (confirm, unsubscribe), on the API under test. */
export function notificationLink(mail: ReceivedMail, path: string, apiUrl: string): string {
  const pattern = new RegExp(`https?://\\S+/v1/notifications/${path}\\?token=[\\w-]+`);
  return onApi((mail.parsed.text ?? '').match(pattern)![0], apiUrl);
}

/** The mail's List-Unsubscribe URL, on the API under test. */
export const unsubscribeLink = (mail: ReceivedMail, apiUrl: string): string =>
  onApi(rawHeader(mail, 'List-Unsubscribe')!.replace(/^<|>$/g, ''), apiUrl);

/** The mail client's one click (RFC 8058): a form POST without cookies. Answers the HTTP status. */
export async function oneClickUnsubscribe(url: string): Promise<number> {
  const response = await http(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  return response.status;
}
