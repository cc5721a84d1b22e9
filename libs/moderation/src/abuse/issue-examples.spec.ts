import { moderate } from '../pipeline/pipeline';
import { plainContext, readerComment } from './test-context';

/** Issue 12's sentences, each published before this work: now each is held or rejected with its category named. */
describe('the issue’s examples', () => {
  it.each([
    ['इन मुल्लों को पाकिस्तान भेज दो', 'hate', /Hate towards a group.*Muslims \/ मुसलमान.*call to expel/],
    ['तुम जैसे गद्दारों को देश से निकाल देना चाहिए, साले देशद्रोही', 'insult', /Insult aimed at a person.*दे\*+ही/],
    ['तुम बेवकूफ हो, चुप रहो कमीने', 'insult', /Insult aimed at a person.*बे\*+फ.*क\*+ना/],
    ['इस नेता को तो गोली मार देनी चाहिए', 'threat', /Threat of violence.*"गोली मार"/],
    ['ये सब कटुए ऐसे ही होते हैं', 'hate', /Hate towards a group.*slur क\*[आए]/],
    ['Bhai ye dalit log kabhi nahi sudhrenge, inko gaon se bahar karo', 'hate', /Hate.*Dalits and castes/],
    ['tum jaise chutiye patrakar desh ko barbad kar rahe ho', 'insult', /Insult aimed at a person.*c\*+[ae]/],
  ])('%s → %s', (body, category, reason) => {
    const outcome = moderate(readerComment(body), plainContext());
    expect(['hold', 'reject']).toContain(outcome.verdict);
    const check = outcome.checks.find((c) => c.name === `abuse.${category}`);
    expect(check?.reason).toMatch(reason);
  });

  it.each([
    ['चूतियो', 'insult', 'चू*या'],
    ['हिजड़ो', 'hate', 'हि*ड़ा'],
    ['गांड़', 'profanity', 'गां*'],
    ['हरामखोरी', 'insult', 'ह***र'],
    ['चोदो', 'profanity', 'चो*'],
  ])('the re-spelt or inflected form %s of a listed word → %s (%s)', (body, category, masked) => {
    const outcome = moderate(readerComment(`अबे ${body}`), plainContext());
    expect(outcome.verdict).not.toBe('publish');
    expect(outcome.checks.find((c) => c.name === `abuse.${category}`)?.reason).toContain(masked);
  });

  it('the threat is rejected by default and the others held (the contract’s default abusePolicy)', () => {
    expect(moderate(readerComment('इस नेता को तो गोली मार देनी चाहिए'), plainContext()).verdict).toBe('reject');
    expect(moderate(readerComment('ये सब कटुए ऐसे ही होते हैं'), plainContext()).verdict).toBe('hold');
  });
});
