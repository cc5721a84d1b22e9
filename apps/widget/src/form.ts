import { Accepted, ServerError, ThreadApi } from './api';
import { button, h } from './dom';
import { Strings } from './i18n';
import { Draft, FieldError, normalise, validateDraft } from './validate';
import { solveProofOfWork } from './pow';
import { notifyField } from './notify';
import { keep, kept } from './storage';

const SAVED_KEY = 'comment-thread:author';
const FIELDS = ['body', 'authorName', 'authorEmail', 'authorUrl'] as const;

export interface Submitted {
  accepted: Accepted;
  draft: Draft;
}

/** The WordPress-like reply form: labels, client checks mirroring the server, server errors beside their fields. */
export class CommentForm {
  readonly root: HTMLDivElement;
  private readonly form: HTMLFormElement;
  private readonly heading: HTMLHeadingElement;
  private readonly cancel: HTMLButtonElement;
  private readonly submit: HTMLButtonElement;
  private readonly consent: HTMLInputElement;
  private readonly honeypot: HTMLInputElement;
  private readonly notifyChoice: HTMLSelectElement;
  private readonly liveRegion: HTMLParagraphElement;
  private readonly inputs = {} as Record<(typeof FIELDS)[number], HTMLInputElement | HTMLTextAreaElement>;
  private readonly errorSpans = {} as Record<string, HTMLElement>;
  private parentId: string | null = null;
  private pendingFormToken: Promise<string | null>;
  /** Solved in the background while the reader types; null when the site does not ask. */
  private proofOfWork: Promise<string | null>;

  constructor(
    private readonly api: ThreadApi,
    private readonly t: Strings,
    private readonly uid: string,
    private readonly maxBodyLength: number,
    private readonly onAccepted: (submitted: Submitted) => void,
    private readonly onCancel: () => void,
  ) {
    this.pendingFormToken = api.newFormToken();
    this.proofOfWork = solveProofOfWork(api.proofOfWorkUrl);
    this.cancel = button({ class: 'cancel', hidden: true }, t.cancelReply, () => this.onCancel());
    this.heading = h('h3', { id: `${uid}-title` }, t.leaveReply);
    const required = () => h('span', { class: 'required', 'aria-hidden': 'true' }, '*');
    const field = (
      name: (typeof FIELDS)[number],
      label: string,
      control: HTMLInputElement | HTMLTextAreaElement,
      isRequired: boolean,
    ) => {
      const id = `${uid}-${name}`;
      const error = h('span', { class: 'error', id: `${id}-error` });
      control.id = id;
      control.name = name;
      control.setAttribute('aria-describedby', `${id}-error`);
      if (isRequired) control.setAttribute('aria-required', 'true');
      this.inputs[name] = control;
      this.errorSpans[name] = error;
      return h(
        'p',
        { class: 'field' },
        h('label', { for: id }, `${label} `, isRequired && required()),
        control,
        error,
      );
    };
    const input = (type: string, autocomplete: string, maxlength: string) =>
      h('input', { type, autocomplete, maxlength, spellcheck: 'false' });
    const [notifyRow, notify] = notifyField(t, uid);
    this.notifyChoice = notify;
    this.honeypot = h('input', { type: 'text', name: 'hp', tabindex: '-1', autocomplete: 'off' });
    this.consent = h('input', { type: 'checkbox', id: `${uid}-consent` });
    this.submit = h('button', { type: 'submit', class: 'submit' }, t.submit);
    this.liveRegion = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.form = h(
      'form',
      { novalidate: true, 'aria-labelledby': `${uid}-title` },
      h(
        'p',
        { class: 'note' },
        h('span', { id: `${uid}-email-note` }, t.emailNote),
        ' ',
        t.requiredNote[0],
        required(),
        t.requiredNote[1],
      ),
      field('body', t.comment, h('textarea', { rows: '8', maxlength: String(maxBodyLength + 500) }), true),
      field('authorName', t.name, input('text', 'name', '245'), true),
      field('authorEmail', t.email, input('email', 'email', '100'), true),
      field('authorUrl', t.website, input('url', 'url', '200'), false),
      notifyRow,
      h('div', { class: 'hp', 'aria-hidden': 'true' }, h('label', {}, t.honeypot, this.honeypot)),
      h(
        'p',
        { class: 'field' },
        h('label', { class: 'consent', for: `${uid}-consent` }, this.consent, t.save),
      ),
      h('p', {}, this.submit),
    );
    this.inputs.authorEmail.setAttribute('aria-describedby', `${uid}-authorEmail-error ${uid}-email-note`);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.root = h(
      'div',
      { class: 'respond', id: `${uid}-respond` },
      this.heading,
      this.form,
      this.liveRegion,
    );
    this.heading.append(h('small', {}, this.cancel));
    this.restoreSaved();
  }

  /** Shows the form as a reply to one comment (the caller moves it under that comment). */
  replyTo(parentId: string | null, authorName = ''): void {
    this.parentId = parentId;
    this.heading.firstChild!.textContent = parentId ? this.t.replyTo(authorName) : this.t.leaveReply;
    this.cancel.hidden = !parentId;
    if (parentId) this.inputs.body.focus();
  }

  get replyingTo(): string | null {
    return this.parentId;
  }

  say(message: string): void {
    this.liveRegion.textContent = message;
  }

  private draft(): Draft {
    return {
      authorName: this.inputs.authorName.value,
      authorEmail: this.inputs.authorEmail.value,
      authorUrl: this.inputs.authorUrl.value,
      body: this.inputs.body.value,
    };
  }

  private async send(): Promise<void> {
    const draft = this.draft();
    const problems = validateDraft(draft, this.maxBodyLength, this.t);
    if (problems.length) return this.showErrors(problems);
    this.showErrors([]);
    this.submit.disabled = true;
    this.say(this.t.sending);
    const fields: Record<string, string> = {};
    // The required ones are there (validateDraft said so); an empty website is left out.
    for (const name of FIELDS) if (normalise(draft[name])) fields[name] = normalise(draft[name]);
    if (this.parentId) fields.parentId = this.parentId;
    const token = await this.pendingFormToken;
    if (token) fields.formToken = token;
    const altcha = await this.proofOfWork;
    if (altcha) fields.altcha = altcha;
    if (this.honeypot.value) fields.hp = this.honeypot.value;
    if (this.notifyChoice.value) fields.notify = this.notifyChoice.value;
    try {
      const accepted = await this.api.submit(fields);
      this.remember(draft);
      this.inputs.body.value = '';
      this.pendingFormToken = this.api.newFormToken();
      this.proofOfWork = solveProofOfWork(this.api.proofOfWorkUrl);
      this.onAccepted({ accepted, draft });
    } catch (error) {
      this.serverError(error as ServerError);
    } finally {
      this.submit.disabled = false;
    }
  }

  private serverError(error: ServerError): void {
    const known = (error.errors ?? []).filter((e) => e.field in this.inputs);
    if (known.length) return this.showErrors(known);
    const other = error.errors?.[0]?.message;
    this.say(
      error.status === 429
        ? this.t.tooFast
        : error.status === 409
          ? this.t.duplicate
          : (other ?? this.t.failed),
    );
  }

  /** Each message beside its field, a summary in the live region, and focus on the first field to fix. */
  private showErrors(errors: FieldError[]): void {
    for (const name of FIELDS) {
      const error = errors.find((e) => e.field === name);
      this.errorSpans[name].textContent = error?.message ?? '';
      if (error) this.inputs[name].setAttribute('aria-invalid', 'true');
      else this.inputs[name].removeAttribute('aria-invalid');
    }
    if (!errors.length) return;
    this.say(this.t.fixErrors);
    const first = FIELDS.find((name) => errors.some((e) => e.field === name));
    if (first) this.inputs[first].focus();
  }

  /** Nothing is kept unless the reader ticks the box; unticking forgets what was kept. */
  private remember(draft: Draft): void {
    const { authorName, authorEmail, authorUrl } = draft;
    keep(SAVED_KEY, this.consent.checked ? { authorName, authorEmail, authorUrl } : undefined);
  }

  private restoreSaved(): void {
    const saved = kept<Partial<Draft> | null>(SAVED_KEY, null);
    if (!saved) return;
    for (const name of ['authorName', 'authorEmail', 'authorUrl'] as const) {
      if (typeof saved[name] === 'string') this.inputs[name].value = saved[name]!;
    }
    this.consent.checked = true;
  }
}
