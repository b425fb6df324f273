// Names a change for its user ("Kompetence: Demens"), from the shared mutation labels
// and what the device knows about the thing it was about.
import { isMutationName, mutationLabels, type LabelSubject, type MutationLabel, type MutationName } from '../../shared/protocol';
import type { LocalStore } from '../store/local-store';
import type { MessageKey } from '../../shared/i18n/messages';
import '../../shared/i18n/sections/mutation-labels';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

function subjectName(store: LocalStore, subject: LabelSubject): string {
  if (subject === null) return '';
  if ('text' in subject) return subject.text;
  const row = store.get(subject.type, subject.id) as { name?: unknown; title?: unknown } | undefined;
  const name = row?.name ?? row?.title;
  return typeof name === 'string' ? name : subject.id;
}

export function describeMutation(store: LocalStore, entry: { name: string; args: unknown }, t: Translate): string {
  if (!isMutationName(entry.name)) return t('mutation_other', { name: entry.name });
  const label = mutationLabels[entry.name] as MutationLabel<MutationName>;
  let subject: LabelSubject;
  try {
    subject = label.subject(entry.args as never);
  } catch {
    subject = null; // args of an older app version: name the change without its subject
  }
  return t(label.key, { name: subjectName(store, subject) });
}
