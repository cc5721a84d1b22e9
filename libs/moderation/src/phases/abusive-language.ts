import { AbuseAction, AbuseCategory, CheckResult, CheckVerdict, ModerationPhase } from '../types';
import { modelProbabilities } from '../abuse/abuse-model';
import { abuseScoresOf } from '../abuse/abuse-scores';
import { wordKey } from '../text/phonetic-key';
import { AbuseFinding, detectAbuse, SentenceReading } from '../abuse/detect-abuse';

const LABEL: Record<AbuseCategory, string> = {
  profanity: 'Profanity (अश्लील भाषा)',
  insult: 'Insult aimed at a person (व्यक्तिगत अपमान)',
  hate: 'Hate towards a group (समुदाय के प्रति नफ़रत)',
  threat: 'Threat of violence (हिंसा की धमकी)',
  sexual: 'Sexual harassment (यौन टिप्पणी)',
};

/** The site's action as a check verdict: "publish" still reports the category, as a signal. */
export function verdictFor(action: AbuseAction): CheckVerdict {
  return action === 'publish' ? 'signal' : action;
}

/**
 * One check `abuse.<category>` per category found, in the words a moderator reads: the category, the masked words,
 * the group or the cue. The site's abusePolicy sets each check's verdict (decide() applies it too). Rules first;
 * the learned model adds a category the rules missed when its calibrated probability passes that category's threshold.
 */
export const abusiveLanguage: ModerationPhase = (comment, context, state) => {
  const findings = detectAbuse(
    comment.body,
    { isReply: comment.parentId !== null, authorName: comment.authorName },
    state.text.sentences,
  );
  const byCategory = new Map<AbuseCategory, AbuseFinding>(findings.map((f) => [f.category, f]));
  const learned = abuseScoresOf(state.text.sentences, findings, context.abuseModel);
  // The model alone reports a category only when the comment holds something the lists know as hostile (an abusive
  // word, a cue, a group): on a plain "मैडम आपकी रिपोर्ट अच्छी थी" its words alone are not evidence enough.
  // Nor when the comment condemns what it names ("jihadi बोलना बंद करो"): the model reads the words, not the stance.
  const modelCategories =
    learned.modelCategories.length > 0 &&
    hasHostileWords(state.text.sentences) &&
    !condemns(state.text.sentences)
      ? learned.modelCategories
      : [];
  const rulesJudgedHate = groupBesideCue(state.text.sentences);
  for (const category of modelCategories) {
    // A group beside a cue is what the hate rules read, with the negation, quotes and condemnation the model cannot
    // see ("मुसलमान आतंकवादी नहीं हैं"): where they said no, the model does not overrule them.
    if (category === 'hate' && rulesJudgedHate) continue;
    if (!byCategory.has(category)) {
      byCategory.set(category, {
        category,
        confidence: learned.scores[category],
        evidence: [`learned model, ${learned.scores[category].toFixed(2)}`],
      });
    }
  }
  if (byCategory.size === 0) return null;
  const fromRules = new Set(findings.map((f) => f.category));
  const checks: CheckResult[] = [...byCategory.values()].map((f) => ({
    name: `abuse.${f.category}`,
    // The learned model alone may hold a comment for a moderator, never reject it unseen.
    verdict: capped(verdictFor(context.site.abusePolicy[f.category]), fromRules.has(f.category)),
    score: 0,
    reason: `${LABEL[f.category]}: ${f.evidence.slice(0, 4).join(', ')}`,
  }));
  return { checks };
};

/** The learned model alone on matchForm words, as one check (for the language evaluation's comparison). */
export function aggressionCheck(bodyWords: readonly string[], _language: string): CheckResult | null {
  const { probabilities, over } = modelProbabilities(bodyWords.map((w) => wordKey(w).key));
  if (over.length === 0) return null;
  return {
    name: 'abuse.model',
    verdict: 'hold',
    score: 0,
    reason: `Learned model: ${over.map((c) => `${c} ${probabilities[c].toFixed(2)}`).join(', ')}`,
  };
}

/** In the writer's own words: a hostile word quoted to be condemned ("सब बिहारी चोर होते हैं" in quotes) is no company. */
function hasHostileWords(sentences: readonly SentenceReading[]): boolean {
  return sentences.some((piece) =>
    piece.hits.some(
      (h) =>
        (h.value.kind === 'word' && !EXCLAMATIONS.has(h.term)) ||
        h.value.kind === 'cue' ||
        h.value.kind === 'group',
    ),
  );
}

/**
 * Mild English exclamations ("LOL this shit never gets old", "damn, what a song") are not obscene words (docs/abuse.md):
 * the rules count them only aimed at someone, and they are no company for the model alone either.
 */
const EXCLAMATIONS = new Set(['shit', 'shitty', 'crap', 'damn', 'wtf', 'piss', 'pissed', 'bloody']);

function groupBesideCue(sentences: readonly SentenceReading[]): boolean {
  return sentences.some(
    (piece) =>
      piece.hits.some((h) => h.value.kind === 'group') && piece.hits.some((h) => h.value.kind === 'cue'),
  );
}

function condemns(sentences: readonly SentenceReading[]): boolean {
  return sentences.some((piece) =>
    piece.hits.some((h) => h.value.kind === 'marker' && h.value.marker === 'condemn'),
  );
}

function capped(verdict: CheckVerdict, byRules: boolean): CheckVerdict {
  return !byRules && verdict === 'reject' ? 'hold' : verdict;
}
