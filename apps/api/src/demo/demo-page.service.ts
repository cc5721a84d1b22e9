import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CommentsRepository,
  DomainError,
  IntakeService,
  PublicComment,
  ThreadReadService,
  toPublicComment,
} from '@app/comments';
import { DEMO_ARTICLE } from './article';
import { clearAwaitingCookie, readAwaitingCookie } from './awaiting-cookie';
import { demoPageHtml } from './demo-page';

const PAGE_SIZE = 100;

const NOTICES = {
  awaiting: 'धन्यवाद! आपकी टिप्पणी मॉडरेशन की प्रतीक्षा में है।',
  published: 'आपकी टिप्पणी प्रकाशित हो गई है।',
  not_published: 'क्षमा करें, आपकी टिप्पणी इस बार प्रकाशित नहीं की जा सकी। चर्चा में बने रहने के लिए धन्यवाद।',
};

/** Assembles the demo article page: the published thread, the reader's own comment while it awaits, the form. */
@Injectable()
export class DemoPageService {
  constructor(
    private readonly threads: ThreadReadService,
    private readonly comments: CommentsRepository,
    private readonly intake: IntakeService,
  ) {}

  async render(input: {
    siteId: string;
    pageUrl: string;
    cursor: string | undefined;
    replyTo: string | undefined;
    request: FastifyRequest;
    reply: FastifyReply;
  }): Promise<string> {
    const threadId = DEMO_ARTICLE.threadId;
    let page = { count: 0, comments: [] as PublicComment[], nextCursor: null as string | null };
    try {
      page = await this.threads.page(input.siteId, threadId, input.cursor, PAGE_SIZE);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // A forged cursor is the client's 400, but the reader still gets the article, its first page and the form.
      if (error.status === 400) input.reply.status(400);
      page = await this.threads.page(input.siteId, threadId, undefined, PAGE_SIZE).catch(() => page);
    }
    const own = await this.ownComment(input.siteId, input.request, input.reply);
    const hidden = await this.threads.hiddenParents(input.siteId, threadId, [
      ...page.comments,
      ...(own.awaiting ? [own.awaiting] : []),
    ]);
    const replyTo = input.replyTo ? (page.comments.find((c) => c.id === input.replyTo) ?? null) : null;
    // A page that may show the reader's own pending comment is theirs alone.
    input.reply.header('cache-control', own.notice ? 'private, no-store' : 'no-cache');
    return demoPageHtml({
      siteId: input.siteId,
      pageUrl: input.pageUrl,
      count: page.count,
      comments: page.comments,
      nextCursor: page.nextCursor,
      formToken: (await this.intake.formToken(input.siteId, threadId)).formToken,
      awaiting: own.awaiting,
      hidden,
      notice: own.notice,
      replyTo,
    });
  }

  private async ownComment(
    siteId: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<{ awaiting: PublicComment | null; notice: string | null }> {
    const cookie = readAwaitingCookie(request);
    if (!cookie) return { awaiting: null, notice: null };
    let status: string;
    try {
      status = (await this.threads.authorStatus(cookie.id, cookie.token)).status;
    } catch {
      clearAwaitingCookie(reply);
      return { awaiting: null, notice: null };
    }
    if (status === 'published' || status === 'not_published') {
      clearAwaitingCookie(reply);
      return { awaiting: null, notice: NOTICES[status] };
    }
    const row = await this.comments.findById(cookie.id);
    if (!row || row.siteId !== siteId || row.threadId !== DEMO_ARTICLE.threadId)
      return { awaiting: null, notice: null };
    return { awaiting: toPublicComment(row), notice: NOTICES.awaiting };
  }
}
