import type { ComponentChildren } from 'preact';

/**
 * The small Markdown the note editor promises: paragraphs, `-` lists, **bold**, *italic* and
 * [links](https://…). Rendered as elements, never as HTML, so a note containing markup shows that
 * markup as text. Links are followed only for http(s) URLs.
 */
// Link text and address stop at the next bracket: otherwise each of 20,000 "[" scans to the end
// of the note (149 ms; 40,000 took 570 ms) and the renderer is quadratic in what the reader typed.
const INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^[\]]+)\]\((https?:\/\/[^\s()[\]]+)\)/gu;

function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(<strong>{m[1]}</strong>);
    else if (m[2] !== undefined) out.push(<em>{m[2]}</em>);
    else
      out.push(
        <a href={m[4]} target="_blank" rel="noreferrer noopener">
          {m[3]}
        </a>,
      );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function MarkdownLight({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/u);
  return (
    <div class="markdown" dir="auto">
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => /^\s*[-*]\s+/u.test(l))) {
          return (
            <ul key={i} dir="auto">
              {lines.map((l, k) => (
                <li key={k}>{inline(l.replace(/^\s*[-*]\s+/u, ''))}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i} dir="auto">
            {lines.flatMap((l, k) => (k ? [<br key={`br${k}`} />, ...inline(l)] : inline(l)))}
          </p>
        );
      })}
    </div>
  );
}
