import { ModerationPhase } from '../../types';
import { CONTACT_VERBS, MESSENGER_HOSTS, MESSENGER_WORDS } from '../../spam/lexicon';
import { phoneNumbersIn } from '../../spam/tokens';
import { signal } from './links';
import { isNewsOrReferenceHost } from '../../spam/news-domains';

/** Moving the reader to a private channel is what scams need; real commenters rarely post a number. */
export const CONTACT_LOG_ODDS = {
  phone: 2.2,
  messengerLink: 3,
  messengerInvite: 2.5,
  messengerMention: 0.4,
  /** An email address to write to, off the site, as the loan, spell and SEO pitches give (not an official one). */
  email: 2.2,
} as const;
/** An address and its domain; a government or reference domain is a reader quoting where to complain. */
const EMAIL_ADDRESS =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\p{L}\p{N}])/giu;
/** "@name" right after a messenger word is a handle to write to. */
const HANDLE = /@[a-z0-9_]{4,}/i;

export const contactSignals: ModerationPhase = (comment, _context, state) => {
  const { text, words, hosts } = state.text.spam;
  const phones = phoneNumbersIn(text);
  const messengerHosts = hosts.filter((host) => MESSENGER_HOSTS.has(host));
  const messengerAt = words.findIndex((word) => MESSENGER_WORDS.has(word));
  const checks = [];
  if (phones.length > 0) {
    checks.push(
      signal(
        'phone-number',
        CONTACT_LOG_ODDS.phone,
        `It gives a phone number (${String(phones[0]).trim()}).`,
      ),
    );
  }
  if (messengerHosts.length > 0) {
    checks.push(
      signal(
        'messenger-link',
        CONTACT_LOG_ODDS.messengerLink,
        `It invites readers to a private chat (${messengerHosts[0]}).`,
      ),
    );
  } else if (messengerAt >= 0) {
    const nearby = words.slice(Math.max(0, messengerAt - 3), messengerAt + 4);
    const invites = phones.length > 0 || HANDLE.test(text) || nearby.some((word) => CONTACT_VERBS.has(word));
    checks.push(
      invites
        ? signal(
            'messenger-invite',
            CONTACT_LOG_ODDS.messengerInvite,
            `It asks readers to contact the author on ${words[messengerAt]}.`,
          )
        : signal(
            'messenger-mention',
            CONTACT_LOG_ODDS.messengerMention,
            `It mentions ${words[messengerAt]}.`,
          ),
    );
  }
  const emailDomains = text.includes('@')
    ? [...text.matchAll(EMAIL_ADDRESS)].map((m) => m[1].toLowerCase())
    : [];
  // As a host under the domain, so "grievance@nic.in" reads like any .nic.in site.
  if (emailDomains.some((domain) => !isNewsOrReferenceHost(`mail.${domain}`))) {
    // The reason never repeats the address: no email goes into a reason, a log line or a page.
    checks.push(signal('email-address', CONTACT_LOG_ODDS.email, 'It gives an email address to write to.'));
  }
  return checks.length > 0 ? { checks } : null;
};
