export type ErrorCode =
  | 'required'
  | 'invalid_email'
  | 'invalid_url'
  | 'too_long'
  | 'unknown_field'
  | 'invalid_type'
  | 'parent_not_found'
  | 'invalid_choice';

export type MessageLanguage = 'en' | 'hi';

const FIELD_LABELS: Record<MessageLanguage, Record<string, string>> = {
  en: {
    authorName: 'Name',
    authorEmail: 'Email',
    authorUrl: 'Website',
    body: 'Comment',
    parentId: 'Reply to',
    notify: 'Email me',
  },
  hi: {
    authorName: 'नाम',
    authorEmail: 'ईमेल',
    authorUrl: 'वेबसाइट',
    body: 'टिप्पणी',
    parentId: 'जवाब',
    notify: 'ईमेल सूचना',
  },
};

type Template = (label: string, limit?: number) => string;

const MESSAGES: Record<MessageLanguage, Record<ErrorCode, Template>> = {
  en: {
    required: (label) => `${label} is required.`,
    invalid_email: () => 'Please enter a valid email address.',
    invalid_url: () => 'The website must be an http or https address.',
    too_long: (label, limit) => `${label} may be at most ${limit} characters long.`,
    unknown_field: (label) => `"${label}" is not a field of this form.`,
    invalid_type: (label) => `${label} must be text.`,
    parent_not_found: () => 'The comment you are replying to is not available.',
    invalid_choice: (label) => `${label}: choose "replies" or "thread".`,
  },
  hi: {
    required: (label) => `${label} आवश्यक है।`,
    invalid_email: () => 'कृपया सही ईमेल पता लिखें।',
    invalid_url: () => 'वेबसाइट का पता http या https से शुरू होना चाहिए।',
    too_long: (label, limit) => `${label} अधिक से अधिक ${limit} अक्षरों का हो सकता है।`,
    unknown_field: (label) => `"${label}" इस फ़ॉर्म का फ़ील्ड नहीं है।`,
    invalid_type: (label) => `${label} पाठ होना चाहिए।`,
    parent_not_found: () => 'जिस टिप्पणी का आप जवाब दे रहे हैं, वह उपलब्ध नहीं है।',
    invalid_choice: (label) => `${label}: "replies" या "thread" में से एक चुनें।`,
  },
};

export function errorMessage(
  code: ErrorCode,
  field: string,
  language: MessageLanguage,
  limit?: number,
): string {
  const label = FIELD_LABELS[language][field] ?? field;
  return MESSAGES[language][code](label, limit);
}

/** Hindi when the reader's browser prefers it over English, English otherwise. */
export function messageLanguage(acceptLanguage: string | undefined): MessageLanguage {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'hi' || tag.startsWith('hi-')) return 'hi';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}
