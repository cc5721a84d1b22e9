/** The contract's public API, as the widget uses it. */
import { keep, kept } from './storage';

export interface PublicComment {
  id: string;
  parentId: string | null;
  authorName: string;
  authorUrl: string | null;
  avatar: string;
  body: string;
  bodyHtml: string;
  createdAt: string;
  publishedAt: string | null;
  likes?: number;
  featured?: boolean;
  editedAt?: string | null;
}

export type Sort = 'oldest' | 'newest' | 'top';

export interface ThreadPage {
  count: number;
  comments: PublicComment[];
  nextCursor: string | null;
}

export interface Accepted {
  id: string;
  parentId: string | null;
  createdAt: string;
  statusToken: string;
}

export type AuthorStatus = 'queued' | 'held' | 'published' | 'not_published';

export interface ServerError {
  status: number;
  errors: { field: string; code: string; message: string }[];
}

/** A request whose 2xx JSON answer is all the widget wants: null for any other status, or when offline. */
export async function getJson<T>(url: string, init?: RequestInit): Promise<T | null> {
  try {
    const response = await fetch(url, init);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

export class ThreadApi {
  constructor(
    readonly base: string,
    private readonly site: string,
    private readonly thread: string,
    private readonly lang: string,
  ) {}

  /** Every site route starts here. */
  private get siteUrl(): string {
    return `${this.base}/v1/sites/${encodeURIComponent(this.site)}`;
  }

  private get threadUrl(): string {
    return `${this.siteUrl}/threads/${encodeURIComponent(this.thread)}`;
  }

  get proofOfWorkUrl(): string {
    return `${this.siteUrl}/pow-challenge`;
  }

  /** The author's own routes (status, edit, delete), which the status token opens. */
  ownCommentUrl(id: string): string {
    return `${this.base}/v1/comments/${encodeURIComponent(id)}`;
  }

  get eventsUrl(): string {
    return `${this.threadUrl}/events`;
  }

  sort: Sort = 'oldest';

  async page(cursor: string | null): Promise<ThreadPage> {
    const page = await getJson<ThreadPage>(
      `${this.threadUrl}/comments?limit=50&sort=${this.sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (!page) throw new Error('comments');
    return page;
  }

  async newFormToken(): Promise<string | null> {
    return (await getJson<{ formToken: string }>(`${this.threadUrl}/form-token`))?.formToken ?? null;
  }

  /** Resolves with the accepted comment, or rejects with the server's status and field errors. */
  async submit(fields: Record<string, string>): Promise<Accepted> {
    const response = await fetch(`${this.threadUrl}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': this.lang },
      body: JSON.stringify(fields),
    });
    const body = await response.json().catch(() => ({}));
    if (response.status === 202) return body as Accepted;
    throw { status: response.status, errors: Array.isArray(body.errors) ? body.errors : [] } as ServerError;
  }

  async authorStatus(id: string, token: string): Promise<AuthorStatus | null> {
    const answer = await getJson<{ status: AuthorStatus }>(`${this.ownCommentUrl(id)}/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return answer?.status ?? null;
  }

  /** The anonymous reader id, kept in this browser for its lifetime, so a like counts once per reader. */
  async ensureReaderToken(): Promise<string | null> {
    const key = `cm_reader:${this.site}`;
    const held = kept<{ readerToken: string; expiresAt: string } | null>(key, null);
    if (held && Date.parse(held.expiresAt) > Date.now() + 86400_000) return held.readerToken;
    const issued = await getJson<{ readerToken: string }>(`${this.siteUrl}/reader-token`);
    if (issued) keep(key, issued);
    return issued?.readerToken ?? null;
  }

  /** A comment's own URL under the site (likes, reports). */
  private commentUrl(id: string): string {
    return `${this.siteUrl}/comments/${encodeURIComponent(id)}`;
  }

  /** The reader id header, when this browser has one, so the server counts a reader once. */
  private async readerHeader(): Promise<Record<string, string>> {
    const token = await this.ensureReaderToken();
    return token ? { 'x-reader-token': token } : {};
  }

  /** Answers the like count the server holds now, or null when the like could not be sent. */
  async like(id: string, liked: boolean): Promise<number | null> {
    const answer = await getJson<{ likes: number }>(`${this.commentUrl(id)}/like`, {
      method: liked ? 'POST' : 'DELETE',
      headers: await this.readerHeader(),
    });
    return answer?.likes ?? null;
  }

  /** A reader's report: the HTTP status (0 offline) and, once acknowledged, the date by which it is decided. */
  async report(id: string, fields: Record<string, string>): Promise<{ status: number; decideBy?: string }> {
    try {
      const response = await fetch(`${this.commentUrl(id)}/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await this.readerHeader()) },
        body: JSON.stringify(fields),
      });
      return { status: response.status, ...(response.status === 202 && (await response.json())) };
    } catch {
      return { status: 0 };
    }
  }
}
