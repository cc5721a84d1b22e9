import { SpamClassifier } from '@app/moderation';

/** Where the worker gets a site's spam classifier (base model mixed with the site's learning); null when none. */
export abstract class SpamClassifierSource {
  abstract forSite(siteId: string): Promise<SpamClassifier | null>;
}
