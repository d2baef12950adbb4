import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { testKb } from '../../helpers/kb';

const KB = testKb([
  { id: 'iraq', type: 'state', names: { ar: 'العراق', en: 'Iraq' }, demonyms: { ar: ['العراقي', 'العراقية'], en: ['Iraqi'] } },
  { id: 'qatar', type: 'state', names: { ar: 'قطر', en: 'Qatar' }, demonyms: { ar: ['القطري', 'القطرية'], en: ['Qatari'] } },
  {
    id: 'united-states',
    type: 'state',
    names: { ar: 'الولايات المتحدة', en: 'United States' },
    aliases: { en: ['US'] },
    demonyms: { ar: ['الأمريكي', 'الأميركي'], en: ['American', 'US'] },
  },
  {
    id: 'mustafa-al-kadhimi',
    names: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
    aliases: { ar: ['الكاظمي'] },
    roles: [{ role: 'prime_minister', of: 'iraq', start: '2020-05-07', end: '2022-10-27' }],
  },
  {
    id: 'mohammed-shia-al-sudani',
    names: { ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' },
    roles: [{ role: 'prime_minister', of: 'iraq', start: '2022-10-27' }],
  },
  {
    id: 'tamim-bin-hamad-al-thani',
    names: { ar: 'تميم بن حمد آل ثاني', en: 'Tamim bin Hamad Al Thani' },
    roles: [{ role: 'emir', of: 'qatar', start: '2013-06-25' }],
  },
  {
    id: 'mike-pompeo',
    names: { ar: 'مايك بومبيو', en: 'Mike Pompeo' },
    roles: [{ role: 'foreign_minister', of: 'united-states', start: '2018-04-26', end: '2021-01-20' }],
  },
]);

const roles = (text: string, publishedAt?: string) =>
  analyzeText(text, KB, publishedAt ? { publishedAt } : {})
    .mentions.filter((m) => m.via === 'role')
    .map((m) => [m.text, m.actorId]);

describe('office titles read as the holder on the article date', () => {
  it('title + nationality adjective', () => {
    expect(roles('خلال زيارة رئيس الوزراء العراقي إلى واشنطن', '2020-08-24')).toEqual([['رئيس الوزراء العراقي', 'mustafa-al-kadhimi']]);
    expect(roles('خلال زيارة رئيس الوزراء العراقي إلى واشنطن', '2024-01-10')).toEqual([
      ['رئيس الوزراء العراقي', 'mohammed-shia-al-sudani'],
    ]);
  });

  it('construct title + state name: the title names the holder, the state keeps its own mention', () => {
    expect(roles('استقبل أمير قطر الوفد', '2023-01-01')).toEqual([['أمير', 'tamim-bin-hamad-al-thani']]);
    expect(roles('قال رئيس وزراء العراق إن', '2021-03-01')).toEqual([['رئيس وزراء', 'mustafa-al-kadhimi']]);
  });

  it('English: adjective + title and title of state', () => {
    expect(roles('the US Secretary of State arrived', '2019-06-01')).toEqual([['Secretary of State', 'mike-pompeo']]);
    expect(roles('Iraqi Prime Minister said', '2021-01-01')).toEqual([['Iraqi Prime Minister', 'mustafa-al-kadhimi']]);
    expect(roles('the Prime Minister of Iraq said', '2023-01-01')).toEqual([['Prime Minister', 'mohammed-shia-al-sudani']]);
  });

  it('guesses nothing without a date, or when nobody held the office then', () => {
    expect(roles('خلال زيارة رئيس الوزراء العراقي')).toEqual([]);
    expect(roles('خلال زيارة رئيس الوزراء العراقي', '2019-01-01')).toEqual([]);
  });

  it('leaves the title alone when the name is written beside it', () => {
    const m = analyzeText('زار رئيس الوزراء العراقي مصطفى الكاظمي واشنطن', KB, { publishedAt: '2020-08-24' }).mentions;
    expect(m.map((x) => [x.text, x.via])).toEqual([['مصطفى الكاظمي', 'name']]);
    const m2 = analyzeText('وقال رئيس الوزراء العراقي ، مصطفى الكاظمي ، إن', KB, { publishedAt: '2020-08-24' }).mentions;
    expect(m2.map((x) => x.via)).toEqual(['name']);
  });

  it('makes the office holder the speaker of a claim', () => {
    const [c] = analyzeText('وقال رئيس الوزراء العراقي إن الاجتماع كان ناجحا.', KB, { publishedAt: '2020-08-24' }).claims;
    expect(c?.speakerId).toBe('mustafa-al-kadhimi');
  });
});
