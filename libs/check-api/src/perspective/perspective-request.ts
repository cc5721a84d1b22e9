/**
 * Perspective's wire format (commentanalyzer v1alpha1 `comments:analyze`), parsed by hand: its errors have their
 * own shape (`{ error: { code, message, status } }`), which a DTO's 422 cannot give.
 */
export const PERSPECTIVE_ATTRIBUTES = [
  'TOXICITY',
  'SEVERE_TOXICITY',
  'IDENTITY_ATTACK',
  'INSULT',
  'PROFANITY',
  'THREAT',
  'SEXUALLY_EXPLICIT',
] as const;
export type PerspectiveAttribute = (typeof PERSPECTIVE_ATTRIBUTES)[number];

/** Languages our checks read; Perspective's own codes ("hi-Latn" is its code for romanised Hindi). */
export const SUPPORTED_LANGUAGES = ['hi', 'hi-Latn', 'en'] as const;
const MAX_TEXT_BYTES = 20_480; // Perspective's own limit

export interface AnalyzeRequest {
  text: string;
  attributes: { name: PerspectiveAttribute; scoreThreshold: number | null }[];
  languages: string[] | null;
  spanAnnotations: boolean;
  clientToken: string | null;
}

export class PerspectiveError extends Error {
  constructor(
    readonly code: number,
    readonly status:
      'INVALID_ARGUMENT' | 'PERMISSION_DENIED' | 'RESOURCE_EXHAUSTED' | 'UNAVAILABLE' | 'INTERNAL',
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  toBody() {
    return { error: { code: this.code, message: this.message, status: this.status } };
  }
}

const invalid = (message: string) => new PerspectiveError(400, 'INVALID_ARGUMENT', message);

export function parseAnalyzeRequest(input: unknown): AnalyzeRequest {
  if (!isObject(input)) throw invalid('Invalid JSON payload: expected an object.');
  const comment = input.comment;
  if (!isObject(comment) || typeof comment.text !== 'string')
    throw invalid('Comment must be specified: comment.text is required.');
  if (comment.text.trim() === '') throw invalid('Comment text was empty.');
  if (Buffer.byteLength(comment.text) > MAX_TEXT_BYTES)
    throw invalid(`Comment text too long: at most ${MAX_TEXT_BYTES} bytes.`);
  if (comment.type !== undefined && comment.type !== 'PLAIN_TEXT')
    throw invalid('Only comment.type PLAIN_TEXT is supported.');

  const requested = input.requestedAttributes;
  if (!isObject(requested) || Object.keys(requested).length === 0)
    throw invalid('requestedAttributes must name at least one attribute.');
  const attributes: AnalyzeRequest['attributes'] = [];
  for (const [name, options] of Object.entries(requested)) {
    if (!(PERSPECTIVE_ATTRIBUTES as readonly string[]).includes(name))
      throw invalid(`Unknown attribute: ${name}`);
    if (options !== null && options !== undefined && !isObject(options))
      throw invalid(`requestedAttributes.${name} must be an object.`);
    const { scoreType, scoreThreshold } = (options ?? {}) as Record<string, unknown>;
    if (scoreType !== undefined && scoreType !== 'PROBABILITY')
      throw invalid(`requestedAttributes.${name}.scoreType: only PROBABILITY is supported.`);
    if (
      scoreThreshold !== undefined &&
      !(typeof scoreThreshold === 'number' && scoreThreshold >= 0 && scoreThreshold <= 1)
    )
      throw invalid(`requestedAttributes.${name}.scoreThreshold must be a number from 0 to 1.`);
    attributes.push({
      name: name as PerspectiveAttribute,
      scoreThreshold: (scoreThreshold as number) ?? null,
    });
  }

  let languages: string[] | null = null;
  if (input.languages !== undefined && input.languages !== null) {
    if (!Array.isArray(input.languages) || !input.languages.every((l) => typeof l === 'string'))
      throw invalid('languages must be a list of language codes.');
    languages = input.languages.length ? input.languages.map(canonicalLanguage) : null;
    const unsupported = languages?.filter((l) => !(SUPPORTED_LANGUAGES as readonly string[]).includes(l));
    if (unsupported?.length)
      throw invalid(
        `Attribute ${attributes[0].name} does not support request languages: ${unsupported.join(',')}`,
      );
  }
  return {
    text: comment.text,
    attributes,
    languages,
    spanAnnotations: input.spanAnnotations === true,
    clientToken: typeof input.clientToken === 'string' ? input.clientToken.slice(0, 200) : null,
  };
}

/** "HI", "hi-IN" and "hi-latn" as Perspective clients write them, in the form we compare. */
function canonicalLanguage(code: string): string {
  const [base, script] = code.trim().split(/[-_]/);
  if (script && /^latn$/i.test(script)) return `${base.toLowerCase()}-Latn`;
  return base.toLowerCase();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
