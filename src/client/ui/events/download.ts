// Saving a file the app made (a calendar entry, a CSV, a poster) without a server.
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: letters and digits, dashes between. */
export function fileStem(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9æøåÆØÅ]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'arrangement';
}
