import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { BUNDLED } from '../../helpers/kb';

const claims = (text: string, publishedAt?: string) =>
  analyzeText(text, BUNDLED, publishedAt ? { publishedAt } : {}).claims.map((c) => ({
    speaker: c.speakerId,
    verb: c.verb,
    kind: c.kind,
    content: c.content,
    actors: c.actorIds,
  }));

describe('claims', () => {
  it('verb then subject: the named actor after the verb speaks', () => {
    const [c] = claims('وقال رئيس الوزراء العراقي ، مصطفى الكاظمي ، لوسائل إعلام عراقية ، إن الاجتماع مع الرئيس ترامب كان “ناجحًا ومهمًا”.');
    expect(c).toMatchObject({ speaker: 'mustafa-al-kadhimi', verb: 'وقال', kind: 'statement', actors: ['donald-trump'] });
    expect(c!.content).toBe('الاجتماع مع الرئيس ترامب كان “ناجحًا ومهمًا”');
  });

  it('an addressee after the speaker is not the speaker', () => {
    const [c] = claims('أوضح وزير الخارجية الأمريكي مايك بومبيو للكاظمي أن الحكومة العراقية ليس لها سيطرة عليها.');
    expect(c).toMatchObject({ speaker: 'mike-pompeo', verb: 'أوضح' });
    expect(c!.actors).toContain('mustafa-al-kadhimi');
  });

  it('a pronoun subject continues the previous speaker', () => {
    const out = claims('أوضح وزير الخارجية مايك بومبيو أن نزع السلاح ضروري. ووعد بتقديم دعم أمريكي لقوات الأمن العراقية.');
    expect(out.map((c) => c.speaker)).toEqual(['mike-pompeo', 'mike-pompeo']);
  });

  it.each([
    ['أكدت', 'أكدت وزارة الخارجية الإيرانية أن المحادثات مستمرة.', 'iranian-foreign-ministry'],
    ['نفى (with alef maqsura) ', 'نفى حزب الله أي علاقة له بالهجوم.', 'hezbollah'],
    ['نفت (feminine)', 'نفت حركة حماس التقارير.', 'hamas'],
    ['حذر', 'حذر الأمين العام للأمم المتحدة أنطونيو غوتيريش من تصعيد خطير.', 'antonio-guterres'],
    ['دعا', 'دعا الرئيس التركي رجب طيب أردوغان إلى وقف إطلاق النار.', 'recep-tayyip-erdogan'],
    ['طالب', 'طالب رئيس الوزراء محمد شياع السوداني بانسحاب القوات.', 'mohammed-shia-al-sudani'],
    ['أعلن without hamza', 'اعلن الجيش الإسرائيلي مقتل جندي.', 'israel-defense-forces'],
    ['اتهم', 'اتهم الحوثيون الولايات المتحدة بقصف ميناء الحديدة.', 'houthis'],
    ['نقل عن', 'ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن القوات باقية.', 'reuters'],
    ['بحسب', 'وبحسب المرصد السوري لحقوق الإنسان، قتل عشرة مقاتلين.', 'syrian-observatory-for-human-rights'],
    ['subject before the verb', 'الرئيس الأمريكي دونالد ترامب قال إن الاتفاق قريب.', 'donald-trump'],
  ])('%s', (_label, text, speaker) => {
    expect(claims(text)[0]?.speaker).toBe(speaker);
  });

  it('an unnamed source makes a claim without a speaker, and a dateline is not a speaker', () => {
    const [c] = claims('دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن الفصائل سيطرت على المستودعات.');
    expect(c).toMatchObject({ speaker: null, verb: 'أكدت' });
  });

  it('a feminine verb does not make an earlier man its speaker', () => {
    const out = claims('الكاظمي يعود من الولايات المتحدة دون تسليم البضائع لإيران كما طالبت.');
    expect(out[0]?.speaker).toBeNull();
  });

  it('nouns that look like verbs are not claims: opinion, demand', () => {
    expect(claims('الآراء الواردة أدناه لا تعبر عن رأي الموقع.')).toEqual([]);
    expect(claims('قضية أخرى كانت مطالبة الولايات المتحدة للحكومة العراقية بنزع السلاح.')).toEqual([]);
  });

  it('نقل without عن is a transfer, not a report', () => {
    expect(claims('نقل الجيش الأمريكي معداته إلى قاعدة عين الأسد.')).toEqual([]);
  });

  it('English reporting verbs', () => {
    const [c] = claims('Iraqi Prime Minister Mohammed Shia al-Sudani said that US forces would leave by 2026.');
    expect(c).toMatchObject({ speaker: 'mohammed-shia-al-sudani', verb: 'said' });
  });
});

describe('whose words: word order and unnamed subjects', () => {
  const speakers = (text: string) => claims(text).map((c) => c.speaker);

  it('a subject written but not known names nobody, instead of the previous speaker', () => {
    const text =
      'وقال رئيس الوزراء المصري مصطفى مدبولي إن الاقتصاد يتعافى. وقال وزير المالية أحمد كجوك إن الحصيلة الضريبية ارتفعت. وبحسب أرقام وزارة الصحة، قتل 30 شخصا في بيروت.';
    expect(speakers(text)).toEqual(['mostafa-madbouly', null, null]);
  });

  it('a pronoun subject, a bare title or the same unknown name goes on with the previous speaker', () => {
    expect(speakers('قال رئيس الوزراء المصري مصطفى مدبولي إن الاقتصاد يتعافى. وأضاف أن التضخم سيتراجع.')).toEqual([
      'mostafa-madbouly',
      'mostafa-madbouly',
    ]);
    expect(speakers('قال رئيس الوزراء المصري مصطفى مدبولي إن الاقتصاد يتعافى. وأضاف رئيس الوزراء أن التضخم سيتراجع.')).toEqual([
      'mostafa-madbouly',
      'mostafa-madbouly',
    ]);
    expect(speakers('وقال المتحدث باسم حزب الله محمد عفيف إن الحزب لن يسلم سلاحه. وأضاف عفيف أن المقاومة باقية.')).toEqual([
      'hezbollah',
      'hezbollah',
    ]);
  });

  it('an Arabic name right before its verb is the subject, and a participle is followed by its object', () => {
    expect(speakers('الملك محمد السادس يدعو تبون إلى الحوار')).toEqual(['mohammed-vi']);
    expect(speakers('ألقى الملك محمد السادس خطابا أمام البرلمان، داعيا الرئيس الجزائري عبد المجيد تبون إلى حوار أخوي.')).toEqual([
      'mohammed-vi',
    ]);
    expect(speakers('محمد شياع السوداني يدعو إلى حصر السلاح ومقتدى الصدر يجدد رفض العملية السياسية')).toEqual(['mohammed-shia-al-sudani']);
  });

  it('English: the subject before the verb speaks, not the first actor after it', () => {
    expect(speakers('Parliament Speaker Nabih Berri, a Hezbollah ally, said Lebanon had met its obligations.')).toEqual(['nabih-berri']);
    expect(
      speakers("Lebanon's Aoun says no going back on arms plan as Israel steps up strikes. President Joseph Aoun spoke in Baabda."),
    ).toEqual(['joseph-aoun']);
    expect(speakers('Iran says talks with U.S. pointless as IAEA presses for access')).toEqual(['iran']);
    expect(speakers('In Yemen, Iran-aligned Houthis said they had halted attacks on shipping.')).toEqual(['houthis']);
  });

  it('English: a quote or a comma before the verb inverts it, and an unnamed official names nobody', () => {
    expect(speakers('"We will not give up our weapons," said Naim Qassem.')).toEqual(['naim-qassem']);
    expect(speakers('The talks are over, said Abbas Araghchi.')).toEqual(['abbas-araghchi']);
    expect(speakers('Syria agreed to join the coalition against Islamic State, a U.S. official said.')).toEqual([null]);
  });
});

describe('a capital speaks for its state', () => {
  const speakers = (text: string) => claims(text).map((c) => c.speaker);

  it('reads قالت موسكو، تؤكد طهران and "Washington said" as the state speaking', () => {
    expect(speakers('وقالت موسكو إن العقوبات غير قانونية.')).toEqual(['russia']);
    expect(speakers('في حين تؤكد طهران أن برنامجها النووي سلمي.')).toEqual(['iran']);
    expect(speakers('Washington said the talks would resume next week.')).toEqual(['united-states']);
  });

  it('leaves a city that is not a capital, or a capital after a preposition, silent', () => {
    expect(speakers('وقالت حلب إن الطرق مفتوحة.')).toEqual([null]);
    expect(speakers('وقال في طهران إن المفاوضات مستمرة.')).toEqual([null]);
  });
});

describe('claims on fragments the fuzzer found', () => {
  it('an English reporting verb last in the text, after a comma, names nobody and does not throw', () => {
    expect(claims('ثلاث,demanded').map((c) => c.speaker)).toEqual([null]);
  });
});
