/** The few words the Markdown exports write themselves, in the reader's interface language. */
export interface MarkdownLabels {
  title: string;
  exported: string;
  actor: string;
  actors: string;
  actorNotes: string;
  claims: string;
  source: string;
  figures: string;
  speaker: string;
  /** After a speaker who names nobody: مصادر مطلعة (unnamed). */
  unnamed: string;
  named: string;
  noteOf: string;
  edited: string;
  tags: string;
  articles: string;
  articleNotes: string;
  passages: string;
  article: string;
  site: string;
  date: string;
  other: string;
  roles: string;
  background: string;
  /** Separates items in a list written inside a line. */
  comma: string;
}

export const MARKDOWN_LABELS: Record<'ar' | 'en', MarkdownLabels> = {
  ar: {
    title: 'سياق: الملاحظات والادعاءات',
    exported: 'تاريخ التصدير:',
    actor: 'فاعل',
    actors: 'الفاعلون',
    actorNotes: 'ملاحظات',
    claims: 'ادعاءات',
    source: 'المصدر:',
    figures: 'أرقام:',
    speaker: 'القائل:',
    unnamed: '(مصدر غير مسمّى)',
    named: 'يذكر:',
    noteOf: 'ملاحظة بتاريخ',
    edited: 'عُدّلت',
    tags: 'الوسوم:',
    articles: 'المقالات',
    articleNotes: 'ملاحظات على المقال',
    passages: 'مقاطع',
    article: 'مقال:',
    site: 'الموقع:',
    date: 'التاريخ:',
    other: 'ملاحظات أخرى',
    roles: 'المناصب',
    background: 'نبذة',
    comma: '، ',
  },
  en: {
    title: 'Siyaq: notes and claims',
    exported: 'Exported:',
    actor: 'Actor',
    actors: 'Actors',
    actorNotes: 'Notes',
    claims: 'Claims',
    source: 'Source:',
    figures: 'Figures:',
    speaker: 'Said by:',
    unnamed: '(unnamed source)',
    named: 'Names:',
    noteOf: 'Note of',
    edited: 'edited',
    tags: 'Tags:',
    articles: 'Articles',
    articleNotes: 'Notes on the article',
    passages: 'Passages',
    article: 'Article:',
    site: 'Site:',
    date: 'Date:',
    other: 'Other notes',
    roles: 'Roles',
    background: 'Background',
    comma: ', ',
  },
};
