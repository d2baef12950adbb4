import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/analysis/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['full stops, Arabic question mark, exclamation', 'وصل الوفد. هل نجح؟ نعم! انتهى', ['وصل الوفد.', 'هل نجح؟', 'نعم!', 'انتهى']],
    ['paragraph ends', 'الفقرة الأولى بلا نقطة\nالفقرة الثانية', ['الفقرة الأولى بلا نقطة', 'الفقرة الثانية']],
    ['not after the abbreviation د.', 'قال د. أحمد إن الوضع صعب. ثم غادر', ['قال د. أحمد إن الوضع صعب.', 'ثم غادر']],
    ['not inside a decimal', 'بلغ النمو 2.5 في المئة. وهذا جيد', ['بلغ النمو 2.5 في المئة.', 'وهذا جيد']],
    ['English abbreviations and initials', 'Dr. Smith met U.S. officials. They agreed.', ['Dr. Smith met U.S. officials.', 'They agreed.']],
    [
      'a quote with a sentence end inside stays whole',
      'وقال إن “علاقات إيران مع العراق يجب أن تكون علاقات دولة. وليس من خلال الميليشيات”. وأضاف',
      ['وقال إن “علاقات إيران مع العراق يجب أن تكون علاقات دولة. وليس من خلال الميليشيات”.', 'وأضاف'],
    ],
    ['guillemets too', 'قال: «انتهى الأمر. لن نعود». ثم خرج', ['قال: «انتهى الأمر. لن نعود».', 'ثم خرج']],
    ['a closing quote after the full stop belongs to the sentence', 'قال “انتهى.” ثم خرج', ['قال “انتهى.”', 'ثم خرج']],
    ['an unclosed quote does not swallow the paragraph after it', 'قال “بداية\nفقرة جديدة. ثانية', ['قال “بداية', 'فقرة جديدة.', 'ثانية']],
    ['ellipsis and repeated marks', 'ماذا بعد؟! لا أعرف… ربما', ['ماذا بعد؟!', 'لا أعرف…', 'ربما']],
  ])('%s', (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets that slice the original text', () => {
    const text = '  أولى.  ثانية.  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});
