import { PublicComment, Sort, ThreadApi } from './api';
import { button, h } from './dom';
import { CommentForm, Submitted } from './form';
import { identicon } from './identicon';
import { LikedComments, likeButton } from './likes';
import { reportButton } from './report';
import { OwnComments } from './own';
import { fullDate, Lang, pickLang, relativeTime, Strings, STRINGS } from './i18n';
import { STYLES } from './styles';
import { normalise, safeHttpUrl } from './validate';

/** Replies nest this deep; deeper replies stay at this depth, in order, so a long exchange stays readable. */
const MAX_DEPTH = 3;
const POLL_MS = [2000, 3000, 5000, 8000, 13000, 20000];
let instances = 0;

interface Placed {
  id: string;
  item: HTMLLIElement;
  depth: number;
  replies: HTMLOListElement;
  published: boolean;
  /** Ours, shown from what we typed; the server's rendering replaces it when it arrives. */
  own: boolean;
  /** The comment it replies to, when that one is shown (or stands as a placeholder). */
  parent?: Placed;
}

/** `<comment-thread site thread lang api>`: the thread, the form, and live updates, inside a shadow root. */
export class CommentThread extends HTMLElement {
  /** The origin this script came from (main.ts), when it came from a script tag. */
  static defaultApi?: string;
  private started = false;
  private t!: Strings;
  private language!: Lang;
  private api!: ThreadApi;
  private form!: CommentForm;
  private list!: HTMLOListElement;
  private heading!: HTMLHeadingElement;
  private more!: HTMLButtonElement;
  private formHome!: HTMLElement;
  private readonly placed = new Map<string, Placed>();
  private publishedCount = 0;
  private cursor: string | null = null;
  private events?: EventSource;
  private clock?: number;
  private liked!: LikedComments;
  private own!: OwnComments;
  private readonly liveLikes = new Map<string, (likes: number) => void>();

  connectedCallback(): void {
    if (this.started) return this.keepTimesFresh();
    this.started = true;
    const site = this.getAttribute('site') ?? '';
    const thread = this.getAttribute('thread') ?? '';
    this.language = pickLang(this.getAttribute('lang') ?? document.documentElement.lang);
    this.t = STRINGS[this.language];
    const base = (this.getAttribute('api') || CommentThread.defaultApi || location.origin).replace(/\/$/, '');
    this.api = new ThreadApi(base, site, thread, this.language);
    this.liked = new LikedComments(site);
    const uid = `ct${++instances}`;
    const maxBody = Number(this.getAttribute('max-length')) || 10000;

    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    this.heading = h('h2', { id: `${uid}-count` });
    this.list = h('ol', { class: 'comment-list' });
    this.more = button({ class: 'more', hidden: true }, this.t.loadMore, () => void this.load());
    this.form = new CommentForm(
      this.api,
      this.t,
      uid,
      maxBody,
      (s) => this.accepted(s),
      () => this.cancelReply(),
    );
    this.formHome = h('div', {}, this.form.root);
    shadow.append(
      h(
        'section',
        { lang: this.language, 'aria-labelledby': `${uid}-count`, class: 'comments cm-widget' },
        this.heading,
        this.sortControl(uid),
        this.list,
        this.more,
        this.formHome,
      ),
    );
    this.own = new OwnComments(site, thread, this.api, this.language, this.t, (m) => this.form.say(m));
    this.setCount(0);
    void this.load().then(() => {
      this.listen();
      this.restoreOwn();
    });
    this.keepTimesFresh();
  }

  /** oldest | newest | top: a new order reloads the list from the first page. */
  private sortControl(uid: string): HTMLElement {
    const select = h('select', { id: `${uid}-sort` });
    for (const [sort, label] of Object.entries(this.t.sorts))
      select.append(h('option', { value: sort }, label));
    select.addEventListener('change', () => {
      this.api.sort = select.value as Sort;
      for (const [id, placed] of this.placed) if (!placed.own) this.placed.delete(id);
      this.list.textContent = '';
      this.cursor = null;
      void this.load();
    });
    return h('p', { class: 'sort' }, h('label', { for: `${uid}-sort` }, this.t.sortLabel), ' ', select);
  }

  disconnectedCallback(): void {
    this.events?.close();
    clearInterval(this.clock);
    this.clock = undefined;
  }

  /** "46 सेकंड पहले" becomes "1 मिनट पहले" while the reader stays on the page. */
  private keepTimesFresh(): void {
    if (this.clock !== undefined) return;
    this.clock = setInterval(() => {
      for (const time of this.shadowRoot?.querySelectorAll('time[datetime]') ?? [])
        time.textContent = relativeTime(time.getAttribute('datetime')!, this.language);
    }, TIME_REFRESH_MS);
  }

  private async load(): Promise<void> {
    try {
      const page = await this.api.page(this.cursor);
      this.setCount(page.count);
      // Built detached and attached once: one style and layout pass for the page, not one per comment.
      const batch = document.createDocumentFragment();
      // Each show() takes the first parsed body into its article, so the next one is first in turn.
      const parsed = bodies(page.comments);
      for (const comment of page.comments) this.show(comment, false, batch, parsed[0]);
      this.list.append(batch);
      this.cursor = page.nextCursor;
      this.more.hidden = !page.nextCursor;
    } catch {
      this.form.say(this.t.loadFailed);
    }
  }

  private listen(): void {
    this.events = new EventSource(this.api.eventsUrl);
    this.events.addEventListener('comment.published', (event) => {
      const comment = JSON.parse((event as MessageEvent).data) as PublicComment;
      const known = this.placed.get(comment.id);
      if (known?.published && !known.own) return;
      this.show(comment);
      if (known) return;
      this.setCount(this.publishedCount + 1);
      this.form.say(this.t.newComment(comment.authorName));
    });
    this.events.addEventListener('comment.likes', (event) => {
      const { likes } = JSON.parse((event as MessageEvent).data) as { likes: Record<string, number> };
      for (const id in likes) this.liveLikes.get(id)?.(likes[id]);
    });
    this.events.addEventListener('comment.unpublished', (event) => {
      const { id } = JSON.parse((event as MessageEvent).data) as { id: string };
      if (this.placed.get(id)?.published) this.drop(id);
    });
  }

  private setCount(count: number): void {
    this.publishedCount = Math.max(0, count);
    this.heading.textContent = this.t.countHeading(this.publishedCount);
  }

  /** Places a comment, or refreshes one already shown: our own once it is published, a parent published again. */
  private show(comment: PublicComment, awaiting = false, batch?: DocumentFragment, body?: HTMLElement): void {
    const article = this.article(comment, awaiting, body);
    let placed = this.placed.get(comment.id);
    if (placed) {
      placed.item.replaceChild(article, placed.item.firstChild!);
      if (!placed.published && !awaiting) this.setCount(this.publishedCount + 1);
    } else placed = this.place(comment.id, article, batch ?? this.list, this.parentOf(comment, batch));
    placed.item.classList.toggle('awaiting', awaiting);
    placed.item.classList.toggle('own', !comment.bodyHtml);
    placed.published = !awaiting;
    placed.own = !comment.bodyHtml;
  }

  /**
   * Where a reply goes. Oldest first, a parent is always on the reply's page or an earlier one, so a parent not
   * placed is not public (held again, rejected, deleted): the reply goes under the placeholder the live stream would
   * have left. In other orders a parent may simply come later; the reply then stands at the top.
   */
  private parentOf({ parentId }: PublicComment, batch?: DocumentFragment): Placed | undefined {
    if (!parentId) return;
    return (
      this.placed.get(parentId) ??
      (batch && this.api.sort === 'oldest' ? this.place(parentId, this.goneNote(), batch) : undefined)
    );
  }

  /** A comment's <li>: its content, then the list its replies go in; not yet published nor ours until show() says. */
  private place(id: string, content: HTMLElement, top: ParentNode, parent?: Placed): Placed {
    const depth = parent ? Math.min(parent.depth + 1, MAX_DEPTH) : 0;
    const container = parent ? (parent.depth < MAX_DEPTH ? parent.replies : parent.item.parentElement!) : top;
    const replies = h('ol', { class: 'children' });
    const item = h('li', { id: `comment-${id}`, class: `comment depth-${depth}` }, content, replies);
    container.append(item);
    const placed = { id, item, depth, replies, published: false, own: false, parent };
    this.placed.set(id, placed);
    return placed;
  }

  /** Stands where a parent was: says nothing of why (held, rejected or deleted) and offers no reply. */
  private goneNote(): HTMLElement {
    return h('p', { class: 'gone' }, this.t.gone);
  }

  private article(comment: PublicComment, awaiting: boolean, body = bodies([comment])[0]): HTMLElement {
    const url = safeHttpUrl(comment.authorUrl);
    const name = h('bdi', {}, comment.authorName);
    const author = url
      ? h('a', { class: 'author', href: url, rel: 'nofollow ugc', target: '_blank' }, name)
      : h('b', {}, name);
    const when = comment.publishedAt ?? comment.createdAt;
    const time = h(
      'time',
      { datetime: when, title: fullDate(when, this.language) },
      relativeTime(when, this.language),
    );
    if (!comment.bodyHtml) body.textContent = comment.body; // our own text, until the server's rendering arrives
    const article = h(
      'article',
      { 'aria-labelledby': `comment-${comment.id}-by` },
      identicon(comment.avatar),
      h(
        'div',
        { class: 'meta', id: `comment-${comment.id}-by` },
        author,
        ' · ',
        h('a', { href: `#comment-${comment.id}` }, time),
        comment.editedAt && ` · ${this.t.edited}`,
        comment.featured && h('strong', { class: 'featured' }, this.t.featured),
      ),
      body,
    );
    const tools = this.own.tools(
      comment,
      body,
      (edited, token) => this.editedOwn(edited, token),
      () => this.drop(comment.id),
    );
    if (tools) article.append(tools);
    if (awaiting) article.append(h('p', { class: 'moderation' }, this.t.awaiting));
    else {
      const reply = button(
        { class: 'reply', 'aria-label': `${this.t.reply}: ${comment.authorName}` },
        this.t.reply,
        () => this.startReply(comment),
      );
      article.append(
        h(
          'p',
          { class: 'actions' },
          likeButton(comment, this.api, this.liked, this.t, this.liveLikes),
          reply,
          reportButton(comment, this.api, this.language, article),
        ),
      );
    }
    return article;
  }

  private startReply(comment: PublicComment): void {
    const placed = this.placed.get(comment.id);
    if (!placed) return;
    placed.item.insertBefore(this.form.root, placed.replies);
    this.form.replyTo(comment.id, comment.authorName);
  }

  private cancelReply(): void {
    const parentId = this.form.replyingTo;
    this.formHome.append(this.form.root);
    this.form.replyTo(null);
    const reply = parentId
      ? this.placed.get(parentId)?.item.querySelector<HTMLButtonElement>(':scope > article .reply')
      : null;
    reply?.focus();
  }

  /**
   * A comment leaves the thread. Its published replies stay, under a placeholder, as a reload shows them; a
   * placeholder whose last reply leaves goes too.
   */
  private drop(id: string): void {
    const placed = this.placed.get(id);
    if (!placed) return;
    if (this.form.replyingTo === id) this.cancelReply();
    if (placed.published) this.setCount(this.publishedCount - 1);
    if (placed.replies.firstChild) {
      placed.item.replaceChild(this.goneNote(), placed.item.firstChild!);
      placed.published = placed.own = false;
      return;
    }
    placed.item.remove();
    this.placed.delete(id);
    // A placeholder (neither published nor ours) that held only this reply has nothing left to hold.
    const { parent } = placed;
    if (parent && !parent.published && !parent.own && !parent.replies.firstChild) this.drop(parent.id);
  }

  /** After a reload: our own comments still queued or held come back as awaiting, and are followed again. */
  private restoreOwn(): void {
    for (const { c, k } of this.own.here)
      if (!this.placed.get(c.id)?.published)
        void this.api.authorStatus(c.id, k).then((status) => {
          if (status === 'not_published') this.own.forget(c.id);
          if (status !== 'queued' && status !== 'held') return;
          this.show(c, true);
          void this.follow(c, k);
        });
  }

  /** Our edit went back to the checks: out of the count until it is published again. */
  private editedOwn(edited: PublicComment, token: string): void {
    if (this.placed.get(edited.id)?.published) this.setCount(this.publishedCount - 1);
    this.show(edited, true);
    this.form.say(this.t.awaiting);
    void this.follow(edited, token);
  }

  /** Our own comment, shown at once as awaiting moderation, then followed until it is decided. */
  private accepted({ accepted, draft }: Submitted): void {
    if (this.form.replyingTo) this.cancelReply();
    const mine: PublicComment = {
      id: accepted.id,
      parentId: accepted.parentId,
      authorName: normalise(draft.authorName),
      authorUrl: draft.authorUrl.trim() || null,
      avatar: accepted.id,
      body: normalise(draft.body),
      bodyHtml: '',
      createdAt: accepted.createdAt,
      publishedAt: null,
    };
    this.own.keep(mine, accepted.statusToken);
    this.show(mine, true);
    this.form.say(this.t.awaiting);
    void this.follow(mine, accepted.statusToken);
  }

  private async follow(mine: PublicComment, token: string): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS[Math.min(attempt, POLL_MS.length - 1)]));
      if (!this.isConnected) return;
      const placed = this.placed.get(mine.id);
      if (placed?.published) return this.form.say(this.t.published); // the live stream got there first
      const status = await this.api.authorStatus(mine.id, token);
      if (status === 'published') {
        this.show({ ...mine, publishedAt: new Date().toISOString() });
        return this.form.say(this.t.published);
      }
      if (status === 'not_published') {
        this.drop(mine.id);
        return this.form.say(this.t.notPublished);
      }
    }
  }
}

const TIME_REFRESH_MS = 30_000;

/**
 * Comments' bodies as `.body` paragraphs, parsed together: one innerHTML per comment starts an HTML parser for
 * each, which was most of the widget's own time in a first render. bodyHtml is escaped by the server and holds only
 * its <a> and <br>, so each <p> ends where the next begins (the parser closes an open <p> at a new one).
 */
function bodies(comments: PublicComment[]): HTMLCollectionOf<HTMLElement> {
  const parsed = h('div');
  parsed.innerHTML = comments.map((c) => `<p class=body>${c.bodyHtml}`).join('');
  return parsed.children as HTMLCollectionOf<HTMLElement>;
}

let sheet: CSSStyleSheet | null = null;
/** A constructed stylesheet, so the widget also works on pages whose CSP forbids inline <style>; older browsers get one. */
function adoptStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
    }
    shadow.adoptedStyleSheets = [sheet];
  } else shadow.append(h('style', {}, STYLES));
}
