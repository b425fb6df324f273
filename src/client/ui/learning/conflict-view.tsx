// "To versioner": the learning was edited on two devices at once and the server kept both
// texts (sync.md). The author sees them side by side (stacked on a phone), takes one or
// merges them in the form, and saving sends an ordinary learning.update that names the
// merged versions (resolvedConflicts).
import type { Learning } from '../../../shared/entities/learning';
import { formatMoment } from '../../../shared/i18n/dates';
import { useLang, useT } from '../context';
import '../../../shared/i18n/sections/learning';

type Kept = Learning['conflicts'][number];
export interface LearningTexts { title: string; body: string; application: string }

/** Both texts in one, each part once: what "Flet begge" starts the author with. */
export function mergeTexts(a: LearningTexts, b: LearningTexts): LearningTexts {
  const join = (x: string, y: string, between: string) => (x.trim() === y.trim() || !y.trim() ? x : !x.trim() ? y : `${x}${between}${y}`);
  return { title: join(a.title, b.title, ' / '), body: join(a.body, b.body, '\n\n'), application: join(a.application, b.application, '\n\n') };
}

interface Props {
  learning: Learning;
  /** The chosen or merged texts, to finish in the form; `resolved` names the version merged. */
  onChoose(texts: LearningTexts, resolved: string): void;
}

export function ConflictView({ learning, onChoose }: Props) {
  const t = useT();
  const { lang } = useLang();
  // One at a time, the oldest first: after it is merged the next one shows.
  const other: Kept | undefined = learning.conflicts[0];
  if (!other) return null;
  const main = { title: learning.title, body: learning.body, application: learning.application };
  const version = (texts: LearningTexts, heading: string, id: string, modifier: string) => (
    <section class={`card stack stack--tight version ${modifier}`} aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{heading}</h3>
      <p><strong>{texts.title}</strong></p>
      <h4>{t('learnFieldBody')}</h4>
      <p class="long-text">{texts.body}</p>
      {texts.application && (<><h4>{t('learnFieldApplication')}</h4><p class="long-text">{texts.application}</p></>)}
    </section>
  );
  return (
    <section class="card stack conflict" aria-labelledby="conflict-title" data-testid="conflict-view">
      <h2 id="conflict-title">{t('learnConflictTitle')}</h2>
      <p>{t('learnConflictIntro')}</p>
      <div class="versions">
        {version(main, t('learnVersionMain'), 'version-a', '')}
        {version(other, t('learnVersionOther', { time: formatMoment(lang, other.at) }), 'version-b', 'version--other')}
      </div>
      <div class="row">
        <button type="button" class="button button--quiet" onClick={() => onChoose(main, other.at)}>{t('learnUseVersion', { v: 'A' })}</button>
        <button type="button" class="button button--quiet" onClick={() => onChoose(other, other.at)}>{t('learnUseVersion', { v: 'B' })}</button>
        <button type="button" class="button" onClick={() => onChoose(mergeTexts(main, other), other.at)}>{t('learnMergeVersions')}</button>
      </div>
    </section>
  );
}
