import { PublicComment } from '@app/comments';
import { serverThreadHtml } from './server-thread';

const comment = (id: string, parentId: string | null, body: string): PublicComment =>
  ({
    id,
    parentId,
    authorName: `Reader ${id}`,
    authorUrl: null,
    avatar: id,
    body,
    bodyHtml: body,
    createdAt: '2026-12-07T10:00:00.000Z',
    publishedAt: '2026-12-07T10:00:00.000Z',
  }) as PublicComment;

/** Order of the items in the HTML: id and, for a placeholder, "gone". */
const items = (html: string) =>
  [...html.matchAll(/<li id="comment-([^"]+)"[^>]*>(<p class="gone">)?/g)].map((m) =>
    m[2] ? `${m[1]}:gone` : m[1],
  );

describe('serverThreadHtml: hidden parents', () => {
  it('puts each hidden parent where its first reply stood, its own hidden parent above it, in English', () => {
    const html = serverThreadHtml({
      language: 'en',
      count: 4,
      comments: [
        comment('a', null, 'First.'),
        comment('r1', 'h2', 'Reply to a hidden reply.'),
        comment('b', null, 'Later.'),
        comment('r2', 'h1', 'Reply to a hidden top comment.'),
      ],
      hidden: [
        { id: 'h2', parentId: 'h1' },
        { id: 'h1', parentId: null },
      ],
      replyHref: (id) => `?replytocom=${id}`,
    });
    expect(items(html)).toEqual(['a', 'h1:gone', 'h2:gone', 'r1', 'r2', 'b']);
    expect(html).toContain('<p class="gone">This comment is not available.</p>');
    // A placeholder offers no reply: only the four comments have a link.
    expect(html.match(/replytocom=/g)).toHaveLength(4);
    expect(html).not.toContain('replytocom=h1');
  });
});
