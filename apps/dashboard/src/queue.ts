import { api } from './api';
import { announce, errorText, h } from './dom';
import { fullDate, t, timeAgo, tMaybe } from './i18n';

type Status = 'held' | 'spam' | 'rejected' | 'published' | 'queued';
type Action = 'approve' | 'reject' | 'spam' | 'hold';

interface ModComment {
  id: string;
  siteId: string;
  threadId: string;
  status: Status;
  authorName: string;
  authorEmailMasked: string;
  bodyHtml: string;
  language: string | null;
  spamScore: number | null;
  createdAt: string;
  decidedBy: string | null;
  checks: { name: string; verdict: string; score: number; reason: string }[];
  parent: { authorName: string; body: string } | null;
}

const TABS: Status[] = ['held', 'spam', 'rejected', 'published'];
/** Undo returns each comment to where it was: the action that leads back to its previous status. */
const BACK_TO: Record<Status, Action> = {
  held: 'hold',
  spam: 'spam',
  rejected: 'reject',
  published: 'approve',
  queued: 'hold',
};
const POLL_MS = 5000;

/** The queue: tabs with live counts, filters, keyboard (j/k move, a/r/s act, x select, u undo), bulk actions. */
export class QueueView {
  private status: Status = 'held';
  private filters = { q: '', threadId: '', language: '' };
  private items: ModComment[] = [];
  private counts: Record<string, number> = {};
  private current = 0;
  private readonly selected = new Set<string>();
  private lastAction: { ids: string[]; previous: Map<string, Status>; action: Action } | null = null;
  private timer: number | undefined;
  private readonly root = h('section', { 'aria-labelledby': 'queue-title' });
  private readonly onKey = (event: KeyboardEvent) => this.key(event);

  constructor(private readonly siteId: () => string) {}

  mount(main: HTMLElement): void {
    main.replaceChildren(this.root);
    document.addEventListener('keydown', this.onKey);
    this.timer = window.setInterval(() => void this.load(false), POLL_MS);
    void this.load(true);
  }

  unmount(): void {
    document.removeEventListener('keydown', this.onKey);
    window.clearInterval(this.timer);
  }

  async load(focus: boolean): Promise<void> {
    const params = new URLSearchParams({ status: this.status, limit: '50' });
    if (this.siteId()) params.set('siteId', this.siteId());
    for (const [key, value] of Object.entries(this.filters)) if (value) params.set(key, value);
    try {
      const page = await api('GET', `/v1/moderation/comments?${params}`);
      const currentId = this.items[this.current]?.id;
      this.items = page.items;
      this.counts = page.counts;
      const keep = this.items.findIndex((c) => c.id === currentId);
      this.current = keep >= 0 ? keep : Math.min(this.current, Math.max(this.items.length - 1, 0));
      for (const id of [...this.selected]) if (!this.items.some((c) => c.id === id)) this.selected.delete(id);
      this.render(focus || this.root.contains(document.activeElement));
    } catch (error) {
      this.root.replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(error)));
    }
  }

  private render(focus: boolean): void {
    const tabs = h(
      'div',
      { class: 'tabs', role: 'tablist', 'aria-label': t('queues') },
      ...TABS.map((s) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            'aria-selected': String(s === this.status),
            onclick: () => this.switchTo(s),
          },
          t(`status.${s}`),
          h(
            'span',
            { class: 'count', 'aria-label': t('nComments', this.counts[s] ?? 0) },
            String(this.counts[s] ?? 0),
          ),
        ),
      ),
    );
    const filters = h(
      'form',
      { class: 'filters', role: 'search', onsubmit: (e: Event) => this.applyFilters(e) },
      h('label', {}, t('searchText'), h('input', { name: 'q', type: 'search', value: this.filters.q })),
      h('label', {}, t('thread'), h('input', { name: 'threadId', value: this.filters.threadId, size: 12 })),
      h(
        'label',
        {},
        t('filterLanguage'),
        h('input', { name: 'language', value: this.filters.language, size: 4, placeholder: 'hi' }),
      ),
      h('button', { type: 'submit' }, t('filter')),
    );
    const bars: Node[] = [];
    if (this.selected.size) {
      bars.push(
        h(
          'div',
          { class: 'bar', role: 'region', 'aria-label': t('bulkActions') },
          t('nSelected', this.selected.size),
          ...(['approve', 'reject', 'spam'] as Action[]).map((a) =>
            h(
              'button',
              { type: 'button', class: a, onclick: () => this.act([...this.selected], a) },
              t(`bulk.${a as 'approve' | 'reject' | 'spam'}`),
            ),
          ),
          h(
            'button',
            { type: 'button', onclick: () => (this.selected.clear(), this.render(false)) },
            t('clearSelection'),
          ),
        ),
      );
    }
    if (this.lastAction) {
      const { ids, action } = this.lastAction;
      bars.push(
        h(
          'div',
          { class: 'bar' },
          t(`done.${action}`, ids.length),
          h('button', { type: 'button', onclick: () => this.undo() }, t('undo')),
        ),
      );
    }
    const list = h(
      'ol',
      { class: 'queue', 'aria-label': t('listLabel', t(`status.${this.status}`)) },
      ...this.items.map((c, i) => this.item(c, i)),
    );
    this.root.replaceChildren(
      h('h1', { id: 'queue-title', class: 'sr-only' }, t('reviewQueue')),
      tabs,
      filters,
      h('p', { class: 'help' }, t('keysHelp')),
      ...bars,
      this.items.length ? list : h('p', {}, t('emptyQueue')),
    );
    if (focus)
      (
        this.root.querySelector<HTMLElement>('.item.current') ??
        this.root.querySelector<HTMLElement>('[role=tab][aria-selected=true]')
      )?.focus();
  }

  private item(c: ModComment, index: number): HTMLElement {
    const body = h('div', {
      class: 'body',
      lang: c.language && c.language !== 'und' ? c.language : undefined,
    });
    body.innerHTML = c.bodyHtml; // escaped by the server: text, line breaks and our own links, never the author's HTML
    const labelId = `c-${c.id}`;
    return h(
      'li',
      {
        class: `item${index === this.current ? ' current' : ''}${this.selected.has(c.id) ? ' selected' : ''}`,
        tabindex: index === this.current ? '0' : '-1',
        'aria-labelledby': labelId,
        'data-id': c.id,
        onfocus: () => this.setCurrent(index),
      },
      h(
        'div',
        { class: 'meta' },
        h('input', {
          type: 'checkbox',
          'aria-label': t('selectComment', c.authorName),
          checked: this.selected.has(c.id),
          onchange: () => this.toggle(c.id),
        }),
        h('span', { class: 'author', id: labelId }, c.authorName),
        h('span', {}, c.authorEmailMasked),
        h('time', { datetime: c.createdAt, title: fullDate(c.createdAt) }, timeAgo(c.createdAt)),
        h('span', {}, t('threadN', c.threadId)),
        this.siteId() ? null : h('span', {}, t('siteN', c.siteId)),
        h('span', {}, t('languageN', c.language ?? '—')),
        h(
          'span',
          { class: 'score' },
          t('spamScore', c.spamScore === null ? '—' : `${Math.round(c.spamScore * 100)}%`),
        ),
      ),
      c.parent
        ? h('blockquote', { class: 'parent' }, t('replyTo', c.parent.authorName), c.parent.body)
        : null,
      body,
      h(
        'ul',
        { class: 'checks', 'aria-label': t('why') },
        // What raised the verdict first; the checks that passed after.
        ...[...c.checks]
          .sort((x, y) => Number(x.verdict === 'pass') - Number(y.verdict === 'pass'))
          .map((k) =>
            h(
              'li',
              { class: `v-${k.verdict}` },
              h('strong', {}, `${tMaybe(`verdict.${k.verdict}`, k.verdict)}: `),
              k.reason,
            ),
          ),
      ),
      h(
        'div',
        { class: 'actions' },
        c.status !== 'published'
          ? h(
              'button',
              { type: 'button', class: 'approve', onclick: () => this.act([c.id], 'approve') },
              t('approve'),
            )
          : null,
        c.status !== 'rejected'
          ? h(
              'button',
              { type: 'button', class: 'reject', onclick: () => this.act([c.id], 'reject') },
              c.status === 'published' ? t('unpublish') : t('reject'),
            )
          : null,
        c.status !== 'spam'
          ? h('button', { type: 'button', class: 'spam', onclick: () => this.act([c.id], 'spam') }, t('spam'))
          : null,
        c.decidedBy && c.decidedBy !== 'auto'
          ? h('span', { class: 'help' }, t('decidedBy', c.decidedBy))
          : null,
      ),
    );
  }

  private key(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      return;
    const c = this.items[this.current];
    const keys: Record<string, () => void> = {
      j: () => this.move(1),
      k: () => this.move(-1),
      x: () => c && this.toggle(c.id),
      a: () => c && void this.act(this.targets(c), 'approve'),
      r: () => c && void this.act(this.targets(c), 'reject'),
      s: () => c && void this.act(this.targets(c), 'spam'),
      u: () => void this.undo(),
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  }

  /** With a selection the keys act on all of it; otherwise on the current comment. */
  private targets(c: ModComment): string[] {
    return this.selected.size ? [...this.selected] : [c.id];
  }

  private move(step: number): void {
    if (!this.items.length) return;
    this.setCurrent(Math.max(0, Math.min(this.items.length - 1, this.current + step)));
    this.root.querySelector<HTMLElement>('.item.current')?.focus();
  }

  private setCurrent(index: number): void {
    if (index === this.current) return;
    this.current = index;
    this.root.querySelectorAll<HTMLElement>('.item').forEach((el, i) => {
      el.classList.toggle('current', i === index);
      el.tabIndex = i === index ? 0 : -1;
    });
  }

  private toggle(id: string): void {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
    this.render(true);
  }

  private async act(ids: string[], action: Action, remember = true): Promise<void> {
    const previous = new Map(this.items.filter((c) => ids.includes(c.id)).map((c) => [c.id, c.status]));
    try {
      if (ids.length === 1)
        await api('POST', `/v1/moderation/comments/${encodeURIComponent(ids[0])}/decision`, { action });
      else await api('POST', '/v1/moderation/decisions', { ids, action });
      if (remember) this.lastAction = { ids, previous, action };
      this.selected.clear();
      announce(`${t(`done.${action}`, ids.length)} ${t('pressUToUndo')}`);
    } catch (error) {
      announce(errorText(error));
    }
    await this.load(true);
  }

  private async undo(): Promise<void> {
    const last = this.lastAction;
    if (!last) return;
    this.lastAction = null;
    for (const [id, status] of last.previous) {
      await api('POST', `/v1/moderation/comments/${encodeURIComponent(id)}/decision`, {
        action: BACK_TO[status],
        note: 'undo',
      }).catch(() => undefined);
    }
    announce(t('undone', last.ids.length));
    await this.load(true);
  }

  private switchTo(status: Status): void {
    this.status = status;
    this.current = 0;
    this.selected.clear();
    void this.load(true);
  }

  private applyFilters(event: Event): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.filters = {
      q: String(data.get('q') ?? ''),
      threadId: String(data.get('threadId') ?? ''),
      language: String(data.get('language') ?? ''),
    };
    this.current = 0;
    void this.load(false);
  }
}
