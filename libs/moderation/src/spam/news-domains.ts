/**
 * Major news and reference sites, Indian and international, written by the team: readers cite them as sources, so a
 * link to one is evidence of an ordinary comment (it offsets link evidence; it never outweighs a flagged link).
 * Government portals (gov.in, nic.in) count too: readers quote notifications and press releases.
 */
const NEWS_AND_REFERENCE_DOMAINS = [
  // Indian news, English and Indian languages
  'thehindu.com', 'thehindubusinessline.com', 'indianexpress.com', 'hindustantimes.com', 'livehindustan.com',
  'timesofindia.indiatimes.com', 'economictimes.indiatimes.com', 'navbharattimes.indiatimes.com', 'indiatimes.com',
  'ndtv.com', 'ndtv.in', 'indiatoday.in', 'aajtak.in', 'intoday.in', 'news18.com', 'abplive.com', 'zeenews.india.com',
  'jagran.com', 'bhaskar.com', 'amarujala.com', 'patrika.com', 'prabhatkhabar.com', 'naidunia.com', 'jansatta.com',
  'livemint.com', 'business-standard.com', 'moneycontrol.com', 'financialexpress.com', 'deccanherald.com',
  'deccanchronicle.com', 'telegraphindia.com', 'tribuneindia.com', 'thewire.in', 'scroll.in', 'theprint.in',
  'thequint.com', 'newslaundry.com', 'altnews.in', 'boomlive.in', 'factly.in', 'ptinews.com', 'aninews.in',
  'outlookindia.com', 'frontline.thehindu.com', 'lokmat.com', 'loksatta.com', 'maharashtratimes.com', 'esakal.com',
  'manoramaonline.com', 'mathrubhumi.com', 'anandabazar.com', 'eenadu.net', 'dinamalar.com', 'dailythanthi.com',
  'prajavani.net', 'divyabhaskar.co.in', 'sandesh.com', 'ujala.com', 'newsonair.gov.in', 'ddnews.gov.in',
  'ekantipur.com', 'onlinekhabar.com', 'kathmandupost.com', 'dawn.com',
  // International news
  'bbc.com', 'bbc.co.uk', 'reuters.com', 'apnews.com', 'aljazeera.com', 'theguardian.com', 'nytimes.com',
  'washingtonpost.com', 'wsj.com', 'ft.com', 'economist.com', 'bloomberg.com', 'cnn.com', 'npr.org', 'dw.com',
  'france24.com', 'afp.com', 'abc.net.au', 'cbc.ca', 'scmp.com', 'straitstimes.com', 'nikkei.com', 'time.com',
  'theatlantic.com', 'newyorker.com', 'politico.com', 'axios.com', 'voanews.com', 'rfi.fr', 'lemonde.fr',
  // Reference, science, official
  'wikipedia.org', 'wikimedia.org', 'britannica.com', 'who.int', 'un.org', 'worldbank.org', 'imf.org',
  'nature.com', 'science.org', 'thelancet.com', 'nih.gov', 'ncbi.nlm.nih.gov', 'cdc.gov', 'isro.gov.in',
  'rbi.org.in', 'sebi.gov.in', 'eci.gov.in', 'pib.gov.in', 'mea.gov.in', 'india.gov.in', 'mygov.in',
  'indiacode.nic.in', 'sci.gov.in', 'main.sci.gov.in', 'censusindia.gov.in', 'mospi.gov.in', 'imd.gov.in',
  'prsindia.org', 'data.gov.in', 'egazette.gov.in', 'archive.org', 'doi.org', 'arxiv.org',
]; // prettier-ignore

const NEWS_DOMAINS: ReadonlySet<string> = new Set(NEWS_AND_REFERENCE_DOMAINS);
/** Suffixes whose every site is a government's or a university's own. */
const OFFICIAL_SUFFIXES = ['.gov.in', '.nic.in', '.gov', '.ac.in', '.edu', '.gov.uk', '.gov.np', '.mil'];

/** The host itself or any of its parent domains is on the list ("hindi.news18.com" → news18.com). */
export function isNewsOrReferenceHost(host: string): boolean {
  if (OFFICIAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true;
  let candidate = host;
  for (;;) {
    if (NEWS_DOMAINS.has(candidate)) return true;
    const dot = candidate.indexOf('.');
    if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) return false;
    candidate = candidate.slice(dot + 1);
  }
}

/** The listed domains' first labels ("thehindu", "ndtv"), for look-alike hosts ("thehlndu.com"). */
export const NEWS_DOMAIN_NAMES: readonly string[] = [
  ...new Set(
    NEWS_AND_REFERENCE_DOMAINS.map((domain) => domain.split('.')[0]).filter((name) => name.length >= 5),
  ),
];
