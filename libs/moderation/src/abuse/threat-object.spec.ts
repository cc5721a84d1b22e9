import { detectAbuse } from './detect-abuse';
import { heldFor } from './test-context';

/**
 * Round 8: threats as readers of an Indian news site write them, and their ordinary twins. A threat needs a person or
 * a group as its object (abuse/threat-object.ts); a report or a condemnation is not a threat.
 */
describe('threats read by their object', () => {
  // Each published on main.
  it.each([
    'Shoot him, the traitor deserves it',
    'Shoot the traitor, he deserves it',
    'hang these anti-nationals',
    'Hang these anti nationals from the nearest pole',
    'shoot the traitors, all of them',
    'Kill the protesters, nobody will miss them',
    'burn the homes of these traitors',
    'Shoot every traitor in JNU',
    'hang the traitor',
    'kill these traitors',
    'somebody hang him already',
    // The Hindi passive call.
    'is reporter ko latkaya jana chahiye',
    'aise anchor ko peeta jana chahiye',
    'इन गद्दारों को लटकाया जाना चाहिए',
    'इस रिपोर्टर को पीटा जाए',
    'deshdrohiyon ko sareaam faansi di jaye',
    'इसको जूतों से पीटा जाना चाहिए',
    'gaddaron ko maara jaye',
    // The second order of a chain (session 8).
    'Line them up and shoot them.',
    'Drag him out and hang him',
  ])('%s is a threat', (body) => {
    expect(heldFor(body)).toContain('threat');
  });

  // Held already on main; kept.
  it.each([
    'someone should shoot this traitor',
    'The mob will kill you',
    'These traitors will hurt us one day',
    "Burn the traitor's house",
    'Go and kill them',
    'Somebody should hang this anchor',
    'this reporter needs to be shot',
    'these anti-nationals need to be hanged',
    'the traitor should be shot in public',
    'He deserves to be hanged, the traitor',
    'beat up that journalist wherever you see her',
    'someone needs to teach this editor a lesson with sticks',
    'these traitors must be shot',
    'this traitor should be hanged',
    'Someone should put a bullet in this anchor',
    "we'll smash the church and everyone inside it",
    'isko goli maar do',
    'iss gaddar ko goli maar do',
    'in gaddaron ko latka do',
    'iss reporter ko sabak sikhana padega',
    'ghar mein ghus ke maarenge',
    'ghar me ghus ke marenge in deshdrohiyon ko',
    'is anchor ko sadak pe peetna chahiye',
    'aise logon ko goli maar deni chahiye',
    'inko toh faansi pe latka dena chahiye',
    'koi toh isko thok do yaar',
    'is patrakar ko jootey maro',
    'gaddaro ko chun chun ke maaro',
    'is neta ko zinda jala do',
    'isko maar dalo koi',
    'isko goli maari jaani chahiye',
    'इस गद्दार को गोली मार दो',
    'इन देशद्रोहियों को फांसी पर लटका दो',
    'इस रिपोर्टर को सबक सिखाना पड़ेगा',
    'घर में घुस के मारेंगे इन गद्दारों को',
    'कोई तो इस एंकर को गोली मारो',
    'ऐसे गद्दारों को गोली मार देनी चाहिए',
    'इसे सरेआम फांसी होनी चाहिए',
    'गद्दारों को गोली मारी जानी चाहिए',
  ])('%s is still a threat', (body) => {
    expect(heldFor(body)).toContain('threat');
  });

  // Each held (most rejected) as a threat on main: the object is a thing.
  it.each([
    'They will shoot the film in Shimla next month',
    'Kill the engine before you refuel',
    'someone should shoot a documentary on this village',
    'someone should shoot this sunset, beautiful',
    'this movie needs to be shot in real locations',
    'the team needs to be shot of this coach',
    'Shoot the reporter an email with the details',
    'shoot the messenger is an old habit of governments',
    'Hang the effigy of the minister at the rally',
    'chhakka maar do Rohit bhai',
    // "hang" with a particle is another verb: holding on, spending time, waiting.
    'The government should hang on to its fiscal targets this year.',
    'You should hang out with the team before the final, minister',
    'Hang in there, the results come tomorrow',
    // Session 8: a thing as the subject ("the rate hike will hurt"), a person who owns the object.
    'The RBI rate hike will hurt every EMI payer.',
    'The new tax will hurt you, mark my words',
    'These prices will kill us this Diwali',
    "Hang the students' paintings in the corridor, they are lovely.",
    "Hang the student's painting near the door",
  ])('%s stays published', (body) => {
    expect(heldFor(body)).toEqual([]);
  });

  // Published on main too; kept.
  it.each([
    'Shoot the film in Kashmir, the valley looks stunning',
    'the batsman was hanging his bat outside off stump',
    'They shot the scene in one take',
    "I'll kill for that recipe",
    'Kill the lights and enjoy the movie',
    'Hang the posters near the gate',
    'hang the washing out, it is sunny',
    'the traitor in the film was shot in the last scene',
    'the traitor was hanged in 1943 by the British',
    'Bhagat Singh was hanged by the British',
    "whoever says 'shoot the traitors' should be arrested",
    'Whoever says shoot the traitors should be arrested',
    'The man who shouted hang the traitors was arrested',
    'calling for people to hang traitors is shameful',
    "don't shoot the messenger, the reporter only told the truth",
    'this reporter deserves an award',
    'police ne goli maari, do log ghayal',
    'police ne aaropi ko goli maari, woh ghayal hai',
    'film ki shooting Manali mein hogi',
    'pics shoot karo aur bhejo',
    'Kohli ne kya shot maara',
    'mosquito ko maar do, dengue phail raha hai',
    'is reporter ko award milna chahiye',
    'पुलिस ने आरोपी को गोली मारी',
    'रोहित ने छक्का मार दिया',
    'इस फिल्म की शूटिंग मनाली में हुई',
    // Trees, garbage, stubble; an execution reported; the death penalty demanded for the convicted.
    'इस पेड़ को काटा जाए, सड़क चौड़ी होगी',
    'is kachre ko jalaya jaye',
    'पराली को जलाया न जाए',
    'निर्भया के दोषियों को कल फांसी दी जाएगी',
    'कसाब को फांसी दी गई थी 2012 में',
    'दोषियों को फांसी दी जानी चाहिए',
    'rapists should be hanged, fast track courts now',
  ])('%s is still published', (body) => {
    expect(heldFor(body)).toEqual([]);
  });

  // The rules no longer read a six or a mosquito as a blow (rejected on main); the learned model alone still asks a
  // moderator about some of them (docs/quality.md).
  it.each(['इस गेंद को छक्का मारो', 'machhar maar do pehle'])('%s is no threat to the rules', (body) => {
    expect(detectAbuse(body).map((f) => f.category)).not.toContain('threat');
  });
});
