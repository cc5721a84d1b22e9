import { PublicComment, ThreadApi } from './api';
import { h } from './dom';
import { Strings } from './i18n';
import { keep, kept } from './storage';

const KEPT = 500;

/** Which comments this browser has liked, per site: the API answers counts, not who liked. */
export class LikedComments {
  private readonly key: string;
  private readonly ids: string[];

  constructor(site: string) {
    this.key = `cm_liked:${site}`;
    const ids = kept<unknown>(this.key, []);
    this.ids = Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  set(id: string, liked: boolean): void {
    const at = this.ids.indexOf(id);
    if (at >= 0) this.ids.splice(at, 1);
    if (liked) this.ids.push(id);
    keep(this.key, this.ids.slice(-KEPT));
  }
}

/** A toggle button with the count; the server's answer replaces the optimistic count. */
export function likeButton(
  comment: PublicComment,
  api: ThreadApi,
  liked: LikedComments,
  t: Strings,
  live: Map<string, (likes: number) => void>,
): HTMLButtonElement {
  let count = comment.likes ?? 0;
  const button = h('button', { type: 'button', class: 'like' });
  const paint = () => {
    const on = liked.has(comment.id);
    button.setAttribute('aria-pressed', String(on));
    // The visible text is the whole name (WCAG 2.5.3); the article around it names the author, aria-pressed the state.
    button.replaceChildren(h('span', { 'aria-hidden': 'true' }, on ? '♥ ' : '♡ '), `${t.like} · ${count}`);
  };
  button.addEventListener('click', async () => {
    const on = !liked.has(comment.id);
    liked.set(comment.id, on);
    count = Math.max(0, count + (on ? 1 : -1));
    paint();
    const server = await api.like(comment.id, on);
    if (server === null) liked.set(comment.id, !on);
    else count = server;
    paint();
  });
  // The live stream's batched counts (comment.likes) land here.
  live.set(comment.id, (likes) => {
    count = likes;
    paint();
  });
  paint();
  return button;
}
