import { createInterface } from 'node:readline';
import { Readable, Writable } from 'node:stream';
import {
  CheckContext,
  createSpamClassifier,
  loadAbuseModel,
  loadSpamModel,
  moderate,
  normaliseSubmittedText,
  SiteSettings,
  SiteSpamCounts,
} from '@app/moderation';

export interface CheckLineOutput {
  id: string;
  verdict: 'publish' | 'hold' | 'spam' | 'reject';
  spamScore: number;
  language: string;
  reasons: string[];
  /** The abuse categories found (contract: "Abuse categories"), empty when none. */
  categories: string[];
}

/**
 * Reads JSON lines `{ id?, body, authorName?, authorUrl? }` and writes one verdict line each, through the same pure
 * pipeline as the worker, with the site's learned spam counts when given. An `authorEmail` is accepted and ignored:
 * no history is looked up, so author counts, standing, repeats and the parent are empty, and form timing does not
 * apply. A line that is not a valid request gets `{ id, error }` instead, so the output stays line-for-line.
 */
export async function runCheck(
  input: Readable,
  output: Writable,
  site: SiteSettings,
  siteCounts: SiteSpamCounts | null = null,
): Promise<{ lines: number; errors: number }> {
  const classifier = createSpamClassifier(loadSpamModel(), siteCounts);
  const context: CheckContext = {
    site,
    formToken: { state: 'not-applicable' },
    author: { approvedCount: 0, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false },
    parentStatus: null,
    sameTextElsewhere: 0,
    spamClassifier: classifier,
    abuseModel: loadAbuseModel(),
  };
  let lines = 0;
  let errors = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    lines++;
    const fallbackId = `line-${lines}`;
    let request: Record<string, unknown>;
    try {
      request = JSON.parse(line);
      if (typeof request !== 'object' || request === null || typeof request.body !== 'string') {
        throw new Error('each line needs a JSON object with a string "body"');
      }
    } catch (error) {
      errors++;
      output.write(JSON.stringify({ id: fallbackId, error: (error as Error).message }) + '\n');
      continue;
    }
    const id =
      typeof request.id === 'string' || typeof request.id === 'number' ? String(request.id) : fallbackId;
    const text = (value: unknown) => (typeof value === 'string' ? normaliseSubmittedText(value) : '');
    const outcome = moderate(
      {
        id,
        body: text(request.body),
        authorName: text(request.authorName),
        authorUrl: text(request.authorUrl) || null,
        honeypot: null,
        parentId: null,
      },
      context,
    );
    const result: CheckLineOutput = {
      id,
      verdict: outcome.verdict,
      spamScore: outcome.spamScore,
      language: outcome.language,
      reasons: outcome.reasons,
      categories: outcome.checks
        .filter((c) => c.name.startsWith('abuse.') && c.verdict !== 'pass' && c.name !== 'abuse.model')
        .map((c) => c.name.slice('abuse.'.length)),
    };
    output.write(JSON.stringify(result) + '\n');
  }
  return { lines, errors };
}
