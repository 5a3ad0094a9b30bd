/**
 * Prints one part of the page: `<html data-print="name">` lets the part's print styles hide
 * everything else while the dialog is open.
 */
export function printOnly(name: string): void {
  document.documentElement.dataset.print = name;
  window.addEventListener('afterprint', () => delete document.documentElement.dataset.print, { once: true });
  window.print();
}
