import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { BUNDLED } from '../../helpers/kb';

/** The bare (coreference-linked) mentions of `actorId` in `text`, as written. */
function bare(text: string, actorId: string): string[] {
  return analyzeText(text, BUNDLED)
    .mentions.filter((m) => m.actorId === actorId && m.via === 'coreference')
    .map((m) => m.text);
}

// Each article names the actor in full first, so the bare word has the support coreference asks for.
const SALAM = 'قال رئيس الحكومة اللبنانية نواف سلام إن الحكومة ماضية في خطتها. ';
const BERRI = 'استقبل رئيس مجلس النواب نبيه بري الوفد في عين التينة. ';
const AOUN = 'التقى الرئيس جوزاف عون السفير الفرنسي في بعبدا. ';
const AMAL = 'أصدرت حركة أمل بيانا حول الجلسة. ';
const ASSAD = 'حكم بشار الأسد سوريا حتى نهاية 2024. ';

describe('a bare ambiguous name is the word it also is outside the places of a name', () => {
  it.each([
    [SALAM, 'وقال إن لبنان ليس في وارد توقيع اتفاق سلام مع إسرائيل.', 'nawaf-salam'],
    [SALAM, 'ودعا إلى العيش بسلام في الجنوب.', 'nawaf-salam'],
    [SALAM, 'وختم بالقول: وسلام على الشهداء.', 'nawaf-salam'],
    [BERRI, 'وحذر من أن أي توغل بري إسرائيلي سيقابل بالرفض.', 'nabih-berri'],
    [BERRI, 'ورفض أي اجتياح بري للجنوب.', 'nabih-berri'],
    [AOUN, 'وأكد أن الدولة ستقدم كل عون ممكن للنازحين.', 'joseph-aoun'],
    [AMAL, 'وتأجلت الجلسة على أمل جمع النصاب الأسبوع المقبل.', 'amal-movement'],
    [ASSAD, 'واستحوذت عائلته على حصة الأسد من الاقتصاد.', 'bashar-al-assad'],
  ])('%s%s', (named, sentence, actorId) => {
    expect(bare(named + sentence, actorId)).toEqual([]);
  });
});

describe('a bare ambiguous name is linked where news prose puts a person', () => {
  it.each([
    [SALAM, 'وأضاف سلام أن الجيش سينتشر جنوبا.', 'سلام', 'nawaf-salam'],
    [SALAM, 'وكان سلام قد زار دمشق الشهر الماضي.', 'سلام', 'nawaf-salam'],
    [SALAM, 'وتواجه حكومة سلام ضغوطا دولية.', 'سلام', 'nawaf-salam'],
    [SALAM, 'وقال مصدر مقرب إن سلام سيزور باريس.', 'سلام', 'nawaf-salam'],
    [BERRI, 'بري: لا حوار تحت النار.', 'بري', 'nabih-berri'],
    [BERRI, 'وفي المساء، دعا بري إلى جلسة تشريعية.', 'بري', 'nabih-berri'],
    [BERRI, 'والصدر يجدد رفضه، وبري يدعو إلى الحوار.', 'بري', 'nabih-berri'],
    [AOUN, 'وأكد مستشار لعون أن الزيارة ستتم.', 'عون', 'joseph-aoun'],
    [AOUN + BERRI, 'ثم انتقل مع الرئيسين عون وبري إلى القصر.', 'عون', 'joseph-aoun'],
    [ASSAD, 'وبعد سقوط الأسد عاد آلاف اللاجئين.', 'الأسد', 'bashar-al-assad'],
  ])('%s%s', (named, sentence, word, actorId) => {
    expect(bare(named + sentence, actorId)).toContain(word);
  });

  it('links both names of a list once one of them stands as a name (الرئيسين بري والحريري)', () => {
    const text = `${BERRI}وكان سعد الحريري في الاستقبال. ثم انتقل مع الرئيسين بري والحريري إلى نادي الضباط.`;
    expect(bare(text, 'nabih-berri')).toEqual(['بري']);
    expect(bare(text, 'saad-hariri')).toEqual(['الحريري']);
  });
});
