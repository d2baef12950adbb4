/** The few words the Markdown export writes itself, in the reader's interface language. */
export interface MarkdownLabels {
  title: string;
  exported: string;
  actor: string;
  actorNotes: string;
  claims: string;
  source: string;
  figures: string;
  noteOf: string;
  articles: string;
  article: string;
  site: string;
  date: string;
  other: string;
  /** Separates items in a list written inside a line. */
  comma: string;
}

export const MARKDOWN_LABELS: Record<'ar' | 'en', MarkdownLabels> = {
  ar: {
    title: 'سياق: الملاحظات والادعاءات',
    exported: 'تاريخ التصدير:',
    actor: 'فاعل',
    actorNotes: 'ملاحظات',
    claims: 'ادعاءات',
    source: 'المصدر:',
    figures: 'أرقام:',
    noteOf: 'ملاحظة بتاريخ',
    articles: 'ملاحظات على المقالات',
    article: 'مقال:',
    site: 'الموقع:',
    date: 'التاريخ:',
    other: 'ملاحظات أخرى',
    comma: '، ',
  },
  en: {
    title: 'Siyaq: notes and claims',
    exported: 'Exported:',
    actor: 'Actor',
    actorNotes: 'Notes',
    claims: 'Claims',
    source: 'Source:',
    figures: 'Figures:',
    noteOf: 'Note of',
    articles: 'Notes on articles',
    article: 'Article:',
    site: 'Site:',
    date: 'Date:',
    other: 'Other notes',
    comma: ', ',
  },
};
