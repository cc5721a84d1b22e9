import { KeyLexicon, textWords } from './key-lexicon';
import { wordKey } from './phonetic-key';

const lexicon = new KeyLexicon([
  {
    terms: ['चूतिया', 'हिजड़ा', '=गांड', 'हरामखोर', '~चोद', 'हरामी', '=चूत', 'मुल्ला', '|en|', 'shit', 'hate'],
    value: 'x',
  },
]);
const found = (text: string) => lexicon.find(textWords(text)).map((h) => h.term);

describe('phonetic keys', () => {
  it('give every spelling and both scripts of a word one key', () => {
    for (const w of ['चूतिया', 'चुतिया', 'chutiya', 'chootiya', 'CHUTIYAAA'])
      expect(wordKey(textWords(w)[0].literal).key).toBe('chutia');
    expect(wordKey('मादरचोद').key).toBe(wordKey('madarchod').key); // schwa deletion
    expect(wordKey('बेवकूफ').loose).toBe(wordKey('bewakoof').loose);
    expect(wordKey('गांड़').key).toBe(wordKey('गाँड').key); // nukta, chandrabindu/anusvara
  });
});

describe('KeyLexicon', () => {
  it('matches inflected, re-spelt and cross-script forms of an entry', () => {
    expect(found('चूतियो')).toEqual(['चूतिया']);
    expect(found('chutiye log')).toEqual(['चूतिया']);
    expect(found('हिजड़ो की तरह')).toEqual(['हिजड़ा']);
    expect(found('गांड़')).toEqual(['गांड']);
    expect(found('हरामखोरी बंद करो')).toEqual(['हरामखोर']);
    expect(found('चोदो')).toEqual(['चोद']);
    expect(found('मु\u200dल्ला')).toEqual(['मुल्ला']);
    expect(found('ch*tiya')).toEqual(['चूतिया']);
    expect(found('sh1t, I hate Mondays, she hated it')).toEqual(['shit', 'hate', 'hate']);
  });

  it('never matches an ordinary word whose key is near a listed one', () => {
    expect(found('गंदा पानी, ganda nala')).toEqual([]); // not गांड
    expect(found('छोड़ो यार, chhodo')).toEqual([]); // not चोद
    expect(found('chodo yaar')).toEqual([]); // romanised: "leave it" as often as not
    expect(found('ये हराम है')).toEqual([]); // not हरामी
    expect(found('छुट्टी, छुट्टियों में')).toEqual([]); // not चूत
    expect(found('please sit down, what a hat')).toEqual([]); // English is matched as spelt
  });
});
