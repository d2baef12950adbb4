// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, rangeFor, runAt } from '@/lib/article/collect';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectText', () => {
  it('joins the text of a body with line breaks between blocks, and maps offsets back to nodes', () => {
    const root = body('<div><p>قال <b>مصطفى</b> الكاظمي</p><p>إن الاجتماع كان ناجحا</p></div>');
    const { text, runs } = collectText(root);
    expect(text).toBe('قال مصطفى الكاظمي\nإن الاجتماع كان ناجحا');
    const at = text.indexOf('مصطفى الكاظمي');
    const range = rangeFor(document, runs, at, at + 'مصطفى الكاظمي'.length)!;
    expect(range.toString()).toBe('مصطفى الكاظمي');
    expect(range.startContainer.parentElement!.tagName).toBe('B');
  });

  it('skips scripts, styles, code, form fields, editable and hidden elements', () => {
    const root = body(
      '<p>أول</p><script>var x = "ترامب";</script><style>p{}</style><pre>code ترامب</pre>' +
        '<textarea>ترامب</textarea><div contenteditable="true">ترامب</div><p hidden>ترامب</p>' +
        '<p aria-hidden="true">ترامب</p><p style="display: none">ترامب</p><p>آخر</p>',
    );
    expect(collectText(root).text).toBe('أول\nآخر');
  });

  it('lets the caller skip more (boilerplate inside the body)', () => {
    const root = body('<p>نص المقال</p><div class="share">شارك</div><p>تتمة</p>');
    const { text } = collectText(root, (el) => el.classList.contains('share'));
    expect(text).toBe('نص المقال\nتتمة');
  });

  it('finds the run of an offset at run edges', () => {
    const root = body('<p>ab<i>cd</i>ef</p>');
    const { runs } = collectText(root);
    expect(runAt(runs, 0)!.node.data).toBe('ab');
    expect(runAt(runs, 2)!.node.data).toBe('cd');
    expect(runAt(runs, 2, true)!.node.data).toBe('ab');
    expect(runAt(runs, 6, true)!.node.data).toBe('ef');
    expect(runAt(runs, 7)).toBeUndefined();
  });
});
