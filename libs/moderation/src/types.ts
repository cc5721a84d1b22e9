/**
 * The vocabulary of the check pipeline. Everything here is plain data: the pipeline never does I/O,
 * so whatever a phase needs (site settings, the author's history, the models) is loaded first and passed in.
 */
import type { AbuseModel } from './abuse/abuse-model';
import type { TextView } from './pipeline/text-view';
import type { SpamView } from './spam/spam-view';

/** What the pipeline decides for a comment (the contract's CLI verdicts). */
export type Verdict = 'publish' | 'hold' | 'spam' | 'reject';

/** What one check says. `signal` means it fired but only feeds the spam score. */
export type CheckVerdict = 'pass' | 'signal' | 'hold' | 'spam' | 'reject';

export type Premoderation = 'none' | 'first-time' | 'all';

/** The contract's abuse categories; each is reported as the check `abuse.<category>`. */
export type AbuseCategory = 'profanity' | 'insult' | 'hate' | 'threat' | 'sexual';
export const ABUSE_CATEGORIES: readonly AbuseCategory[] = ['profanity', 'insult', 'hate', 'threat', 'sexual'];
/** What a site does with a comment found to carry one category of abuse. */
export type AbuseAction = 'publish' | 'hold' | 'reject';
export type AbusePolicy = Record<AbuseCategory, AbuseAction>;

export interface SpamThresholds {
  hold: number;
  spam: number;
}

/** A site's moderation settings (the contract's admin API fields). */
export interface SiteSettings {
  id: string;
  name: string;
  allowedOrigins: string[];
  /** Allowed languages, e.g. ["hi","en"]; empty means any. */
  languages: string[];
  premoderation: Premoderation;
  maxLinks: number;
  blockedTerms: string[];
  heldTerms: string[];
  /** Extra domains or TLDs (".xyz") the site treats as suspicious, on top of the built-in list. */
  suspiciousDomains: string[];
  spamThresholds: SpamThresholds;
  minSubmitSeconds: number;
  floodSeconds: number;
  maxBodyLength: number;
  closed: boolean;
  /** What each abuse category leads to (contract: "Abuse categories"). */
  abusePolicy: AbusePolicy;
  /** Ask the widget for a proof-of-work; a missing or failed one is spam evidence, never a refusal. */
  proofOfWork: boolean;
  /** How long a reader may edit or delete their own comment (seconds). */
  editWindowSeconds: number;
  /** Distinct readers whose reports hold a published comment. */
  reportsToHold: number;
  /** How often opted-in moderators get a digest of what waits for them (minutes). */
  alertDigestMinutes: number;
}

/** The comment as the checks see it: already trimmed and NFC-normalised by intake. */
export interface CommentUnderCheck {
  id: string;
  body: string;
  authorName: string;
  authorUrl: string | null;
  /** The honeypot field as submitted; humans leave it empty. */
  honeypot: string | null;
  parentId: string | null;
}

/** What the signed form token said, verified before the pipeline runs (verification needs a key). */
export type FormTokenState =
  | { state: 'valid'; secondsToSubmit: number }
  | { state: 'missing' }
  | { state: 'expired' }
  | { state: 'invalid' }
  /** Not a web-form submission (the CLI, an import): timing says nothing either way. */
  | { state: 'not-applicable' };

/**
 * What the store knows of the author, looked up by the email's keyed HMAC and the reader id, and of the network
 * address it came from. Only a moderator's decision counts as "marked"; the checks' own verdicts are kept apart.
 */
export interface AuthorHistory {
  /** Earlier comments by this author that were published (by the checks or a moderator). */
  approvedCount: number;
  /** Earlier comments by this author (email or reader id) that a moderator marked spam. */
  spamCount: number;
  /** Earlier comments by this author that the checks themselves sent to spam (no moderator involved). */
  caughtSpamCount?: number;
  /**
   * Comments by other authors from the same IP that a moderator marked spam, recently. Left at 0 when the comment
   * carries a reader id: a reader id names a person, an address may be a whole carrier's (CGNAT).
   */
  ipSpamCount: number;
  /** The same, each weighed down by its age (half-life in the loader), so an address's past fades. */
  ipSpamWeight?: number;
  /** Comments by other authors from the same IP that the checks sent to spam, recently. */
  ipCaughtSpamCount?: number;
  /** A moderator marked this author trusted: skips pre-moderation. */
  trusted: boolean;
  /** A moderator banned this author (email or IP): comments go to spam silently. */
  banned: boolean;
}

/** Something that turns a comment into spam evidence; the worker loads it with the site's own learning mixed in. */
export interface SpamClassifier {
  /**
   * Log-odds that the comment is spam (positive: spam), with the tokens that weighed most. The pipeline passes the
   * comment's spam view it already read; other callers may leave it out.
   */
  classify(comment: CommentUnderCheck, view?: SpamView): { logOdds: number; topTokens: string[] };
}

/** Moderators' decisions on comments that linked to one domain, on this site and on every site. */
export interface DomainDecisions {
  siteSpam: number;
  siteApproved: number;
  allSitesSpam: number;
  allSitesApproved: number;
}

/** What the store knows of a comment's links, loaded before the checks (see LinkReputationService). */
export interface LinkHistory {
  /** Keyed by host as findLinks returns it (lower-case, no "www."); hosts with no decisions are absent. */
  domains: Record<string, DomainDecisions>;
  /** Other threads or sites where a comment carried one of this comment's links within the last hour. */
  sameLinkElsewhere: number;
}

/** The optional proof-of-work a site may ask for (site setting `proofOfWork`), verified before the checks. */
export type ProofOfWorkState = 'not-asked' | 'solved' | 'missing' | 'failed';

export interface CheckContext {
  site: SiteSettings;
  formToken: FormTokenState;
  author: AuthorHistory;
  /** The parent's current status when the comment is a reply; null when it has no parent. */
  parentStatus: string | null;
  /** How many other threads got the same text (normalised) within the last hour. */
  sameTextElsewhere: number;
  spamClassifier: SpamClassifier | null;
  /** The learned abuse model (loadAbuseModel()), loaded once per process by whoever builds the context. */
  abuseModel: AbuseModel;
  /** Domain reputation and recent reposts of the comment's links; absent where nothing is stored (the CLI). */
  links?: LinkHistory;
  /** Absent or "not-asked" when the site does not ask for a proof-of-work. */
  proofOfWork?: ProofOfWorkState;
}

/** One check's finding, as stored and shown to moderators. `score` is its spam evidence in log-odds (0 if none). */
export interface CheckResult {
  name: string;
  verdict: CheckVerdict;
  score: number;
  reason: string;
}

/** The state phases read and add to, in order; a phase can read what earlier phases found (e.g. the language). */
export interface PipelineState {
  /** The comment's text, read once by moderate() for every phase. */
  text: TextView;
  checks: CheckResult[];
  language: string;
  /** Whether the language was read from enough of the comment's own words to act on (the site's language policy). */
  languageConfident?: boolean;
}

/**
 * A phase is a small pure function: it returns what it found, or null when it has nothing to say.
 * It may return several results (e.g. one per fired signal) and may set the language.
 */
export interface PhaseOutput {
  checks?: CheckResult[];
  language?: string;
  languageConfident?: boolean;
}
export type ModerationPhase = (
  comment: CommentUnderCheck,
  context: CheckContext,
  state: Readonly<PipelineState>,
) => PhaseOutput | null;

export interface ModerationOutcome {
  verdict: Verdict;
  spamScore: number;
  language: string;
  checks: CheckResult[];
  /** The reasons for the verdict in plain words: every check that did not pass. */
  reasons: string[];
}
