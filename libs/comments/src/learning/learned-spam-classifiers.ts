import { Injectable } from '@nestjs/common';
import { createSpamClassifier, loadSpamModel, SpamClassifier } from '@app/moderation';
import { SpamClassifierSource } from '../check/spam-classifier.source';
import { LearningRepository } from './learning.repository';

/** How long a worker trusts its cached classifier before asking for the site's version again. */
const RECHECK_MS = 3000;

interface Entry {
  version: number | null;
  classifier: SpamClassifier;
  checkedAt: number;
}

/**
 * The base model mixed with each site's learning, built once per version. Other processes' decisions show within
 * RECHECK_MS (one cheap version query); this process's own decisions show at once (`forget`).
 */
@Injectable()
export class LearnedSpamClassifiers extends SpamClassifierSource {
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly learning: LearningRepository) {
    super();
  }

  async forSite(siteId: string): Promise<SpamClassifier> {
    const cached = this.cache.get(siteId);
    const now = Date.now();
    if (cached && now - cached.checkedAt < RECHECK_MS) return cached.classifier;
    const version = await this.learning.spamCountsVersion(siteId);
    if (cached && cached.version === version) {
      cached.checkedAt = now;
      return cached.classifier;
    }
    const stored = version === null ? null : await this.learning.spamCounts(siteId);
    const classifier = createSpamClassifier(loadSpamModel(), stored?.counts ?? null);
    this.cache.set(siteId, { version: stored?.version ?? null, classifier, checkedAt: now });
    return classifier;
  }

  forget(siteId: string): void {
    this.cache.delete(siteId);
  }
}
