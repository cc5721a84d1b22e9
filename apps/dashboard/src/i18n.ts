// The dashboard's words in Hindi and English. A Hindi newsroom's moderators work in Hindi, so every screen reads its
// text through t(); add a key to both tables (the type makes a missing English string a compile error).
export type Lang = 'hi' | 'en';

const comments = (n: number) => (n === 1 ? '1 टिप्पणी' : `${n.toLocaleString('hi-IN')} टिप्पणियाँ`);
/** Hindi agrees the verb with टिप्पणी (feminine): हुई for one, हुईं for many. */
const hiDone = (n: number, one: string, many: string) => `${comments(n)} ${n === 1 ? one : many}।`;
const enComments = (n: number) => (n === 1 ? '1 comment' : `${n.toLocaleString('en')} comments`);

const hi = {
  title: 'मॉडरेशन डैशबोर्ड',
  skip: 'सामग्री पर जाएँ',
  brand: 'मॉडरेशन',
  sections: 'विभाग',
  language: 'भाषा',
  site: 'साइट',
  allSites: 'मेरी सभी साइटें',
  logout: 'लॉग आउट',
  who: (name: string, role: string) => `${name} (${role})`,
  'role.admin': 'व्यवस्थापक',
  'role.moderator': 'मॉडरेटर',
  'nav.queue': 'कतार',
  'nav.audit': 'ऑडिट लॉग',
  'nav.settings': 'सेटिंग्स',
  'nav.moderators': 'मॉडरेटर',
  'nav.webhooks': 'वेबहुक',
  'nav.apiKeys': 'API कुंजियाँ',
  'nav.reported': 'रिपोर्ट की गई',
  'nav.alerts': 'ईमेल सूचनाएँ',
  alertsTitle: 'मेरी ईमेल सूचनाएँ',
  alertsExplain: (minutes: number) =>
    `चालू करने पर, जब कुछ आपके फ़ैसले की प्रतीक्षा में हो, आपको अधिक से अधिक हर ${minutes} मिनट में एक सारांश ईमेल मिलेगा।`,
  alertsDigest: 'रोकी गई टिप्पणियों और खुली शिकायतों का सारांश मुझे ईमेल करें',

  loginTitle: 'मॉडरेटर लॉगिन',
  email: 'ईमेल',
  password: 'पासवर्ड',
  login: 'लॉग इन करें',
  wrongLogin: 'ईमेल या पासवर्ड ग़लत है।',
  tooManyLogins: 'बहुत अधिक असफल प्रयास हुए। कृपया कुछ मिनट बाद फिर कोशिश करें।',
  sessionEnded: 'आपका सत्र समाप्त हो गया है; कृपया फिर से लॉग इन करें।',
  failed: (detail: string) => `कार्रवाई पूरी नहीं हो सकी: ${detail}`,

  'status.held': 'रुकी हुई',
  'status.spam': 'स्पैम',
  'status.rejected': 'अस्वीकृत',
  'status.published': 'प्रकाशित',
  'status.queued': 'जाँच में',
  queues: 'कतारें',
  nComments: comments,
  listLabel: (status: string) => `${status} टिप्पणियाँ`,
  reviewQueue: 'समीक्षा कतार',
  searchText: 'पाठ में खोजें',
  thread: 'थ्रेड (लेख)',
  filterLanguage: 'भाषा',
  filter: 'छाँटें',
  bulkActions: 'एक साथ कार्रवाई',
  nSelected: (n: number) => `${n.toLocaleString('hi-IN')} चुनी गईं:`,
  'bulk.approve': 'सभी स्वीकृत करें',
  'bulk.reject': 'सभी अस्वीकार करें',
  'bulk.spam': 'सभी को स्पैम चिह्नित करें',
  clearSelection: 'चयन हटाएँ',
  'done.approve': (n: number) => hiDone(n, 'स्वीकृत हुई', 'स्वीकृत हुईं'),
  'done.reject': (n: number) => hiDone(n, 'अस्वीकार की गई', 'अस्वीकार की गईं'),
  'done.spam': (n: number) => hiDone(n, 'स्पैम चिह्नित की गई', 'स्पैम चिह्नित की गईं'),
  'done.hold': (n: number) => hiDone(n, 'फिर से समीक्षा में रखी गई', 'फिर से समीक्षा में रखी गईं'),
  undo: 'पूर्ववत करें (u)',
  pressUToUndo: 'पूर्ववत करने के लिए u दबाएँ।',
  undone: (n: number) => `पूर्ववत: ${hiDone(n, 'अपनी पिछली जगह लौट आई', 'अपनी पिछली जगह लौट आईं')}`,
  keysHelp: 'कुंजियाँ: j / k अगली / पिछली, a स्वीकृत, r अस्वीकार, s स्पैम, f चुनी हुई, x चुनें, u पूर्ववत।',
  feature: 'चुनी हुई (f)',
  'done.feature': 'टिप्पणी चुनी हुई बनाई गई।',
  'done.unfeature': 'टिप्पणी अब चुनी हुई नहीं है।',
  emptyQueue: 'यहाँ कुछ नहीं है। नई टिप्पणियाँ अपने-आप दिखेंगी।',
  selectComment: (name: string) => `${name} की टिप्पणी चुनें`,
  threadN: (id: string) => `थ्रेड ${id}`,
  siteN: (id: string) => `साइट ${id}`,
  languageN: (code: string) => `भाषा ${code}`,
  spamScore: (score: string) => `स्पैम स्कोर ${score}`,
  replyTo: (name: string) => `${name} को जवाब: `,
  why: 'कारण',
  'verdict.pass': 'ठीक',
  'verdict.signal': 'संदिग्ध लगती है',
  'verdict.hold': 'समीक्षा चाहिए',
  'verdict.spam': 'स्पैम मानती है',
  'verdict.reject': 'अस्वीकार करने को कहती है',
  approve: 'स्वीकृत करें (a)',
  reject: 'अस्वीकार करें (r)',
  unpublish: 'प्रकाशन हटाएँ (r)',
  spam: 'स्पैम (s)',
  decidedBy: (name: string) => `निर्णय: ${name}`,

  auditTitle: 'ऑडिट लॉग',
  'audit.when': 'कब',
  'audit.who': 'किसने',
  'audit.action': 'कार्रवाई',
  'audit.fromTo': 'पहले → बाद',
  'audit.comment': 'टिप्पणी',
  'audit.note': 'नोट',
  'action.approve': 'स्वीकृत की',
  'action.reject': 'अस्वीकार की',
  'action.spam': 'स्पैम चिह्नित की',
  'action.hold': 'समीक्षा में रखी',
  'action.author.ban': 'लेखक पर रोक',
  'action.author.trust': 'लेखक भरोसेमंद',
  'action.author.clear': 'लेखक की स्थिति हटाई',

  settingsHeading: 'साइट सेटिंग्स',
  settingsOf: (name: string) => `${name} की सेटिंग्स`,
  chooseSite: 'ऊपर एक साइट चुनें।',
  'field.name': 'नाम',
  'field.allowedOrigins': 'अनुमत वेबसाइट पते (origins)',
  'help.allowedOrigins': 'हर पंक्ति में एक, जैसे https://news.example',
  'field.languages': 'भाषाएँ',
  'help.languages': 'ISO कोड, जैसे hi, en; खाली छोड़ने पर हर भाषा स्वीकार है',
  'field.premoderation': 'पूर्व-मॉडरेशन',
  'premoderation.none': 'किसी का नहीं',
  'premoderation.first-time': 'पहली बार लिखने वालों का',
  'premoderation.all': 'हर टिप्पणी का',
  'field.maxLinks': 'लिंक सीमा',
  'help.maxLinks': (n: number) =>
    n > 0
      ? `${n.toLocaleString('hi-IN')} या उससे अधिक लिंक वाली टिप्पणी समीक्षा के लिए रुकती है; 0 = बंद`
      : 'अभी बंद है; 2 लिखें तो 2 या उससे अधिक लिंक वाली टिप्पणी रुकेगी',
  'field.suspiciousDomains': 'संदिग्ध डोमेन',
  'help.suspiciousDomains': 'हर पंक्ति में एक डोमेन या TLD, जैसे example.xyz या .top; इनके लिंक स्पैम का संकेत माने जाते हैं',
  'err.wholeNumber': (min: number, max: number) => `${min} से ${max} तक की कोई पूर्ण संख्या लिखें।`,
  'err.score': '0 से 1 के बीच की कोई संख्या लिखें, जैसे 0.4।',
  'err.holdAboveSpam': 'रोकने का स्कोर स्पैम के स्कोर से अधिक नहीं हो सकता।',
  'err.origins': (detail: string) => `हर पंक्ति https://news.example जैसा पता हो। ${detail}`,
  'err.languages': 'भाषाएँ hi, en जैसे दो-तीन अक्षरों के कोड में लिखें।',
  'err.tooLong': 'यह बहुत लंबा है; कुछ प्रविष्टियाँ कम करें।',
  'err.required': 'यह भरना ज़रूरी है।',
  fixFields: 'कृपया लाल रंग में चिह्नित फ़ील्ड ठीक करें।',
  'field.blockedTerms': 'प्रतिबंधित शब्द',
  'help.blockedTerms': 'हर पंक्ति में एक; मिलते ही टिप्पणी अस्वीकार',
  'field.heldTerms': 'समीक्षा वाले शब्द',
  'help.heldTerms': 'हर पंक्ति में एक; मिलने पर टिप्पणी समीक्षा के लिए रुकती है',
  'field.hold': 'रोकने का स्पैम स्कोर (0–1)',
  'field.spam': 'स्पैम मानने का स्कोर (0–1)',
  'field.minSubmitSeconds': 'लिखने में कम से कम सेकंड',
  'field.floodSeconds': 'दो टिप्पणियों के बीच का अंतराल (सेकंड, 0 = बंद)',
  'field.maxBodyLength': 'सबसे लंबी टिप्पणी (अक्षर)',
  'field.closed': 'नई टिप्पणियाँ बंद',
  saveSettings: 'सेटिंग्स सहेजें',
  saved: 'सहेज दिया गया।',
  abusePolicy: 'अपशब्द और नफ़रत: हर श्रेणी पर क्या हो',
  'policy.publish': 'प्रकाशित करें (केवल बताएँ)',
  'policy.hold': 'समीक्षा के लिए रोकें',
  'policy.reject': 'अस्वीकार करें',
  filterCategory: 'श्रेणी',
  'category.any': 'सभी',
  'category.profanity': 'अश्लील भाषा',
  'category.insult': 'व्यक्तिगत अपमान',
  'category.hate': 'समुदाय के प्रति नफ़रत',
  'category.threat': 'हिंसा की धमकी',
  'category.sexual': 'यौन टिप्पणी',
  categoriesFound: 'मिली श्रेणियाँ',

  moderatorsTitle: 'मॉडरेटर',
  addModeratorTitle: 'नया मॉडरेटर जोड़ें',
  name: 'नाम',
  newPassword: 'पासवर्ड (कम से कम 10 अक्षर)',
  role: 'भूमिका',
  sites: 'साइटें',
  addModerator: 'मॉडरेटर जोड़ें',
  allSitesCell: 'सभी',

  webhooksTitle: 'वेबहुक',
  listFailed: (detail: string) => `वेबहुक की सूची नहीं मिल सकी: ${detail}`,
  addEndpointTitle: 'नया एंडपॉइंट जोड़ें',
  url: 'URL',
  events: 'घटनाएँ',
  addEndpoint: 'एंडपॉइंट जोड़ें',
  rotateSecret: 'सीक्रेट बदलें',
  delete: 'हटाएँ',
  secretOnce: 'सीक्रेट (केवल एक बार दिखेगा): ',
  'wh.healthy': 'ठीक चल रहा है',
  'wh.disabled': (reason: string) => `बंद${reason ? `: ${reason}` : ''}`,
  'wh.failingSince': (since: string, n: number) =>
    `${since} से विफल (${n.toLocaleString('hi-IN')} बार लगातार)`,
  'wh.enable': 'चालू करें',
  'wh.disable': 'बंद करें',
  'wh.deliveries': 'हाल की डिलीवरी',
  'wh.noDeliveries': 'अभी तक कोई डिलीवरी नहीं।',
  'wh.event': 'घटना',
  'wh.status': 'स्थिति',
  'wh.attempts': 'प्रयास',
  'wh.lastAttempt': 'पिछला प्रयास',
  'wh.action': 'कार्रवाई',
  'wh.next': (at: string) => `अगला ${at}`,
  'wh.retry': 'अभी फिर भेजें',
  // The visible words first, so voice control users can say what they see (WCAG 2.5.3).
  'wh.retryLabel': (event: string, at: string) => `अभी फिर भेजें: ${at} की ${event} डिलीवरी`,
  'wh.status.pending': 'बाकी',
  'wh.status.delivered': 'पहुँच गई',
  'wh.status.failed': 'विफल',

  apiKeysTitle: 'जाँच API कुंजियाँ',
  apiKeysIntro:
    'दूसरी टिप्पणी प्रणालियाँ (Coral, Discourse, WordPress) इन कुंजियों से हमारी जाँचें Perspective और Akismet के रूप में पूछ सकती हैं।',
  apiKeysListFailed: (detail: string) => `कुंजियों की सूची नहीं मिल सकी: ${detail}`,
  addApiKeyTitle: 'नई कुंजी बनाएँ',
  apiKeyName: 'किस लिए (जैसे "Coral")',
  apiKeyLearn: 'Akismet की submit-spam / submit-ham से साइट का स्पैम मॉडल सीखे',
  createApiKey: 'कुंजी बनाएँ',
  apiKeyOnce: 'नई कुंजी (केवल अभी दिखेगी, इसे सहेज लें): ',
  apiKeyHint: 'कुंजी का अंत',
  apiKeyLearns: 'सिखाती है',
  apiKeyUse: 'उपयोग',
  apiKeyUseN: (requests: number, flagged: number) =>
    `${requests.toLocaleString('hi-IN')} बार, ${flagged.toLocaleString('hi-IN')} चिह्नित`,
  apiKeyLastUsed: 'आख़िरी उपयोग',
  apiKeyNever: 'कभी नहीं',
  apiKeyRevoked: 'रद्द',
  revokeApiKey: (name: string) => `${name} रद्द करें`,
  yes: 'हाँ',
  no: 'नहीं',
  // Readers' reports (issue 17): the IT Rules 2021 clock, 15 days from each report.
  'reported.title': 'पाठकों ने जिन टिप्पणियों की रिपोर्ट की',
  'reported.summary': (open: number, overdue: number) =>
    `${open.toLocaleString('hi-IN')} खुली रिपोर्ट, जिनमें ${overdue.toLocaleString('hi-IN')} की समय-सीमा बीत चुकी है।`,
  'reported.none': 'कोई खुली रिपोर्ट नहीं है।',
  'reported.count': (n: number) => `${n.toLocaleString('hi-IN')} रिपोर्ट`,
  'reported.daysLeft': (n: number) => `निर्णय के लिए ${n.toLocaleString('hi-IN')} दिन बाकी`,
  'reported.overdue': (n: number) => `समय-सीमा ${n.toLocaleString('hi-IN')} दिन पहले बीत गई`,
  'reported.decideBy': (date: string) => `अंतिम तिथि: ${date}`,
  'reported.reasons': 'कारण',
  'reported.notes': 'पाठकों के नोट',
  'reported.remove': 'हटाएँ',
  'reported.keep': 'बनी रहने दें',
  'reported.removed': 'टिप्पणी हटा दी गई; उसकी रिपोर्टों पर निर्णय हो गया।',
  'reported.kept': 'टिप्पणी बनी रहेगी; उसकी रिपोर्टों पर निर्णय हो गया।',
  'reason.spam': 'स्पैम',
  'reason.abuse': 'गाली-गलौज',
  'reason.hate': 'नफ़रत',
  'reason.harassment': 'उत्पीड़न',
  'reason.misinformation': 'ग़लत जानकारी',
  'reason.other': 'अन्य',
};

export type Strings = typeof hi;

const en: Strings = {
  title: 'Moderation dashboard',
  skip: 'Skip to content',
  brand: 'Moderation',
  sections: 'Sections',
  language: 'Language',
  site: 'Site',
  allSites: 'All my sites',
  logout: 'Log out',
  who: (name, role) => `${name} (${role})`,
  'role.admin': 'admin',
  'role.moderator': 'moderator',
  'nav.queue': 'Queue',
  'nav.audit': 'Audit',
  'nav.settings': 'Settings',
  'nav.moderators': 'Moderators',
  'nav.webhooks': 'Webhooks',
  'nav.apiKeys': 'API keys',
  'nav.reported': 'Reported',
  'nav.alerts': 'Email alerts',
  alertsTitle: 'My email alerts',
  alertsExplain: (minutes: number) =>
    `When on, and something waits for your decision, you get one summary email at most every ${minutes} minutes.`,
  alertsDigest: 'Email me a digest of held comments and open reports',

  loginTitle: 'Moderator login',
  email: 'Email',
  password: 'Password',
  login: 'Log in',
  wrongLogin: 'Wrong email or password.',
  tooManyLogins: 'Too many failed attempts. Please try again in a few minutes.',
  sessionEnded: 'Your session ended; please log in again.',
  failed: (detail) => `That did not work: ${detail}`,

  'status.held': 'Held',
  'status.spam': 'Spam',
  'status.rejected': 'Rejected',
  'status.published': 'Published',
  'status.queued': 'Being checked',
  queues: 'Queues',
  nComments: enComments,
  listLabel: (status) => `${status} comments`,
  reviewQueue: 'Review queue',
  searchText: 'Search text',
  thread: 'Thread',
  filterLanguage: 'Language',
  filter: 'Filter',
  bulkActions: 'Bulk actions',
  nSelected: (n) => `${n} selected:`,
  'bulk.approve': 'Approve all',
  'bulk.reject': 'Reject all',
  'bulk.spam': 'Mark all as spam',
  clearSelection: 'Clear selection',
  'done.approve': (n) => `Approved ${enComments(n)}.`,
  'done.reject': (n) => `Rejected ${enComments(n)}.`,
  'done.spam': (n) => `Marked as spam ${enComments(n)}.`,
  'done.hold': (n) => `Put back ${enComments(n)}.`,
  undo: 'Undo (u)',
  pressUToUndo: 'Press u to undo.',
  undone: (n) => `Undone: ${enComments(n)} back where ${n === 1 ? 'it was' : 'they were'}.`,
  keysHelp: 'Keys: j / k next / previous, a approve, r reject, s spam, f feature, x select, u undo.',
  feature: 'Featured (f)',
  'done.feature': 'Comment featured.',
  'done.unfeature': 'Comment no longer featured.',
  emptyQueue: 'Nothing here. New comments appear on their own.',
  selectComment: (name) => `Select comment by ${name}`,
  threadN: (id) => `Thread ${id}`,
  siteN: (id) => `Site ${id}`,
  languageN: (code) => `Language ${code}`,
  spamScore: (score) => `Spam score ${score}`,
  replyTo: (name) => `Reply to ${name}: `,
  why: 'Why',
  'verdict.pass': 'Passed',
  'verdict.signal': 'Looks suspicious',
  'verdict.hold': 'Asks for review',
  'verdict.spam': 'Says spam',
  'verdict.reject': 'Says reject',
  approve: 'Approve (a)',
  reject: 'Reject (r)',
  unpublish: 'Unpublish (r)',
  spam: 'Spam (s)',
  decidedBy: (name) => `Decided by ${name}`,

  auditTitle: 'Audit log',
  'audit.when': 'When',
  'audit.who': 'Who',
  'audit.action': 'Action',
  'audit.fromTo': 'From → to',
  'audit.comment': 'Comment',
  'audit.note': 'Note',
  'action.approve': 'approved',
  'action.reject': 'rejected',
  'action.spam': 'marked as spam',
  'action.hold': 'put back for review',
  'action.author.ban': 'author banned',
  'action.author.trust': 'author trusted',
  'action.author.clear': 'author cleared',

  settingsHeading: 'Site settings',
  settingsOf: (name) => `Settings of ${name}`,
  chooseSite: 'Choose a site above.',
  'field.name': 'Name',
  'field.allowedOrigins': 'Allowed origins',
  'help.allowedOrigins': 'One per line, e.g. https://news.example',
  'field.languages': 'Languages',
  'help.languages': 'ISO codes, e.g. hi, en; empty accepts any',
  'field.premoderation': 'Pre-moderation',
  'premoderation.none': 'None',
  'premoderation.first-time': 'First-time authors',
  'premoderation.all': 'Every comment',
  'field.maxLinks': 'Link limit',
  'help.maxLinks': (n) =>
    n > 0
      ? `Holds a comment for review at ${n} or more links; 0 turns it off`
      : 'Off now; with 2, a comment holds at 2 or more links',
  'field.suspiciousDomains': 'Suspicious domains',
  'help.suspiciousDomains':
    'One domain or TLD per line, e.g. example.xyz or .top; links to them count as spam evidence',
  'err.wholeNumber': (min, max) => `Enter a whole number from ${min} to ${max}.`,
  'err.score': 'Enter a number from 0 to 1, such as 0.4.',
  'err.holdAboveSpam': 'The score to hold cannot be above the score for spam.',
  'err.origins': (detail) => `Each line must be an address like https://news.example. ${detail}`,
  'err.languages': 'Write languages as two- or three-letter codes such as hi, en.',
  'err.tooLong': 'This is too long; remove some entries.',
  'err.required': 'This is required.',
  fixFields: 'Please correct the fields marked in red.',
  'field.blockedTerms': 'Blocked terms',
  'help.blockedTerms': 'One per line; a match rejects',
  'field.heldTerms': 'Held terms',
  'help.heldTerms': 'One per line; a match holds for review',
  'field.hold': 'Spam score to hold (0–1)',
  'field.spam': 'Spam score for spam (0–1)',
  'field.minSubmitSeconds': 'Minimum seconds to write',
  'field.floodSeconds': 'Flood interval (seconds, 0 off)',
  'field.maxBodyLength': 'Longest comment (characters)',
  'field.closed': 'Closed to new comments',
  saveSettings: 'Save settings',
  saved: 'Saved.',
  abusePolicy: 'Abuse and hate: what each category leads to',
  'policy.publish': 'Publish (only report it)',
  'policy.hold': 'Hold for review',
  'policy.reject': 'Reject',
  filterCategory: 'Category',
  'category.any': 'Any',
  'category.profanity': 'Profanity',
  'category.insult': 'Insult',
  'category.hate': 'Hate',
  'category.threat': 'Threat',
  'category.sexual': 'Sexual harassment',
  categoriesFound: 'Categories found',

  moderatorsTitle: 'Moderators',
  addModeratorTitle: 'Add a moderator',
  name: 'Name',
  newPassword: 'Password (10 characters or more)',
  role: 'Role',
  sites: 'Sites',
  addModerator: 'Add moderator',
  allSitesCell: 'all',

  webhooksTitle: 'Webhooks',
  listFailed: (detail) => `Could not list webhooks: ${detail}`,
  addEndpointTitle: 'Add an endpoint',
  url: 'URL',
  events: 'Events',
  addEndpoint: 'Add endpoint',
  rotateSecret: 'Rotate secret',
  delete: 'Delete',
  secretOnce: 'Secret (shown once): ',
  'wh.healthy': 'Healthy',
  'wh.disabled': (reason) => `Disabled${reason ? `: ${reason}` : ''}`,
  'wh.failingSince': (since, n) => `Failing since ${since} (${n} in a row)`,
  'wh.enable': 'Enable',
  'wh.disable': 'Disable',
  'wh.deliveries': 'Latest deliveries',
  'wh.noDeliveries': 'No deliveries yet.',
  'wh.event': 'Event',
  'wh.status': 'Status',
  'wh.attempts': 'Attempts',
  'wh.lastAttempt': 'Last attempt',
  'wh.action': 'Action',
  'wh.next': (at) => `next ${at}`,
  'wh.retry': 'Send again now',
  'wh.retryLabel': (event, at) => `Send again now: the ${event} delivery of ${at}`,
  'wh.status.pending': 'pending',
  'wh.status.delivered': 'delivered',
  'wh.status.failed': 'failed',

  apiKeysTitle: 'Check API keys',
  apiKeysIntro:
    'Other comment systems (Coral, Discourse, WordPress) use these keys to ask our checks in the Perspective and Akismet formats.',
  apiKeysListFailed: (detail) => `Could not list the keys: ${detail}`,
  addApiKeyTitle: 'Create a key',
  apiKeyName: 'What it is for (e.g. "Coral")',
  apiKeyLearn: "Akismet's submit-spam / submit-ham teach the site's spam model",
  createApiKey: 'Create key',
  apiKeyOnce: 'New key (shown only now; save it): ',
  apiKeyHint: 'Key ends',
  apiKeyLearns: 'Teaches',
  apiKeyUse: 'Use',
  apiKeyUseN: (requests, flagged) =>
    `${requests.toLocaleString('en')} calls, ${flagged.toLocaleString('en')} flagged`,
  apiKeyLastUsed: 'Last used',
  apiKeyNever: 'never',
  apiKeyRevoked: 'revoked',
  revokeApiKey: (name) => `Revoke ${name}`,
  yes: 'yes',
  no: 'no',
  'reported.title': 'Comments readers reported',
  'reported.summary': (open, overdue) =>
    `${open.toLocaleString('en')} open ${open === 1 ? 'report' : 'reports'}, ${overdue.toLocaleString('en')} overdue.`,
  'reported.none': 'No open reports.',
  'reported.count': (n) => (n === 1 ? '1 report' : `${n.toLocaleString('en')} reports`),
  'reported.daysLeft': (n) =>
    n === 1 ? '1 day left to decide' : `${n.toLocaleString('en')} days left to decide`,
  'reported.overdue': (n) => (n === 1 ? 'Overdue by 1 day' : `Overdue by ${n.toLocaleString('en')} days`),
  'reported.decideBy': (date) => `Decide by ${date}`,
  'reported.reasons': 'Reasons',
  'reported.notes': 'Readers’ notes',
  'reported.remove': 'Remove',
  'reported.keep': 'Keep',
  'reported.removed': 'Comment removed; its reports are decided.',
  'reported.kept': 'Comment kept; its reports are decided.',
  'reason.spam': 'Spam',
  'reason.abuse': 'Abuse',
  'reason.hate': 'Hate',
  'reason.harassment': 'Harassment',
  'reason.misinformation': 'Misinformation',
  'reason.other': 'Other',
};

export const STRINGS: Record<Lang, Strings> = { hi, en };
export const LANG_NAMES: Record<Lang, string> = { hi: 'हिन्दी', en: 'English' };

export type Key = keyof Strings;
type Args<V> = V extends (...args: infer A) => string ? A : [];

const STORAGE_KEY = 'cm-dashboard-lang';
const listeners: (() => void)[] = [];
let current: Lang = initialLang();

function initialLang(): Lang {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage blocked (private mode): fall back to the browser's language
  }
  if (stored === 'hi' || stored === 'en') return stored;
  return /^hi\b/i.test(navigator.language ?? '') ? 'hi' : 'en';
}

/** The text for a key in the chosen language; function entries take their arguments (counts, names). */
export function t<K extends Key>(key: K, ...args: Args<Strings[K]>): string {
  const value = STRINGS[current][key] as string | ((...a: unknown[]) => string);
  return typeof value === 'function' ? value(...args) : value;
}

/** A key built from data (a status, a verdict, an audit action) that may have no entry: show the raw word then. */
export function tMaybe(key: string, fallback: string): string {
  const value = (STRINGS[current] as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : fallback;
}

export function lang(): Lang {
  return current;
}

/** Sets the page's `lang` and title, remembers the choice, and lets the screens redraw themselves. */
export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered, still switched
  }
  applyDocumentLang();
  for (const listener of listeners) listener();
}

export function onLangChange(listener: () => void): void {
  listeners.push(listener);
}

export function applyDocumentLang(): void {
  document.documentElement.lang = current;
  document.title = t('title');
}

const timeFormats: Partial<Record<Lang, Intl.RelativeTimeFormat>> = {};
const dateFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
const locale = () => (current === 'hi' ? 'hi-IN' : 'en');

export function fullDate(iso: string): string {
  const format = (dateFormats[current] ??= new Intl.DateTimeFormat(locale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }));
  return format.format(new Date(iso));
}

/** "5 मिनट पहले" / "5 minutes ago"; older than a day shows the date. */
export function timeAgo(iso: string, now = Date.now()): string {
  const format = (timeFormats[current] ??= new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }));
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return format.format(-seconds, 'second');
  if (seconds < 3600) return format.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86400) return format.format(-Math.round(seconds / 3600), 'hour');
  return fullDate(iso);
}
