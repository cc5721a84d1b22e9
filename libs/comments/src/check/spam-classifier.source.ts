import { SpamClassifier } from '@app/moderation';

/** Where the worker gets a site's spam classifier (base model mixed with the site's learning); null when none. */
export abstract class SpamClassifierSource {
  abstract forSite(siteId: string): Promise<SpamClassifier | null>;
  /** The site's learning changed in this process: the next `forSite` rebuilds at once. */
  abstract forget(siteId: string): void;
}
