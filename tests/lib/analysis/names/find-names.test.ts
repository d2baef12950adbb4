import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { analyzeEnglish } from '@/lib/analysis/english';
import { BUNDLED } from '../../../helpers/kb';

// Sentences written for these tests in the style of Arabic news wires (not taken from any corpus).
const names = (text: string) =>
  analyzeText(text, BUNDLED).names.map((n) => ({ text: n.text, type: n.type, via: n.via, role: n.role, key: n.key }));

describe('names outside the base', () => {
  it('finds a person by a given name and gives the apposition as their role', () => {
    const text = 'وقال خالد مجاهد، المتحدث الرسمي لوزارة الصحة، إن الوضع مستقر.';
    const a = analyzeText(text, BUNDLED);
    const n = a.names.find((x) => x.type === 'person')!;
    expect(n).toMatchObject({ text: 'خالد مجاهد', via: 'given-name', role: 'المتحدث الرسمي لوزارة الصحة', key: 'خالد مجاهد' });
    expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(text.slice(n.roleSpan!.start, n.roleSpan!.end)).toBe(n.role);
  });

  it('finds a foreign name after a title and its complement, and keeps the title as the role', () => {
    expect(names('وأعلنت وزيرة الخارجية الأسترالية بيني وونغ أن بلادها سترسل مساعدات.')).toContainEqual(
      expect.objectContaining({ text: 'بيني وونغ', type: 'person', via: 'title', role: 'وزيرة الخارجية الأسترالية' }),
    );
  });

  it('reads name chains, kunyas and عبد with a name of God', () => {
    const found = names('والتقى الوفد عبد الرحمن بن سعيد الهاملي ثم أبو خليل الحمصي في رام الله، فيما تحدث صلاح الدين العمري.').map(
      (n) => n.text,
    );
    expect(found).toEqual(expect.arrayContaining(['عبد الرحمن بن سعيد الهاملي', 'أبو خليل الحمصي', 'صلاح الدين العمري']));
  });

  it('finds the person again by the surname alone, under the full name’s key', () => {
    const found = names('قال الكاتب كوفي أنان إن الحل سياسي. وأضاف أنان أن الوقت ينفد.');
    expect(found.filter((n) => n.type === 'person').map((n) => [n.text, n.key])).toEqual([
      ['كوفي أنان', 'كوفي انان'],
      ['أنان', 'كوفي انان'],
    ]);
  });

  it('does not take everyday words spelled like given names for people', () => {
    // على is علي once normalised, أمل is "hope", سلام "peace", باسم "in the name of".
    const found = names('وأكد المتحدث باسم الحكومة على الرغم من ذلك أن أمل الناس في سلام دائم كبير.');
    expect(found.filter((n) => n.type === 'person')).toEqual([]);
  });

  it('finds organisations by a head noun and a complement that names them, not generic ones', () => {
    const found = names('وأعلنت حركة المقاومة الشعبية وشركة نوكيا وجمعية الهلال الأزرق أن قوات الأمن ووزارة الصحة تعاونت.').map((n) => [
      n.text,
      n.type,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['حركة المقاومة الشعبية', 'organisation'],
        ['شركة نوكيا', 'organisation'],
        ['جمعية الهلال الأزرق', 'organisation'],
      ]),
    );
    expect(found.map(([t]) => t)).not.toContain('قوات الأمن');
    expect(found.map(([t]) => t)).not.toContain('وزارة الصحة');
  });

  it('finds a place after a place noun, with the noun as its role, but not after an everyday word', () => {
    const found = names('ووصلت القافلة إلى قرية كفر نعمة ثم إلى مخيم عين الحلوة، وقررت الأسر قضاء العطلة هناك.');
    expect(found).toContainEqual(expect.objectContaining({ text: 'كفر نعمة', type: 'place', role: 'قرية' }));
    expect(found.map((n) => n.text)).not.toContain('العطلة');
  });

  it('never overlaps a known actor', () => {
    const a = analyzeText('وقال الرئيس اللبناني ميشال عون إن رئيس الوزراء نجيب ميقاتي سيزور باريس.', BUNDLED);
    expect(a.mentions.length).toBeGreaterThan(0);
    for (const n of a.names) for (const m of a.mentions) expect(n.start >= m.end || n.end <= m.start).toBe(true);
  });

  it('proposes compromise’s people, organisations and places on English pages, outside the base', () => {
    const a = analyzeText('Jane Doe of Acme Corporation visited Springfield on Monday with Antony Blinken.', BUNDLED, {
      english: analyzeEnglish,
    });
    const found = a.names.map((n) => [n.text, n.type, n.via]);
    expect(found).toContainEqual(['Jane Doe', 'person', 'english']);
    expect(found.map(([t]) => t)).not.toContain('Antony Blinken');
  });
});
