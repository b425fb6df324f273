// "Mig": what to read (notices, with the fix for a refused change), my profile and my
// competences, installing the app, and the settings (language, sign out). All offline.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRouterState } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery, useNotices } from '../hooks';
import { getPerson, type Notice } from '../../store/queries';
import { isMutationName } from '../../../shared/protocol';
import { NoticeList, type NoticeFix } from '../components/notice-list';
import { InstallCard } from '../components/install-card';
import { ProfileForm } from './profile-form';
import { MyCompetences } from './my-competences';
import { MeSettings } from './me-settings';
import { CalendarFeedCard } from '../events/calendar-feed-card';
import { NotifyCard } from './notify-card';
import { MyUnitLink } from '../units/my-unit-link';
import { AdminLink } from '../admin/admin-link';
import { PrivacyLinks } from './privacy-links';
import { UnitNoticeDetail } from '../units/unit-notice-detail';
import { hasLearningActions, LearningNoticeDetail } from '../learning/notice-extras';
import { NetworkNoticeDetail } from '../networks/network-notice-detail';
import '../../../shared/i18n/sections/me';

export function MeScreen() {
  const t = useT();
  const runtime = useRuntime();
  const personId = runtime.personId;
  const me = useLiveQuery(() => (personId ? getPerson(runtime.store, personId) : undefined), [personId]);
  const pending = useLiveQuery(() => (personId ? runtime.store.isPending('person', personId) : false), [personId]);
  const { notices, dismiss } = useNotices();
  // A request from a notice to open "Tilføj kompetence" (counts up, so each one is seen).
  const [addRequest, setAddRequest] = useState(0);
  useScrollToHash(notices !== undefined);

  /** The action that fixes a refused change, where there is one. */
  const fixOf = (notice: Notice): NoticeFix | null => {
    if (hasLearningActions(notice) || notice.source !== 'rejected' || !isMutationName(notice.entry.name)) return null;
    const { name, args } = notice.entry;
    switch (name) {
      case 'competence.set':
        return { label: t('fixCompetence'), run: () => setAddRequest((n) => n + 1) };
      case 'profile.update':
        return {
          label: t('fixProfile'),
          run: () => document.querySelector<HTMLInputElement>('#profile input')?.focus(),
        };
      case 'competence.remove':
        return {
          label: t('retry'),
          run: async () => {
            await runtime.mutate(name, args as never);
            await dismiss(notice);
          },
        };
      default:
        return null;
    }
  };

  if (!personId) return null;
  return (
    <div class="stack">
      <h1>{t('meTitle')}</h1>
      <NoticeList fixOf={fixOf} detailOf={(notice) => <><LearningNoticeDetail notice={notice} /><UnitNoticeDetail notice={notice} /><NetworkNoticeDetail notice={notice} /></>} />
      {me ? <ProfileForm me={me} pending={pending ?? false} /> : <p class="muted">{t('loading')}</p>}
      <MyCompetences personId={personId} addRequest={addRequest} />
      <MyUnitLink unitId={me?.unitId} />
      <AdminLink roles={me?.roles} />
      <InstallCard />
      <NotifyCard />
      <CalendarFeedCard />
      <MeSettings />
      <PrivacyLinks />
    </div>
  );
}

/** A link to /mig#beskeder (or #installer) lands there once what it points at is shown. */
function useScrollToHash(ready: boolean) {
  const hash = useRouterState({ select: (s) => s.location.hash });
  const done = useRef('');
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    const target = document.getElementById(hash);
    if (!target) return;
    done.current = hash;
    target.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
}
