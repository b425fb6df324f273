// Mail delivery is the one edge that cannot run here: in development and tests the
// transport appends each mail to a file (and the log), where a person or a test reads it.
import fs from 'node:fs';
import path from 'node:path';

export interface Mail { to: string; subject: string; text: string }
export interface MailTransport { send(mail: Mail): Promise<void> }

export function fileMailTransport(file: string | null, log: (line: string) => void = console.log): MailTransport {
  return {
    async send(mail) {
      const entry = `--- ${new Date().toISOString()}\nTil: ${mail.to}\nEmne: ${mail.subject}\n\n${mail.text}\n`;
      if (file) {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.appendFile(file, entry);
      }
      log(`[mail] til ${mail.to}: ${mail.subject}`);
    },
  };
}
