/**
 * `npx ts-node -T -r tsconfig-paths/register libs/moderation/scripts/lexicon-collisions.ts [--cues] [--top N]`:
 * which abuse-lexicon entries ordinary words meet. The lexicon matches by a phonetic key that folds vowels, nukta and
 * anusvara, so a Hindi obscenity can share its key with an everyday word ("लंड" and "land"); this lists every entry
 * that the clean text of the team corpora and the "ship" data sets meets, most frequent first, with the text words
 * that met it and an example sentence, so each can be judged by hand.
 *
 * Reads only data a shipped list may be chosen from: the team corpora's clean rows (train and validation splits: the
 * test fifth is never used for tuning), the language team sets (train and validation), the team's news-reader and
 * spam-seed ham, the "ship" sets' ordinary texts (YouTube ham, SMS ham, Davidson class 2 "neither", the language-id
 * samples in Hindi, Marathi, Nepali and English) and the common news words listed by hand below. TRAC-1 is
 * "develop": never read here (eval-abuse.ts measures it).
 *
 * "as spelt" marks a hit where the text word is the entry's own spelling (an English mild word such as "hot" is meant
 * to meet "hot"); "by key" one where only the folded key or stem met (the collisions this script exists to find).
 * "held N": how many of those ordinary texts the whole pipeline (site defaults) held for abuse with the entry met.
 * --cues also lists hostility cues, targets and markers (they never hold alone, so they are off by default).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { abuseLexicon, LexiconValue } from '../src/abuse/abuse-lexicon';
import { pieceWords } from '../src/text/key-lexicon';
import { DEVANAGARI_COMMENTS } from '../src/language/devanagari-comments.team';
import { READER_COMMENTS, SHORT_DEVANAGARI, SHORT_LATIN } from '../src/language/reader-comments.team';
import { parseCsv } from '../training/csv';
import { readSms, readTeamSeed, readYoutubeVideo, YOUTUBE_VIDEOS } from '../training/spam-datasets';
import { abuseOutcome } from './eval-abuse';
import { DATASETS, languageIdSamples, sentencePieces } from './eval-language-samples';

/**
 * Everyday news words, written by hand (not taken from any list): English, romanised Hindi and Devanagari words a
 * news site's readers write every day, including the ones a folded key brings close to an abusive entry.
 */
// prettier-ignore
const NEWS_WORDS = [
  'land', 'lands', 'loan', 'loans', 'load', 'lead', 'lord', 'lid', 'gun', 'gunned', 'sand', 'sound', 'gandhi', 'grand',
  'ground', 'band', 'bandh', 'chart', 'charter', 'chat', 'chit', 'chute', 'shoot', 'cut', 'court', 'chord', 'road',
  'rand', 'random', 'ring', 'round', 'bhagwan', 'mall', 'mail', 'male', 'mole', 'mill', 'item', 'hot', 'dollar',
  'dal', 'dalit', 'daal', 'dala', 'dali', 'dhala', 'dalal', 'dil', 'sale', 'sala', 'salary', 'sail', 'seal', 'sali',
  'solar', 'soil', 'kisan', 'kutta', 'kaam', 'kam', 'chor', 'chora', 'chori', 'chura', 'chuna', 'chunav', 'chutti',
  'chhut', 'chhoot', 'choot', 'chit', 'chat', 'bhosle', 'bose', 'basti', 'bhasha', 'gand', 'ganda', 'gandi', 'gaadi',
  'gaddi', 'gadda', 'gadha', 'gada', 'gadar', 'gaddar', 'rand', 'randhir', 'randeep', 'rani', 'rana', 'raand',
  'madhur', 'mother', 'madar', 'madarsa', 'madrasa', 'bahan', 'behen', 'bhen', 'bahut', 'bhai', 'lauki', 'laddu',
  'loda', 'lodha', 'lodhi', 'lado', 'ladai', 'lund', 'lunda', 'lunar', 'jhanda', 'jhanta', 'jhat', 'jhatka', 'jhoot',
  'tatti', 'tata', 'tatta', 'titu', 'harami', 'haram', 'hareem', 'ram', 'raam', 'kamini', 'kamna', 'kamana', 'kamai',
  'kameez', 'neech', 'neeche', 'nich', 'pagal', 'pagdi', 'ullu', 'ulta', 'bandar', 'bandargah', 'chamcha', 'chamach',
  'chammach', 'chaman', 'bhakt', 'bhakti', 'bhagat', 'gulam', 'gulab', 'gulal', 'chutney', 'chutki', 'chutkula',
  'mc', 'bc', 'mcd', 'bcci', 'bkc', 'mkt', 'kutte', 'kute', 'kute', 'kiss', 'kisse', 'kissa', 'kisse', 'item',
  'fig', 'figure', 'figures', 'bistar', 'bister', 'bistro', 'maal', 'mall', 'mal', 'mala', 'hot', 'hotel', 'jawan',
  'jawani', 'jawab', 'chuchi', 'chuchu', 'chumma', 'choomna', 'rape', 'grape', 'drape', 'tape', 'sexy',
  'करोड़', 'किसान', 'ज़मीन', 'जमीन', 'लैंड', 'लोन', 'लोड', 'लीड', 'गांव', 'गाँव', 'गांधी', 'गंदा', 'गंदी', 'गन्दा',
  'गड्ढा', 'गड्ढे', 'गाड़ी', 'गद्दी', 'गद्दा', 'गदर', 'चोट', 'चूना', 'चुनाव', 'छूट', 'छुट्टी', 'चुटकी', 'चुटकुला',
  'चौड़ा', 'चौड़ी', 'चोटी', 'चाटना', 'भोसले', 'भोज', 'भोजन', 'बस्ती', 'भाषा', 'रांची', 'रानी', 'राणा', 'रंग', 'रंगीन',
  'रंडवा', 'रण', 'रंजन', 'लड़ाई', 'लड्डू', 'लौकी', 'लोढ़ा', 'लोदी', 'लौटना', 'लौटा', 'लौटे', 'झंडा', 'झंडे', 'झटका',
  'झाड़ू', 'झूठ', 'टाटा', 'टट्टू', 'हरम', 'हराम', 'राम', 'कमाई', 'कामना', 'कमीज़', 'कमीशन', 'नीचे', 'नीचा', 'पगड़ी',
  'पगार', 'उल्टा', 'उल्लास', 'बंदरगाह', 'चम्मच', 'चमन', 'भक्ति', 'भगत', 'गुलाब', 'गुलाल', 'चटनी', 'दल', 'दाल', 'दलित',
  'दाला', 'डाला', 'डाली', 'ढाला', 'दिल', 'दलाल', 'सेल', 'सलाह', 'साल', 'साला', 'सालाना', 'माल', 'मॉल', 'मेल', 'मिल',
  'मिली', 'माला', 'होटल', 'हॉट', 'जवान', 'जवाब', 'जवानी', 'बिस्तर', 'चूल्हा', 'चूहा', 'चूड़ी', 'मादा', 'माँ', 'मां',
  'बहन', 'बहू', 'बेटी', 'बेटा', 'भैया', 'भाई', 'सूअर', 'सूरज', 'सुर', 'सुरक्षा', 'गधा', 'गाधी', 'कुत्ता', 'कुतुब', 'कुटिया',
  'कुटी', 'कातिल', 'कोटा', 'कोठी', 'लंदन', 'लंबा', 'लंबी', 'लंगर', 'लंच', 'लांडा', 'लांघना', 'बंद', 'बांध', 'बंदा',
  'बंदी', 'गंज', 'गंगा', 'गांठ', 'गांडीव', 'चोदह', 'चौदह', 'चौदा', 'चौधरी', 'चोद', 'चादर', 'चंदा', 'चांद', 'चंदन',
];

interface Source {
  name: string;
  texts: string[];
}

const wantCues = process.argv.includes('--cues');
const topAt = process.argv.indexOf('--top');
const TOP = topAt >= 0 ? Number(process.argv[topAt + 1]) : 80;

function jsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as T);
}

const CORPUS = join(__dirname, '../corpus');
const NOT_TEST = /\.(train|validation)\.team\.jsonl$/;

function sources(): Source[] {
  const abuseClean = readdirSync(join(CORPUS, 'abuse'))
    .filter((f) => NOT_TEST.test(f))
    .flatMap((f) => jsonl<{ text: string; labels: string[] }>(join(CORPUS, 'abuse', f)))
    .filter((r) => r.labels.length === 0)
    .map((r) => r.text);
  const spamHam = readdirSync(join(CORPUS, 'spam'))
    .filter((f) => NOT_TEST.test(f))
    .flatMap((f) => jsonl<{ text: string; label: string }>(join(CORPUS, 'spam', f)))
    .filter((r) => r.label === 'ham')
    .map((r) => r.text);
  const languageTeam = [
    ...Object.values(DEVANAGARI_COMMENTS).flatMap((s) => [...s.train, ...s.validation]),
    ...Object.values(READER_COMMENTS).flatMap((s) => [...s.train, ...s.validation]),
    ...[...SHORT_DEVANAGARI.train, ...SHORT_DEVANAGARI.validation].map(([text]) => text),
    ...Object.values(SHORT_LATIN).flatMap((s) => [...s.train, ...s.validation]),
  ];
  const newsReaders = jsonl<{ body: string }>(
    join(__dirname, '../fixtures/news-readers-with-links.team.jsonl'),
  ).map((r) => r.body);
  const seedHam = readTeamSeed()
    .filter((r) => r.label === 'ham')
    .map((r) => r.text);
  const youtubeHam = YOUTUBE_VIDEOS.flatMap((v) => readYoutubeVideo(v))
    .filter((r) => r.label === 'ham')
    .map((r) => r.text);
  const smsHam = readSms()
    .filter((r) => r.label === 'ham')
    .map((r) => r.text);
  const davidsonNeither = parseCsv(
    readFileSync(join(DATASETS, 'abuse/davidson_hate_offensive/labeled_data.csv'), 'utf8'),
  )
    .slice(1)
    .filter((r) => r[5] === '2' && r[6])
    .map((r) =>
      r[6]
        .replace(/^(RT\s+)?@\w+:?/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&#?\w+;/g, ' '),
    );
  const languageId = languageIdSamples()
    .filter((s) => ['hi', 'mr', 'ne', 'en'].includes(s.language))
    .map((s) => s.text);
  return [
    { name: 'team abuse corpus clean', texts: abuseClean },
    { name: 'team spam corpus ham', texts: spamHam },
    { name: 'team language sets', texts: languageTeam },
    { name: 'team news readers', texts: newsReaders },
    { name: 'team spam seed ham', texts: seedHam },
    { name: 'youtube ham', texts: youtubeHam },
    { name: 'sms ham', texts: smsHam },
    { name: 'davidson neither', texts: davidsonNeither },
    { name: 'language-id samples', texts: languageId },
    { name: 'news words (hand list)', texts: NEWS_WORDS },
  ];
}

function describe(value: LexiconValue): string | null {
  if (value.kind === 'word') return `${value.category}/${value.tier}`;
  if (value.kind === 'group')
    return value.slur ? `slur/${value.label}` : wantCues ? `group/${value.label}` : null;
  if (!wantCues) return null;
  if (value.kind === 'cue') return `cue/${value.cue}`;
  if (value.kind === 'target') return `target/${value.target}`;
  if (value.kind === 'marker') return `marker/${value.marker}`;
  return value.kind;
}

interface Met {
  entry: string;
  what: string;
  count: number;
  /** Ordinary texts the whole check pipeline held for abuse with this entry met in them. */
  held: number;
  bySpelling: Map<string, number>;
  sources: Map<string, number>;
  example: string;
}

function sentencesOf(text: string): string[] {
  const pieces = text.normalize('NFC').split(/(?<=[।॥.!?])\s+|\n+/u);
  return pieces.length > 0 ? pieces : sentencePieces(text);
}

function run(): void {
  const lexicon = abuseLexicon();
  const met = new Map<string, Met>();
  const totals: string[] = [];
  for (const source of sources()) {
    let hitTexts = 0;
    let heldTexts = 0;
    for (const text of source.texts) {
      let hitHere = false;
      const metHere = new Set<Met>();
      for (const sentence of sentencesOf(text)) {
        const words = pieceWords(sentence);
        for (const hit of lexicon.find(words)) {
          const what = describe(hit.value);
          if (what === null) continue;
          hitHere = true;
          const spelt = words
            .slice(hit.start, hit.end)
            .map((w) => w.literal)
            .join(' ');
          const asSpelt = spelt === hit.term || words[hit.start].squeezed === hit.term;
          const id = `${hit.term}\u0000${what}\u0000${asSpelt ? 'as spelt' : 'by key'}`;
          let m = met.get(id);
          if (!m) {
            m = {
              entry: hit.term,
              what: `${what}, ${asSpelt ? 'as spelt' : 'by key'}`,
              count: 0,
              held: 0,
              bySpelling: new Map(),
              sources: new Map(),
              example: sentence,
            };
            met.set(id, m);
          }
          m.count++;
          metHere.add(m);
          m.bySpelling.set(spelt, (m.bySpelling.get(spelt) ?? 0) + 1);
          m.sources.set(source.name, (m.sources.get(source.name) ?? 0) + 1);
        }
      }
      if (hitHere) hitTexts++;
      if (metHere.size > 0 && abuseOutcome(text).held) {
        heldTexts++;
        for (const m of metHere) m.held++;
      }
    }
    totals.push(
      `${source.name}: ${hitTexts} of ${source.texts.length} texts meet an entry, ${heldTexts} of those held for abuse`,
    );
  }
  console.log(totals.join('\n'));
  console.log('');
  const sorted = [...met.values()].sort((a, b) => b.count - a.count || a.entry.localeCompare(b.entry));
  for (const m of sorted.slice(0, TOP)) {
    const spellings = [...m.bySpelling.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([s, n]) => `${s}×${n}`)
      .join(', ');
    const from = [...m.sources.entries()].map(([s, n]) => `${s} ${n}`).join('; ');
    console.log(
      `${String(m.count).padStart(5)}  ${m.entry}  [${m.what}]  held ${m.held}  met by ${spellings}`,
    );
    console.log(`       from ${from}`);
    console.log(`       e.g. ${m.example.slice(0, 140)}`);
  }
  if (sorted.length > TOP) console.log(`… ${sorted.length - TOP} more entries (--top N)`);
}

run();
