import {
  CheckContext,
  createSpamClassifier,
  DEFAULT_SITE_SETTINGS,
  loadAbuseModel,
  loadSpamModel,
  moderate,
  ModerationOutcome,
} from '@app/moderation';

/**
 * A few comments of the kinds readers send (Devanagari Hindi with its danda, romanised Hindi, English, a link, a
 * shout), written for this warm-up only. They are checked and thrown away: nothing is stored or learned from them.
 */
const SAMPLES = [
  'बहुत अच्छा लेख है। गाँव की सड़कों पर सरकार को ध्यान देना चाहिए।',
  'लेख में आँकड़े ठीक हैं, पर किसानों की बात अधूरी रह गई। अगली बार उनसे भी पूछिए।',
  'bhai ye news sahi hai kya? mere gaon me to bijli abhi bhi 4 ghante aati hai',
  'Good reporting on the water crisis, though the 2019 figures need a source.',
  'Earn 50000 per day from home!!! visit https://quick-cash.example/offer now',
  'THIS IS A DISGRACE AND EVERYONE RESPONSIBLE SHOULD RESIGN TODAY',
] as const;

/** Rounds over the samples: enough calls for V8 to compile the pipeline's hot functions before the first job. */
const ROUNDS = 15;

/**
 * Loads the spam and abuse models and runs the pure pipeline over SAMPLES before the worker takes its first job.
 * Without it the first batch after a start paid for parsing the models and compiling the checks (a batch of one
 * comment took 0.3–0.6 s in `moderate()` in the drain bench's stage log) while every other job waited behind it.
 * Synchronous on purpose: it runs before the application (and BullMQ's worker) exists.
 */
export function warmUpChecks(): ModerationOutcome[] {
  const context: CheckContext = {
    site: { id: 'warm-up', name: 'warm-up', allowedOrigins: [], ...DEFAULT_SITE_SETTINGS },
    formToken: { state: 'valid', secondsToSubmit: 40 },
    author: { approvedCount: 0, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false },
    parentStatus: null,
    sameTextElsewhere: 0,
    spamClassifier: createSpamClassifier(loadSpamModel(), null),
    abuseModel: loadAbuseModel(),
    links: { domains: {}, sameLinkElsewhere: 0 },
  };
  const outcomes: ModerationOutcome[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    SAMPLES.forEach((body, index) => {
      const outcome = moderate(
        {
          id: `warm-up-${index}`,
          body,
          authorName: index % 2 === 0 ? 'सुनीता' : 'Arjun',
          authorUrl: null,
          honeypot: null,
          parentId: null,
        },
        context,
      );
      if (round === 0) outcomes.push(outcome);
    });
  }
  return outcomes;
}
