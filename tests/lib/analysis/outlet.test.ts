import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { outletOfUrl } from '@/lib/analysis/outlet';
import { lookupHost } from '@/lib/kb/outlet-hosts';
import { NEWS_SITES } from '@/lib/sites';
import { BUNDLED, testKb } from '../../helpers/kb';

/**
 * The outlet behind every site Siyaq runs on: an article's address on each listed site must name
 * its publisher. The table is the expected answer, written from what each site is.
 */
const EXPECTED: Record<string, string> = {
  'aljazeera.net': 'al-jazeera',
  'alarabiya.net': 'al-arabiya',
  'alhadath.net': 'al-hadath',
  'skynewsarabia.com': 'sky-news-arabia',
  'independentarabia.com': 'independent-arabia',
  'aawsat.com': 'asharq-al-awsat',
  'alquds.co.uk': 'al-quds-al-arabi',
  'amad.ps': 'amad',
  'alaraby.co.uk': 'al-araby-al-jadeed',
  'arabi21.com': 'arabi21',
  'annahar.com': 'an-nahar',
  'al-akhbar.com': 'al-akhbar-lebanon',
  'lbcgroup.tv': 'lbci',
  'almayadeen.net': 'al-mayadeen',
  'aljadeed.tv': 'al-jadeed',
  'mtv.com.lb': 'mtv-lebanon',
  'nna-leb.gov.lb': 'national-news-agency-lebanon',
  'enabbaladi.net': 'enab-baladi',
  'syria.tv': 'syria-tv',
  'sana.sy': 'sana',
  'shafaq.com': 'shafaq-news',
  'alsumaria.tv': 'alsumaria',
  'ina.iq': 'iraqi-news-agency',
  'rudaw.net': 'rudaw',
  'kurdistan24.net': 'kurdistan24',
  'youm7.com': 'youm7',
  'ahram.org.eg': 'al-ahram',
  'almasryalyoum.com': 'al-masry-al-youm',
  'shorouknews.com': 'al-shorouk-egypt',
  'masrawy.com': 'masrawy',
  'alghad.com': 'al-ghad-jordan',
  'petra.gov.jo': 'petra-news-agency',
  'okaz.com.sa': 'okaz',
  'alriyadh.com': 'al-riyadh-newspaper',
  'spa.gov.sa': 'saudi-press-agency',
  'albayan.ae': 'al-bayan',
  'alkhaleej.ae': 'al-khaleej',
  'wam.ae': 'emirates-news-agency',
  'alraimedia.com': 'al-rai-kuwait',
  'alqabas.com': 'al-qabas',
  'aljarida.com': 'al-jarida',
  'alwatan.com.qa': 'al-watan-qatar',
  'al-sharq.com': 'al-sharq-qatar',
  'omandaily.om': 'oman-daily',
  'alayam.com': 'al-ayam-bahrain',
  'almasirah.net': 'al-masirah',
  'sabanew.net': 'saba-news-agency',
  'alwasat.ly': 'al-wasat-libya',
  'libyaobserver.ly': 'libya-observer',
  'assabah.com.tn': 'assabah-tunisia',
  'mosaiquefm.net': 'mosaique-fm',
  'echoroukonline.com': 'echorouk-algeria',
  'elkhabar.com': 'el-khabar',
  'hespress.com': 'hespress',
  'le360.ma': 'le360',
  'alyaum24.com': 'alyaum24',
  'sudantribune.net': 'sudan-tribune',
  'alrakoba.net': 'alrakoba',
  'www.bbc.com/arabic': 'bbc-arabic',
  'arabic.cnn.com': 'cnn',
  'www.france24.com/ar': 'france-24',
  'www.dw.com/ar': 'deutsche-welle',
  'arabic.rt.com': 'rt-arabic',
  'arabic.euronews.com': 'euronews',
  'aljazeera.com': 'al-jazeera',
  'thenationalnews.com': 'the-national',
  'arabnews.com': 'arab-news',
  'middleeasteye.net': 'middle-east-eye',
  'al-monitor.com': 'al-monitor',
  'timesofisrael.com': 'times-of-israel',
  'haaretz.com': 'haaretz',
  'jpost.com': 'jerusalem-post',
};

/** An article's address on a site entry: a bare domain gets `www.`, as most of them serve. */
function articleUrl(site: string): string {
  const host = site.includes('/') || site.split('.').length > 2 ? site : `www.${site}`;
  return `https://${host}/news/2026/12/7/%D8%AE%D8%A8%D8%B1-article?utm_source=x#top`;
}

describe('the outlet of a page, from its address', () => {
  it('covers the whole list of sites, and the table covers the list', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...NEWS_SITES].sort());
  });

  it.each(NEWS_SITES.map((s) => [s]))('names the outlet of an article on %s', (site) => {
    const outlet = outletOfUrl(articleUrl(site), BUNDLED);
    expect(outlet?.actorId).toBe(EXPECTED[site]);
    const actor = BUNDLED.actors.find((a) => a.id === outlet?.actorId);
    expect(actor?.type).toBe('media');
    expect(outlet?.name).toEqual({ ar: actor?.ar, en: actor?.en });
  });

  it('names it through the analysis too, on the bare host and on a subdomain', () => {
    expect(analyzeText('نص', BUNDLED, { url: 'https://aljazeera.net/x' }).outlet?.actorId).toBe('al-jazeera');
    expect(analyzeText('نص', BUNDLED, { url: 'https://m.aawsat.com/x' }).outlet?.actorId).toBe('asharq-al-awsat');
    expect(analyzeText('نص', BUNDLED, {}).outlet).toBeNull();
  });

  it('tells a section of a shared site from the site: BBC Arabic from the BBC', () => {
    expect(outletOfUrl('https://www.bbc.com/arabic/articles/c1', BUNDLED)?.actorId).toBe('bbc-arabic');
    expect(outletOfUrl('https://www.bbc.com/news/world-123', BUNDLED)?.actorId).toBe('bbc');
    expect(outletOfUrl('https://www.bbc.com/arabicnews', BUNDLED)?.actorId).toBe('bbc');
  });

  it('names no outlet for an address no outlet publishes on, or for what is not an address', () => {
    for (const url of [
      'https://example.com/a',
      'https://notaljazeera.net/a',
      'https://aljazeera.net.evil.com/a',
      'file:///tmp/page.html',
      '',
      'نص',
    ]) {
      expect(outletOfUrl(url, BUNDLED)).toBeNull();
    }
  });

  it("prefers the reader's own outlet to the base's on the same host", () => {
    const mine = testKb([{ id: 'my-paper', type: 'media', names: { ar: 'جريدتي', en: 'My Paper' }, outlet: { hosts: ['aljazeera.net'] } }]);
    expect(outletOfUrl('https://www.aljazeera.net/a', BUNDLED, mine)?.actorId).toBe('my-paper');
    expect(outletOfUrl('https://www.skynewsarabia.com/a', BUNDLED, mine)?.actorId).toBe('sky-news-arabia');
  });

  it('reads the most specific host first', () => {
    const index = new Map([
      ['example.com', 'site'],
      ['news.example.com', 'news'],
      ['example.com/ar', 'arabic'],
    ]);
    expect(lookupHost(index, 'https://a.news.example.com/x')).toBe('news');
    expect(lookupHost(index, 'https://www.example.com/AR/x')).toBe('arabic');
    expect(lookupHost(index, 'http://user@example.com:8080/en')).toBe('site');
    expect(lookupHost(index, 'https://com/')).toBeUndefined();
  });
});

describe('the committed host table of the store', () => {
  it('names the same outlet as the analysis for every listed site', async () => {
    const { bundledOutletId } = await import('@/lib/kb/outlet-table');
    for (const site of NEWS_SITES) expect(bundledOutletId(articleUrl(site))).toBe(EXPECTED[site]);
    expect(bundledOutletId('https://example.com/')).toBeNull();
  });
});
