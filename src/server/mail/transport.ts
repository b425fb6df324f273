// Mail delivery. Over SMTP when `SMTP_URL` is set (mail/smtp.ts); otherwise, in development
// and tests, each mail is appended to a file (and the log), where a person or a test reads it.
import fs from 'node:fs';
import path from 'node:path';

export interface Mail {
  to: string; subject: string; text: string;
  /** A simple HTML part beside the text (messages outside the app). */
  html?: string;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string>;
}
export interface MailTransport { send(mail: Mail): Promise<void> }

export function fileMailTransport(file: string | null, log: (line: string) => void = console.log): MailTransport {
  return {
    async send(mail) {
      const headers = Object.entries(mail.headers ?? {}).map(([name, value]) => `${name}: ${value}\n`).join('');
      const entry = `--- ${new Date().toISOString()}\nTil: ${mail.to}\nEmne: ${mail.subject}\n${headers}\n${mail.text}\n`;
      if (file) {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.appendFile(file, entry);
      }
      // Address and subject stay in the file: the log names no one, and a sign-in mail's
      // subject carries its code.
      log(`[mail] ${file ? `skrevet til ${path.basename(file)}` : 'ikke gemt (intet MAIL_FILE)'}`);
    },
  };
}
