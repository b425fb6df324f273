// Section catalogues load with the screens that show them, so a file that shows a section's
// text must import that section itself: otherwise the text appears as its key whenever that
// file happens to load before the section (a lazy chunk reordered, a screen reused elsewhere).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/shared/i18n/messages';

const sectionsDir = path.resolve('src/shared/i18n/sections');
const sectionFiles = fs.readdirSync(sectionsDir).filter((file) => file.endsWith('.ts'));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

async function sectionKeys(file: string): Promise<string[]> {
  const module = (await import(path.join(sectionsDir, file))) as Record<string, unknown>;
  const catalogues = Object.values(module).filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null);
  return catalogues.flatMap((catalogue) => Object.keys(catalogue));
}

const clientFiles = sourceFiles(path.resolve('src/client')).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

describe('section catalogues', () => {
  it('share no key with the core catalogue or with each other', async () => {
    const seen = new Map<string, string>(Object.keys(messages).map((key) => [key, 'messages.ts']));
    for (const file of sectionFiles) {
      for (const key of await sectionKeys(file)) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
  });

  it.each(sectionFiles)('%s is imported by every client file that names one of its keys', async (file) => {
    const section = file.replace(/\.ts$/, '');
    const keys = await sectionKeys(file);
    const importsSection = new RegExp(`import\\s+(?:[^;]*from\\s+)?'[./]*(?:shared/i18n/)?sections/${section}'`);
    const missing = clientFiles
      .filter(({ text }) => keys.some((key) => text.includes(`'${key}'`)))
      .filter(({ text }) => !importsSection.test(text))
      .map(({ file }) => path.relative(process.cwd(), file));
    expect(missing).toEqual([]);
  });
});
