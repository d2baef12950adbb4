/**
 * Where the content script runs without being asked: major Arabic-language news sites and the
 * English-language sites about the region. Anywhere else the reader starts Siyaq from the
 * toolbar button (activeTab) or grants a site permanently.
 */
export const ARABIC_SITES: readonly string[] = [
  'aljazeera.net',
  'alarabiya.net',
  'alhadath.net',
  'skynewsarabia.com',
  'independentarabia.com',
  'aawsat.com',
  'alquds.co.uk',
  'amad.ps',
  'alaraby.co.uk',
  'arabi21.com',
  'annahar.com',
  'al-akhbar.com',
  'lbcgroup.tv',
  'almayadeen.net',
  'aljadeed.tv',
  'mtv.com.lb',
  'nna-leb.gov.lb',
  'enabbaladi.net',
  'syria.tv',
  'sana.sy',
  'shafaq.com',
  'alsumaria.tv',
  'ina.iq',
  'rudaw.net',
  'kurdistan24.net',
  'youm7.com',
  'ahram.org.eg',
  'almasryalyoum.com',
  'shorouknews.com',
  'masrawy.com',
  'alghad.com',
  'petra.gov.jo',
  'okaz.com.sa',
  'alriyadh.com',
  'spa.gov.sa',
  'albayan.ae',
  'alkhaleej.ae',
  'wam.ae',
  'alraimedia.com',
  'alqabas.com',
  'aljarida.com',
  'alwatan.com.qa',
  'al-sharq.com',
  'omandaily.om',
  'alayam.com',
  'almasirah.net',
  'sabanew.net',
  'alwasat.ly',
  'libyaobserver.ly',
  'assabah.com.tn',
  'mosaiquefm.net',
  'echoroukonline.com',
  'elkhabar.com',
  'hespress.com',
  'le360.ma',
  'alyaum24.com',
  'sudantribune.net',
  'alrakoba.net',
  'www.bbc.com/arabic',
  'arabic.cnn.com',
  'www.france24.com/ar',
  'www.dw.com/ar',
  'arabic.rt.com',
  'arabic.euronews.com',
];

/** English-language sites about the region: their pages get the English analyser (compromise). */
export const ENGLISH_SITES: readonly string[] = [
  'aljazeera.com',
  'thenationalnews.com',
  'arabnews.com',
  'middleeasteye.net',
  'al-monitor.com',
  'timesofisrael.com',
  'haaretz.com',
  'jpost.com',
];

export const NEWS_SITES: readonly string[] = [...ARABIC_SITES, ...ENGLISH_SITES];

/**
 * Match patterns for the manifest. A bare domain covers its subdomains; an entry with a path
 * (the Arabic edition of an international outlet) covers only that section.
 */
export function newsSiteMatches(sites: readonly string[] = NEWS_SITES): string[] {
  return sites.flatMap((entry) => {
    const slash = entry.indexOf('/');
    if (slash >= 0) return [`*://${entry}/*`];
    return [`*://${entry}/*`, `*://*.${entry}/*`];
  });
}
