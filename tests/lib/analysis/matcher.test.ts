import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { BUNDLED, testKb } from '../../helpers/kb';

const KB = testKb([
  {
    id: 'hezbollah',
    type: 'armed_group',
    names: { ar: 'حزب الله', en: 'Hezbollah' },
    aliases: { ar: ['حزب الله اللبناني'], en: ['Hizbullah'] },
  },
  { id: 'kataib-hezbollah', type: 'armed_group', names: { ar: 'كتائب حزب الله', en: 'Kataib Hezbollah' } },
  {
    id: 'mustafa-al-kadhimi',
    names: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
    aliases: { ar: ['الكاظمي'], en: ['Kadhimi', 'al-Kadhimi'] },
  },
  { id: 'esmail-qaani', names: { ar: 'إسماعيل قاآني', en: 'Esmail Qaani' }, aliases: { ar: ['قاآني'] } },
  { id: 'washington', type: 'place', names: { ar: 'واشنطن', en: 'Washington' } },
  { id: 'beirut', type: 'place', names: { ar: 'بيروت', en: 'Beirut' } },
  { id: 'lebanon', type: 'state', names: { ar: 'لبنان', en: 'Lebanon' } },
  { id: 'iraq', type: 'state', names: { ar: 'العراق', en: 'Iraq' } },
  { id: 'united-states', type: 'state', names: { ar: 'الولايات المتحدة', en: 'United States' }, aliases: { en: ['US', 'U.S.'] } },
  { id: 'walid-jumblatt', names: { ar: 'وليد جنبلاط', en: 'Walid Jumblatt' } },
  { id: 'donald-trump', names: { ar: 'دونالد ترامب', en: 'Donald Trump' }, aliases: { ar: ['ترامب', 'ترمب'], en: ['Trump'] } },
]);

const found = (text: string, kb = KB) => analyzeText(text, kb).mentions.map((m) => [m.text, m.actorId]);

describe('actor matcher', () => {
  it.each([
    ['the longest match wins: one actor, not حزب الله inside it', 'هاجمت كتائب حزب الله قاعدة', [['كتائب حزب الله', 'kataib-hezbollah']]],
    ['a multi-word alias beats its prefix', 'قال حزب الله اللبناني إن', [['حزب الله اللبناني', 'hezbollah']]],
    ['a surname alias on its own', 'وصل الكاظمي إلى', [['الكاظمي', 'mustafa-al-kadhimi']]],
    ['و + name', 'بغداد والعراق', [['العراق', 'iraq']]],
    ['ب + ال', 'في بالعراق', [['العراق', 'iraq']]],
    ['ل + name', 'زيارته لواشنطن', [['واشنطن', 'washington']]],
    ['لل = ل + ال, the name keeps its lam', 'تحذيرا للكاظمي', [['لكاظمي', 'mustafa-al-kadhimi']]],
    ['و + لل', 'وللكاظمي', [['لكاظمي', 'mustafa-al-kadhimi']]],
    ['ف + ب', 'فبالعراق', [['العراق', 'iraq']]],
    ['ك + name', 'كالولايات المتحدة', [['الولايات المتحدة', 'united-states']]],
    [
      'a proclitic joined with tatweel',
      'بـواشنطن ولـلبنان',
      [
        ['واشنطن', 'washington'],
        ['لبنان', 'lebanon'],
      ],
    ],
    ['a proclitic before a quoted name', 'أكد لـ«حزب الله»', [['حزب الله', 'hezbollah']]],
    [
      'names starting with clitic letters stay whole',
      'بيروت ولبنان ووليد جنبلاط',
      [
        ['بيروت', 'beirut'],
        ['لبنان', 'lebanon'],
        ['وليد جنبلاط', 'walid-jumblatt'],
      ],
    ],
    [
      'Persian letters and the lost space',
      'اسماعیل قاآنی ثم اسماعیلقاآنی',
      [
        ['اسماعیل قاآنی', 'esmail-qaani'],
        ['اسماعیلقاآنی', 'esmail-qaani'],
      ],
    ],
    [
      'diacritics and hamza variants',
      'إِسْمَاعِيل قاآني واسماعيل قااني',
      [
        ['إِسْمَاعِيل قاآني', 'esmail-qaani'],
        ['اسماعيل قااني', 'esmail-qaani'],
      ],
    ],
    [
      'spelling variants listed as aliases',
      'ترمب وترامب',
      [
        ['ترمب', 'donald-trump'],
        ['ترامب', 'donald-trump'],
      ],
    ],
    [
      'English, case-insensitive, with possessives',
      "Trump's envoy met KADHIMI and al-Kadhimi",
      [
        ['Trump', 'donald-trump'],
        ['KADHIMI', 'mustafa-al-kadhimi'],
        ['al-Kadhimi', 'mustafa-al-kadhimi'],
      ],
    ],
    [
      'English acronyms only in capitals',
      'The US told us that the U.S. would stay',
      [
        ['US', 'united-states'],
        ['U.S', 'united-states'],
      ],
    ],
    ['a name does not run across a quote or a line break', 'حزب\nالله و"حزب" الله', []],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not strip a proclitic that would leave a name inside an ordinary word', () => {
    // بلبنان is ب + لبنان; but ولي (guardian) is not و + لي, and كالعادة is no name at all.
    expect(found('ولي العهد كالعادة')).toEqual([]);
  });

  it('maps highlights to the original letters, diacritics and all', () => {
    const text = 'وصل مُصْطَفَى الكَاظِمِي';
    const [m] = analyzeText(text, KB).mentions;
    expect(text.slice(m!.start, m!.end)).toBe('مُصْطَفَى الكَاظِمِي');
  });
});

describe('the bundled knowledge base on real sentences', () => {
  it.each([
    ['زار رئيس الوزراء العراقي مصطفى الكاظمي الولايات المتحدة', ['mustafa-al-kadhimi', 'united-states']],
    [
      'قبيل زيارة الكاظمي لواشنطن ، وصل اللواء اسماعیل قاآنی ، قائد فيلق القدس',
      ['mustafa-al-kadhimi', 'washington', 'esmail-qaani', 'quds-force'],
    ],
    ['هاجمت كتائب حزب الله قاعدة عين الأسد', ['kataib-hezbollah']],
    ['أعلنت وزارة الطاقة الأمريكية', ['us-department-of-energy']],
    ['وقال المرشد الإيراني علي خامنئي', ['ali-khamenei']],
  ])('%s', (text, ids) => {
    const got = analyzeText(text, BUNDLED).mentions.map((m) => m.actorId);
    for (const id of ids) expect(got).toContain(id);
    expect(got).not.toContain('hezbollah');
  });
});

describe("the reader's own actors", () => {
  const readerKb = testKb([
    { id: 'basra-oil-workers-union', type: 'organisation', names: { ar: 'نقابة عمال نفط البصرة', en: 'Basra Oil Workers Union' } },
    // An alias the reader added to a bundled actor: same id.
    { id: 'mustafa-al-kadhimi', names: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' }, aliases: { ar: ['أبو هيا'] } },
    // A longer name that contains a bundled one wins over it.
    {
      id: 'hezbollah-media-office',
      type: 'organisation',
      names: { ar: 'العلاقات الإعلامية في حزب الله', en: 'Hezbollah media relations' },
    },
  ]);

  it('are found beside the bundled ones, extend bundled actors, and win by length', () => {
    const text = 'قالت نقابة عمال نفط البصرة إن أبو هيا التقى الكاظمي. وأصدرت العلاقات الإعلامية في حزب الله بيانا.';
    const got = analyzeText(text, KB, { extra: readerKb }).mentions.map((m) => [m.text, m.actorId]);
    expect(got).toEqual([
      ['نقابة عمال نفط البصرة', 'basra-oil-workers-union'],
      ['أبو هيا', 'mustafa-al-kadhimi'],
      ['الكاظمي', 'mustafa-al-kadhimi'],
      ['العلاقات الإعلامية في حزب الله', 'hezbollah-media-office'],
    ]);
  });
});
