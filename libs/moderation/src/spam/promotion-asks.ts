/**
 * The writer asking readers to come to the writer's own work: "subscribe to me", "check out my channel", "come and
 * watch my video", "if I get 100 subscribers …", "I'm new to YouTube", "मेरे चैनल को सब्सक्राइब करें". These asks are
 * the same on every video and every site, unlike the names and songs they promote, so they are evidence outside the
 * model's words: in the model they are divided among a long comment's other words (its features are normalised by
 * their count) and the fold models learn each video's names over them (issue 13, sixth pass, docs/quality.md).
 *
 * Narrower than the model's plea shapes (spam-features.ts): talk of subscribers or likes in general ("3m subscribers
 * but 700 million views", "thumbs up if …") is how readers talk too, so only the writer's own ask counts.
 * Misspellings are part of the shape ("suscribe", "sucscribe", "plzzz"). No `\b` around Devanagari: its vowel signs
 * are not word characters, so lookarounds on letters and marks bound the Hindi words.
 */
const ENGLISH_ASK = new RegExp(
  [
    // Subscribing to the writer: "subscribe to me", "sub to my channel", "please suscribe", "sub 4 sub".
    String.raw`\b(?:su[bcs]{1,3}cri\w*|subs?)\s+(?:to\s+)?(?:me|my|us|our)\b`,
    String.raw`\b(?:please|pl[sz]+|pls)\s+(?:\w+\s+)?(?:su[bcs]{1,3}cri\w*|sub)\b`,
    String.raw`\bsub\s*(?:4|for)\s*sub\b`,
    // A count of subscribers the writer is after: "if I get 100 subscribers", "try to get it to 20".
    String.raw`\b(?:if|when|once)\s+i\s+(?:get|reach|hit)\s+(?:to\s+)?\d[\d,.]*k?\s+(?:more\s+)?su[bcs]{1,3}cri\w*`,
    // Not "my subscription": readers talk of the paper they pay for.
    String.raw`\bmy\s+(?:\d[\d,.]*k?\s+)?su[bcs]{1,3}cribers?\b`,
    // Coming to look at the writer's work: "check out my channel", "see my new track", "visit my blog".
    String.raw`\b(?:check|see|watch|visit|hear|listen\s+to|look\s+at|view)\s+(?:out\s+)?(?:my|our)\s+(?:[\w']+\s+){0,2}(?:channel|videos?|vids?|songs?|tracks?|music|covers?|raps?|playlists?|blog|profile|page|album|mixtape|stream|vlogs?|shop|store|website|site|sound|beats?)\b`,
    String.raw`\bcheck\s+(?:me|us)\s+out\b`,
    String.raw`\b(?:add|follow)\s+m+e+\b`,
    // A newcomer presenting their own work: "I'm new to YouTube". ("I made a video", "we did a cover" are asks only
    // beside the writer's own link, below: a news reader made a video of the flood and sent it to the DM's office.)
    String.raw`\bi'?m\s+(?:kind\s+of\s+|kinda\s+)?new\s+(?:to|on)\s+(?:youtube|yt|here)\b`,
    // A channel the writer made: "I made a gaming channel", "we just started our channel". (A video or a cover is
    // an ask only beside a link, below; nobody reports a channel they opened as news.)
    String.raw`\b(?:i|we)\s+(?:just\s+)?(?:made|started|created|opened|launched)\s+(?:a|an|my|our)\s+(?:[\w']+\s+)?channel\b`,
    // Not YouTube's share text ("Check out this video on YouTube"): 95 spam rows in the 2015 YouTube set, but on a
    // news site it is how a reader passes on a news channel's clip ("watch this video on YouTube, the minister said
    // it himself"), and as an ask it would silence them (docs/quality.md, eighth pass, after merging).
  ].join('|'),
  'i',
);
/** Hindi and Hinglish: "मेरे चैनल को सब्सक्राइब करें", "mere channel ko subscribe karo", "मेरा (नया) वीडियो देखें". */
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{M}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{M}])`;
const HINDI_ASK = new RegExp(
  `${NOT_LETTER_BEFORE}(?:मेरे|मेरा|मेरी|हमारे|हमारा|हमारी|mere|mera|meri|hamare|hamara|hamari)\\s+(?:(?:youtube|यूट्यूब|नए|नये|नया|नई|naye|naya|nayi|new)\\s+)?` +
    `(?:चैनल|channel|वीडियो|video|ब्लॉग|blog|पेज|page|गाने|गाना|song|वेबसाइट|website)\\s*(?:(?:को|ko|पर|par|भी|bhi)\\s+)?` +
    `(?:सब्सक्राइब|subscribe|फॉलो|follow|देखें|देखो|देखिए|dekhe|dekho|dekhiye|dekhen|लाइक|like|विजिट|visit|ज़रूर|जरूर|zaroor|jarur)${NOT_LETTER_AFTER}`,
  'iu',
);

/**
 * Pointing readers to the link on the writer's profile or name: "link in bio", "link profile me", "click on my name",
 * "लिंक मेरे नाम पर है", "मेरी प्रोफाइल पर आएं". The writer's own address, placed where the site's link checks do not
 * read it; a reader has no reason to send others to their profile (web-spam batch 3: 17 pitches over 10 trades, no
 * reader in the corpus or the news-reader fixture). "Link" must stand beside the pointer: "naukri ke naam pe" ("in
 * the name of a job") is how readers tell of a scam.
 */
const PROFILE_POINTER = new RegExp(
  [
    String.raw`\blinks?\s+(?:is\s+|are\s+|hai\s+)?(?:in|on|at|me|mein|pe|par)\s+(?:my\s+|the\s+|mere\s+|meri\s+)?(?:bio|profile|name|naam)\b`,
    String.raw`\blinks?\s+(?:my\s+|mere\s+|meri\s+)?(?:bio|profile|naam)\s+(?:me|mein|pe|par)\b`,
    String.raw`\b(?:bio|profile)\s+(?:me|mein|pe|par)\s+(?:hai\s+)?links?\b`,
    String.raw`\bclick\s+(?:on\s+)?my\s+(?:name|profile|pic|photo)\b`,
    String.raw`\b(?:mere|meri|my)\s+(?:profile|naam|name)\s+(?:pe|par|pr)\s+(?:click|aao|aaiye|jao|jaiye|dekho)`,
    `${NOT_LETTER_BEFORE}लिंक\\s+(?:मेरे\\s+|मेरी\\s+)?(?:प्रोफाइल|प्रोफ़ाइल|बायो|नाम)\\s+(?:में|पर)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:प्रोफाइल|प्रोफ़ाइल|बायो)\\s+(?:में|पर)\\s+(?:है\\s+)?लिंक${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:मेरी|मेरे|हमारी|हमारे)\\s+(?:प्रोफाइल|प्रोफ़ाइल|नाम)\\s+पर\\s+(?:आएं|आइए|आओ|जाएं|जाइए|जाओ|क्लिक|लिंक)`,
  ].join('|'),
  'iu',
);
const PROFILE_POINTER_START = /link|लिंक|profile|प्रोफ|click|बायो|bio|मेर|हमार/i;

/** The first pointer to the writer's profile or name as where the link is, or null. */
export function profilePointerIn(text: string): string | null {
  if (!PROFILE_POINTER_START.test(text)) return null;
  const match = PROFILE_POINTER.exec(text);
  return match ? match[0].trim() : null;
}

/**
 * Asking for likes on the comment itself ("like this comment if you're watching in 2015", "like this comment for no
 * reason", "give it a like"): like-farming, which YouTube's labellers mark as spam whatever the video (22 of 22 in the
 * shared set). "Thumbs up if …" is left out: the same labellers marked it ham about as often as spam.
 */
const LIKE_FARMING =
  /\b(?:like\s+(?:this|my)\s+comment|(?:give|hit)\s+(?:it|this|this\s+comment)\s+a\s+like)\b/i;

/** The first like-farming ask in a text, or null. */
export function likeFarmingAskIn(text: string): string | null {
  const match = LIKE_FARMING.exec(text);
  return match ? match[0] : null;
}

/**
 * The Hindi ask's first word, looked for cheaply before the Unicode pattern runs: with a letter lookbehind at every
 * position, that pattern costs more than the English one on texts that cannot match it.
 */
const HINDI_ASK_START = /मेर|हमार|mer[aei]|hamar/i;

/** The first of the writer's own promotion asks in a text (links already taken out), or null. */
export function promotionAskIn(text: string): string | null {
  const match = ENGLISH_ASK.exec(text) ?? (HINDI_ASK_START.test(text) ? HINDI_ASK.exec(text) : null);
  return match ? match[0].trim() : profilePointerIn(text);
}

/**
 * Asks that mean promotion only beside a link of the writer's own, which is where they send the reader: vote, donate,
 * sign the petition, follow him, click here, "plzzz" (a reader urging a vote on a news site links to the election
 * commission, a news or reference site, so it does not count there).
 */
const LINK_ASK = new RegExp(
  String.raw`\b(?:(?:i|we)\s+(?:just\s+)?(?:made|started|created|did|recorded|uploaded)\s+(?:a|an|my|our|some)\s+(?:[\w']+\s+)?(?:channel|covers?|songs?|tracks?|remix|vlog|videos?|rap)|i\s+rap|vote|donate|donation|sign\s+(?:the|this|my|our)\s+petition|follow\s+(?:me|us|him|her|them)|pl[sz]{1,}|please\s+(?:help|share|support)|support\s+(?:me|us|my|our)|click\s+(?:here|this|on|the)|sign\s+up|register\s+(?:here|now))\b`,
  'i',
);
const LINK_ASK_VERB = /फॉलो|वोट|क्लिक|डोनेट|follow|vote|click|donate/i;
const LINK_ASK_HINDI = new RegExp(
  `${NOT_LETTER_BEFORE}(?:फॉलो|वोट|क्लिक|डोनेट|follow|vote|click|donate)\\s*(?:करें|करो|कीजिए|करिए|karein|karo|kare|kijiye)${NOT_LETTER_AFTER}`,
  'iu',
);

/** The first ask that promotes only beside the writer's own link, or null. */
export function linkAskIn(text: string): string | null {
  const match = LINK_ASK.exec(text) ?? (LINK_ASK_VERB.test(text) ? LINK_ASK_HINDI.exec(text) : null);
  return match ? match[0].trim() : null;
}
