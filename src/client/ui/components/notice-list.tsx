// "Beskeder" on Mig: what the user should read, newest first. A change the server refused
// says what and why, with the action that fixes it where there is one; every notice can be
// dismissed. Kinds and their words: client/notices/notice-kinds.ts.
import type { ComponentChildren } from 'preact';
import { useLang, useRuntime, useT } from '../context';
import { useNotices } from '../hooks';
import type { Notice } from '../../store/queries';
import { describeMutation } from '../describe-mutation';
import { isNoticeKind, noticeKinds } from '../../notices/notice-kinds';
import { formatMoment } from '../../../shared/i18n/dates';
import '../../../shared/i18n/sections/me';

export interface NoticeFix { label: string; run(): void | Promise<void> }

/** `detailOf`: more a section shows in a notice (the reflection's prompts, a refused text to copy). */
export function NoticeList({ fixOf, detailOf }: { fixOf(notice: Notice): NoticeFix | null; detailOf?(notice: Notice): ComponentChildren }) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const { notices, dismiss } = useNotices();
  if (!notices || notices.length === 0) return null;

  const titleOf = (notice: Notice): string => {
    if (notice.source === 'rejected') return describeMutation(runtime.store, notice.entry, t);
    const { kind, vars } = notice.entry;
    return isNoticeKind(kind) ? t(noticeKinds[kind].title, vars) : t('noticeOther');
  };

  return (
    <section id="beskeder" class="card stack" aria-labelledby="notices-title" data-testid="notices">
      <h2 id="notices-title">{t('noticesTitle')}</h2>
      <ul class="plain-list notice-list">
        {notices.map((notice) => {
          const title = titleOf(notice);
          const fix = fixOf(notice);
          return (
            <li key={notice.id} class={`notice-item notice-item--${notice.source}`} data-notice-id={notice.id}>
              {notice.source === 'rejected' && <p class="notice-item__tag">{t('navRejected')}</p>}
              <p class="notice-item__title">{title}</p>
              {notice.source === 'rejected' && notice.entry.message && <p>{notice.entry.message}</p>}
              <p class="muted notice-item__time">{formatMoment(lang, notice.at)}</p>
              {detailOf?.(notice)}
              <div class="row">
                {fix && <button type="button" class="button" onClick={() => void fix.run()}>{fix.label}</button>}
                <button type="button" class="button button--quiet" aria-label={t('dismissNamed', { name: title })}
                  onClick={() => void dismiss(notice)}>{t('dismiss')}</button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
