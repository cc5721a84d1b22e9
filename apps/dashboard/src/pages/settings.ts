import { api, ApiError } from '../api';
import { errorText, h } from '../dom';
import { Key, t } from '../i18n';

const CATEGORIES = ['profanity', 'insult', 'hate', 'threat', 'sexual'] as const;
const ACTIONS = ['publish', 'hold', 'reject'] as const;

const lines = (list: string[]) => list.join('\n');
const split = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

type Kind = 'text' | 'list' | 'codes' | 'int' | 'score' | 'select';
interface FieldSpec {
  name: string;
  /** The field the API names in its 422 (spamThresholds.hold for the "hold" input). */
  apiField: string;
  label: Key;
  kind: Kind;
  hint?: (site: any) => string;
  min?: number;
  max?: number;
}

/** The editable settings, in the order shown; ranges match libs/comments/src/admin/site-settings.validation.ts. */
const FIELDS: FieldSpec[] = [
  { name: 'name', apiField: 'name', label: 'field.name', kind: 'text' },
  {
    name: 'allowedOrigins',
    apiField: 'allowedOrigins',
    label: 'field.allowedOrigins',
    kind: 'list',
    hint: () => t('help.allowedOrigins'),
  },
  {
    name: 'languages',
    apiField: 'languages',
    label: 'field.languages',
    kind: 'codes',
    hint: () => t('help.languages'),
  },
  { name: 'premoderation', apiField: 'premoderation', label: 'field.premoderation', kind: 'select' },
  {
    name: 'maxLinks',
    apiField: 'maxLinks',
    label: 'field.maxLinks',
    kind: 'int',
    min: 0,
    max: 100,
    hint: (site) => t('help.maxLinks', site.maxLinks),
  },
  {
    name: 'blockedTerms',
    apiField: 'blockedTerms',
    label: 'field.blockedTerms',
    kind: 'list',
    hint: () => t('help.blockedTerms'),
  },
  {
    name: 'heldTerms',
    apiField: 'heldTerms',
    label: 'field.heldTerms',
    kind: 'list',
    hint: () => t('help.heldTerms'),
  },
  {
    name: 'suspiciousDomains',
    apiField: 'suspiciousDomains',
    label: 'field.suspiciousDomains',
    kind: 'list',
    hint: () => t('help.suspiciousDomains'),
  },
  { name: 'hold', apiField: 'spamThresholds.hold', label: 'field.hold', kind: 'score' },
  { name: 'spam', apiField: 'spamThresholds.spam', label: 'field.spam', kind: 'score' },
  {
    name: 'minSubmitSeconds',
    apiField: 'minSubmitSeconds',
    label: 'field.minSubmitSeconds',
    kind: 'int',
    min: 0,
    max: 3600,
  },
  {
    name: 'floodSeconds',
    apiField: 'floodSeconds',
    label: 'field.floodSeconds',
    kind: 'int',
    min: 0,
    max: 86400,
  },
  {
    name: 'maxBodyLength',
    apiField: 'maxBodyLength',
    label: 'field.maxBodyLength',
    kind: 'int',
    min: 1,
    max: 50000,
  },
];

function currentValue(s: any, spec: FieldSpec): string {
  if (spec.name === 'hold' || spec.name === 'spam') return String(s.spamThresholds[spec.name]);
  const value = s[spec.name];
  if (spec.kind === 'list') return lines(value ?? []);
  if (spec.kind === 'codes') return (value ?? []).join(', ');
  return String(value ?? '');
}

function control(spec: FieldSpec, value: string, describedBy: string): HTMLElement {
  const common = { name: spec.name, id: `f-${spec.name}`, 'aria-describedby': describedBy };
  if (spec.kind === 'list') return h('textarea', { ...common, rows: 3 }, value);
  if (spec.kind === 'select')
    return h(
      'select',
      common,
      ...(['none', 'first-time', 'all'] as const).map((p) =>
        h('option', { value: p, selected: p === value }, t(`premoderation.${p}`)),
      ),
    );
  if (spec.kind === 'int') return h('input', { ...common, type: 'number', step: 1, value, required: true });
  if (spec.kind === 'score')
    return h('input', { ...common, type: 'number', step: '0.01', min: 0, max: 1, value, required: true });
  return h('input', { ...common, value, required: spec.name === 'name' });
}

/** A field's error in the moderator's language, from the API's code and the field's own rule. */
function errorInWords(spec: FieldSpec, code: string, serverMessage: string): string {
  if (spec.kind === 'int') return t('err.wholeNumber', spec.min ?? 0, spec.max ?? 0);
  if (spec.kind === 'score') return /exceed/.test(serverMessage) ? t('err.holdAboveSpam') : t('err.score');
  if (spec.name === 'allowedOrigins' && code === 'invalid_url') return t('err.origins', serverMessage);
  if (spec.kind === 'codes') return t('err.languages');
  if (code === 'too_long') return t('err.tooLong');
  if (code === 'required') return t('err.required');
  return serverMessage;
}

export async function settingsPage(main: HTMLElement, siteId: string): Promise<void> {
  if (!siteId) {
    main.replaceChildren(h('h1', {}, t('settingsHeading')), h('p', {}, t('chooseSite')));
    return;
  }
  const s = await api('GET', `/v1/admin/sites/${encodeURIComponent(siteId)}`);
  const status = h('p', { role: 'status' });
  const errorSlots = new Map<string, HTMLElement>();
  const rows = FIELDS.map((spec) => {
    const errorId = `e-${spec.name}`;
    const hintId = `h-${spec.name}`;
    const slot = h('span', { class: 'field-error', id: errorId });
    errorSlots.set(spec.apiField, slot);
    const hint = spec.hint?.(s) ?? null;
    return h(
      'label',
      {},
      t(spec.label),
      control(spec, currentValue(s, spec), hint ? `${hintId} ${errorId}` : errorId),
      hint ? h('span', { class: 'help', id: hintId }, hint) : null,
      slot,
    );
  });
  const form = h(
    'form',
    { class: 'stack', novalidate: true, onsubmit: (e: Event) => void save(e) },
    ...rows,
    h(
      'fieldset',
      { class: 'stack' },
      h('legend', {}, t('abusePolicy')),
      ...CATEGORIES.map((c) =>
        h(
          'label',
          {},
          t(`category.${c}`),
          h(
            'select',
            { name: `abuse.${c}` },
            ...ACTIONS.map((a) =>
              h('option', { value: a, selected: a === s.abusePolicy?.[c] }, t(`policy.${a}`)),
            ),
          ),
        ),
      ),
    ),
    h(
      'label',
      { class: 'inline' },
      h('input', { type: 'checkbox', name: 'closed', checked: s.closed }),
      h('span', {}, t('field.closed')),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('saveSettings')),
    status,
  );
  main.replaceChildren(h('h1', {}, t('settingsOf', s.name)), form);

  function showErrors(errors: { field: string; code: string; message: string }[]): void {
    for (const slot of errorSlots.values()) slot.textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    let first: HTMLElement | null = null;
    const unplaced: string[] = [];
    for (const error of errors) {
      // "spamThresholds" (hold above spam) belongs beside the hold score.
      const field = error.field === 'spamThresholds' ? 'spamThresholds.hold' : error.field;
      const spec = FIELDS.find((f) => f.apiField === field);
      const slot = errorSlots.get(field);
      if (!spec || !slot) {
        unplaced.push(error.message);
        continue;
      }
      slot.textContent = errorInWords(spec, error.code, error.message);
      const input = form.querySelector<HTMLElement>(`#f-${spec.name}`)!;
      input.setAttribute('aria-invalid', 'true');
      first ??= input;
    }
    status.className = 'error';
    status.textContent = [t('fixFields'), ...unplaced].join(' ');
    first?.focus();
  }

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const d = new FormData(form);
    const text = (k: string) => String(d.get(k) ?? '');
    const number = (k: string) => (text(k).trim() === '' ? NaN : Number(text(k)));
    try {
      await api('PATCH', `/v1/admin/sites/${encodeURIComponent(siteId)}`, {
        name: text('name'),
        allowedOrigins: split(text('allowedOrigins')),
        languages: split(text('languages')),
        premoderation: text('premoderation'),
        maxLinks: number('maxLinks'),
        blockedTerms: split(text('blockedTerms')),
        heldTerms: split(text('heldTerms')),
        suspiciousDomains: split(text('suspiciousDomains')),
        spamThresholds: { hold: number('hold'), spam: number('spam') },
        minSubmitSeconds: number('minSubmitSeconds'),
        floodSeconds: number('floodSeconds'),
        maxBodyLength: number('maxBodyLength'),
        closed: d.get('closed') !== null,
        abusePolicy: Object.fromEntries(CATEGORIES.map((c) => [c, text(`abuse.${c}`)])),
      });
      showErrors([]);
      status.className = '';
      status.textContent = t('saved');
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors?.length) showErrors(error.problem.errors);
      else {
        status.className = 'error';
        status.textContent = errorText(error);
      }
    }
  }
}
