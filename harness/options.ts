import type { Tab } from './driver';

/** The options page in words a test can use: the buttons a reader presses, the files they choose. */

/**
 * Clicks the options page's JSON backup button and returns the file's text: the anchor the page
 * clicks to download is caught, and its blob read, so the test holds the very bytes the reader
 * would save.
 */
export function exportBackupFromOptions(options: Tab): Promise<{ name: string; text: string }> {
  return options.evaluate(async () => {
    const caught = new Promise<{ name: string; href: string }>((resolve) => {
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        HTMLAnchorElement.prototype.click = original;
        resolve({ name: this.download, href: this.href });
      };
    });
    const button = [...document.querySelectorAll('button')].find((b) => /Backup \(JSON\)|نسخة احتياطية \(JSON\)/.test(b.textContent ?? ''));
    if (!button) throw new Error('no backup button');
    button.click();
    const { name, href } = await caught;
    return { name, text: await (await fetch(href)).text() };
  }, undefined);
}

/** Chooses `text` as the backup file to import, in `mode`, and waits for the preview or the refusal. */
export async function chooseBackup(options: Tab, file: { name: string; text: string }, mode: 'merge' | 'replace'): Promise<void> {
  await options.evaluate((mode) => {
    const radio = [...document.querySelectorAll<HTMLInputElement>('input[name=import-mode]')][mode === 'merge' ? 0 : 1]!;
    if (!radio.checked) radio.click();
  }, mode);
  // In a task of its own, after the page re-rendered with the mode, as a person's next click would be.
  await options.evaluate(({ name, text }) => {
    const input = document.querySelector<HTMLInputElement>('input[data-import-backup]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, file);
  await options.waitFor(() => !!document.querySelector('[data-import-preview], [data-import-refusal]'), undefined);
}

/** The refusal's text, or null when the file was accepted for preview. */
export const refusalText = (options: Tab): Promise<string | null> =>
  options.evaluate(() => document.querySelector('[data-import-refusal]')?.textContent ?? null, undefined);

/** Presses Import under the preview and waits for the page to say it is done. */
export async function applyImport(options: Tab): Promise<void> {
  await options.evaluate(() => (document.querySelector('[data-import-preview] button') as HTMLButtonElement).click(), undefined);
  await options.waitFor(
    () => !document.querySelector('[data-import-preview]') || !!document.querySelector('[data-import-refusal]'),
    undefined,
  );
}

/** Erases everything through the options page, typing the confirmation as the reader does. */
export async function eraseFromOptions(options: Tab): Promise<void> {
  await options.evaluate(() => {
    const field = [...document.querySelectorAll('label.field')].find((l) => (l.textContent ?? '').includes('ERASE'));
    const input = field?.querySelector('input') as HTMLInputElement;
    input.value = 'ERASE';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, undefined);
  await options.evaluate(() => (document.querySelector('button.danger') as HTMLButtonElement).click(), undefined);
}
