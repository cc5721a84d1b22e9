import { PublicComment, ThreadApi } from './api';
import { button, h } from './dom';
import { Lang, Strings } from './i18n';
import { keep as store, kept } from './storage';
import { normalise } from './validate';

/** The sites' default editWindowSeconds; the server keeps its own window and answers 403 after it. */
const WINDOW_MS = 900e3;

const TEXT = {
  hi: ['संपादित करें', 'हटाएँ', 'सहेजें', 'रद्द करें', 'टिप्पणी हटा दी गई।', 'बदलाव का समय बीत चुका है।'],
  en: ['Edit', 'Delete', 'Save', 'Cancel', 'Comment deleted.', 'Too late to change it.'],
};

/** One of this reader's comments: as they typed it, its status token, its thread. */
export interface Own {
  c: PublicComment;
  k: string;
  t: string;
}

/**
 * This browser's own comments per site, with their status tokens (`cm_own:<site>` in localStorage, the last 50):
 * a held or queued comment is shown again after a reload, and its author may edit or delete it while the window
 * is open. The token never leaves this browser except to this service.
 */
export class OwnComments {
  private readonly key: string;
  private list: Own[] = [];
  private readonly text: string[];

  constructor(
    site: string,
    private readonly thread: string,
    private readonly api: ThreadApi,
    private readonly lang: Lang,
    private readonly t: Strings,
    private readonly say: (message: string) => void,
  ) {
    this.key = `cm_own:${site}`;
    this.text = TEXT[lang];
    this.list = kept(this.key, []);
  }

  /** This thread's kept comments, to be asked about after a reload. */
  get here(): Own[] {
    return this.list.filter((o) => o.t === this.thread);
  }

  keep(c: PublicComment, k: string): void {
    this.forget(c.id);
    this.list.push({ c, k, t: this.thread });
    this.forget('');
  }

  /** Also writes the list back: `forget('')` only stores it. */
  forget(id: string): void {
    this.list = this.list.filter((o) => o.c.id !== id).slice(-50);
    store(this.key, this.list);
  }

  /** Edit and Delete for the reader's own comment while its window is open; null for anyone else's. */
  tools(
    c: PublicComment,
    body: HTMLElement,
    edited: (c: PublicComment, token: string) => void,
    deleted: () => void,
  ): HTMLElement | null {
    const own = this.list.find((o) => o.c.id === c.id);
    if (!own || Date.now() - Date.parse(c.createdAt) > WINDOW_MS) return null;
    const [edit, remove, save, cancel, gone] = this.text;
    return h(
      'p',
      { class: 'actions' },
      button({}, edit, () => {
        const area = h('textarea', { 'aria-label': edit, rows: '4' });
        area.value = c.body;
        const editor = h(
          'div',
          {},
          area,
          button({}, save, async () => {
            const refused = await this.send(c.id, own.k, 'PATCH', area.value);
            if (refused) return this.say(refused);
            const next = {
              ...c,
              body: normalise(area.value),
              bodyHtml: '',
              editedAt: `${new Date()}`,
            };
            this.keep(next, own.k);
            edited(next, own.k);
          }),
          button({}, cancel, () => editor.replaceWith(body)),
        );
        body.replaceWith(editor);
        area.focus();
      }),
      ' ',
      button({}, remove, async () => {
        const refused = await this.send(c.id, own.k, 'DELETE');
        if (refused) return this.say(refused);
        this.forget(c.id);
        deleted();
        this.say(gone);
      }),
    );
  }

  /** Answers the reason it was refused (the server's own message for a bad body), or nothing. */
  private async send(id: string, token: string, method: string, body?: string): Promise<string | void> {
    try {
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        'accept-language': this.lang,
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(this.api.ownCommentUrl(id), {
        method,
        headers,
        body: body === undefined ? body : JSON.stringify({ body }),
      });
      if (response.ok) return;
      if (response.status === 403) return this.text[5];
      return (await response.json()).errors[0].message;
    } catch {
      return this.t.failed;
    }
  }
}
