import { Injectable } from '@nestjs/common';
import { CommentsRepository, PageCursor } from '../comments.repository';
import { holdsStatusToken } from '../crypto/tokens';
import { InvalidQueryError, NotFoundError } from '../domain-errors';
import { LikesRepository, ThreadSort } from '../readers/likes.repository';
import { CURSOR_ERROR, parseCursor } from '../review/page-cursor';
import { PublicComment, toPublicComment } from './public-comment';

export interface ThreadPage {
  threadId: string;
  count: number;
  comments: PublicComment[];
  nextCursor: string | null;
}

/** A comment a shown reply hangs from that is not public: only where it stood, never what it was. */
export interface HiddenParent {
  id: string;
  parentId: string | null;
}

/** Enough for any nesting a page draws (replies nest three deep); a longer chain stands at the top. */
const HIDDEN_ANCESTOR_ROUNDS = 4;

export type AuthorView = 'queued' | 'held' | 'published' | 'not_published';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

@Injectable()
export class ThreadReadService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly sorted: LikesRepository,
  ) {}

  /**
   * The public read with its validator: the thread row (one read) gives the ETag, and the comments are loaded only
   * when the client's copy is stale (`page` null means 304).
   */
  async readIfChanged(
    siteId: string,
    threadId: string,
    cursor: string | undefined,
    limit: number,
    ifNoneMatch: string | undefined,
    sort: ThreadSort = 'oldest',
  ): Promise<{ etag: string; page: ThreadPage | null }> {
    const thread = await this.comments.findThread(siteId, threadId);
    const etag = `W/"${thread?.version ?? 0}-${limit}-${cursor ?? ''}${sort === 'oldest' ? '' : `-${sort}`}"`;
    if (ifNoneMatch === etag) return { etag, page: null };
    const page =
      sort === 'oldest'
        ? await this.pageOf(thread, siteId, threadId, cursor, limit)
        : await this.sortedPageOf(thread, siteId, threadId, sort, cursor, limit);
    return { etag, page };
  }

  async page(
    siteId: string,
    threadId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<ThreadPage> {
    const thread = await this.comments.findThread(siteId, threadId);
    return this.pageOf(thread, siteId, threadId, cursor, limit);
  }

  private async pageOf(
    thread: { publishedCount: number } | undefined,
    siteId: string,
    threadId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<ThreadPage> {
    const after = cursor ? decodeCursor(cursor) : null;
    const rows = await this.comments.publishedPage(siteId, threadId, after, limit + 1);
    const more = rows.length > limit;
    const pageRows = more ? rows.slice(0, limit) : rows;
    const last = pageRows[pageRows.length - 1];
    return {
      threadId,
      count: thread?.publishedCount ?? 0,
      comments: pageRows.map(toPublicComment),
      nextCursor: more && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  /** newest and top page by offset: their order moves as likes and new comments arrive, so a keyset would not hold. */
  private async sortedPageOf(
    thread: { publishedCount: number } | undefined,
    siteId: string,
    threadId: string,
    sort: Exclude<ThreadSort, 'oldest'>,
    cursor: string | undefined,
    limit: number,
  ): Promise<ThreadPage> {
    const offset = cursor ? decodeOffsetCursor(cursor) : 0;
    const rows = await this.sorted.sortedPage(siteId, threadId, sort, offset, limit + 1);
    const more = rows.length > limit;
    return {
      threadId,
      count: thread?.publishedCount ?? 0,
      comments: (more ? rows.slice(0, limit) : rows).map(toPublicComment),
      nextCursor: more ? Buffer.from(JSON.stringify({ offset: offset + limit })).toString('base64url') : null,
    };
  }

  /**
   * The parents of a page's replies that are neither on the page nor public (held, queued, spam, rejected, deleted
   * by their author, erased), and theirs in turn, so a page cut by the cursor can keep each reply under a
   * placeholder in its parent's place. A parent that is public is on an earlier page (oldest first) and is left out:
   * its reply stands at the top there.
   */
  async hiddenParents(
    siteId: string,
    threadId: string,
    shown: readonly { id: string; parentId: string | null }[],
  ): Promise<HiddenParent[]> {
    const seen = new Set(shown.map((c) => c.id));
    const hidden: HiddenParent[] = [];
    let wanted = [
      ...new Set(shown.map((c) => c.parentId).filter((id): id is string => !!id && !seen.has(id))),
    ];
    for (let round = 0; wanted.length > 0 && round < HIDDEN_ANCESTOR_ROUNDS; round++) {
      const rows = new Map(
        (await this.comments.statusesInThread(siteId, threadId, wanted)).map((row) => [row.id, row]),
      );
      const next = new Set<string>();
      for (const id of wanted) {
        seen.add(id);
        const row = rows.get(id);
        if (row?.status === 'published') continue;
        hidden.push({ id, parentId: row?.parentId ?? null });
        if (row?.parentId && !seen.has(row.parentId)) next.add(row.parentId);
      }
      wanted = [...next];
    }
    return hidden;
  }

  /** The author's own view; spam and rejected both read not_published, and a wrong token is a plain 404. */
  async authorStatus(
    commentId: string,
    bearer: string | undefined,
  ): Promise<{ id: string; status: AuthorView }> {
    const row = await this.comments.findById(commentId);
    if (!row || !holdsStatusToken(row, bearer)) throw new NotFoundError('No such comment.');
    const status: AuthorView =
      row.status === 'queued' || row.status === 'held' || row.status === 'published'
        ? row.status
        : 'not_published';
    return { id: row.id, status };
  }
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString('base64url');
}

/** A cursor that does not parse, or holds a time no row can have, is the client's 400 naming the field. */
export function decodeCursor(cursor: unknown): PageCursor {
  const parsed = parseCursor(cursor);
  if (!parsed) throw new InvalidQueryError([{ field: 'cursor', code: 'invalid', message: CURSOR_ERROR }]);
  return parsed;
}

function decodeOffsetCursor(cursor: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Number.isInteger(offset) && offset >= 0 && offset <= 1_000_000) return offset;
  } catch {
    // answered below
  }
  throw new InvalidQueryError([{ field: 'cursor', code: 'invalid', message: CURSOR_ERROR }]);
}
