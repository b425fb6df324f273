// Mig → Mine data (issue 21, part 2): everything the server stores about me, read from
// GET /api/me/export and shown section by section, plus the learning drafts that live only
// on this phone; one button downloads it all as a JSON file. Online only: it says so.
import '../../../shared/i18n/sections/privacy';
import './my-data.css';
import { useEffect, useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useOffline } from '../hooks';
import { useDrafts } from '../learning/use-learnings';
import { DeleteAccount } from './delete-account';
import type { ReplyOf } from '../../sync/reply-schemas';
import type { MessageKey } from '../../../shared/i18n/messages';

type Row = Record<string, unknown>;
/** The export as read (its lists by kind), with this phone's drafts added. */
type MyData = Pick<ReplyOf<'myData'>, 'exportedAt' | 'person'> & Record<string, unknown>;

/** One row as a line of `name: value` pairs (lists and objects as JSON), the removed flag in words. */
function describeRow(row: Row, removedWord: string): string {
  return Object.entries(row)
    .filter(([key, value]) => key !== 'removed' && value !== null && value !== '')
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .concat(row.removed === true ? [removedWord] : [])
    .join(' · ');
}

export function MyDataScreen() {
  const t = useT();
  const runtime = useRuntime();
  const offline = useOffline();
  const [data, setData] = useState<MyData | null>(null);
  const [failed, setFailed] = useState(false);
  // Drafts live only on this phone: the server cannot tell of them, so they are added here.
  const drafts = useDrafts();
  const withDrafts: MyData | null = data && {
    ...data, deviceDrafts: (drafts ?? []).map((d) => ({ id: d.id, title: d.title, body: d.body, updatedAt: d.updatedAt })),
  };

  useEffect(() => {
    if (offline || data) return;
    void (async () => {
      const reply = await runtime.transport.myData();
      if (!reply.ok) { setFailed(true); return; }
      setFailed(false);
      setData(reply.value);
    })();
  }, [offline]);

  function download() {
    if (!withDrafts) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(withDrafts, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'videnbro-mine-data.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const sections = withDrafts ? Object.entries(withDrafts).filter((entry): entry is [string, Row[]] => Array.isArray(entry[1])) : [];
  return (
    <div class="stack">
      <h1>{t('myDataTitle')}</h1>
      <p>{t('myDataIntro')}</p>
      {offline && !data && <p class="card" role="status">{t('myDataOffline')}</p>}
      {failed && !offline && <p class="card" role="alert">{t('myDataFailed')}</p>}
      {!data && !offline && !failed && <p class="muted" role="status">{t('loading')}</p>}
      {data && (
        <>
          <button type="button" class="button" onClick={download}>{t('myDataDownload')}</button>
          <section class="card stack stack--tight" aria-labelledby="my-data-person">
            <h2 id="my-data-person">{t('myDataSection_person')}</h2>
            <p class="my-data-row">{describeRow(data.person, t('myDataRemoved'))}</p>
          </section>
          {typeof data.person.email === 'string' && <DeleteAccount email={data.person.email} offline={offline} />}
          {sections.map(([name, rows]) => (
            <section key={name} class="card stack stack--tight" aria-labelledby={`my-data-${name}`} data-testid={`my-data-${name}`}>
              <h2 id={`my-data-${name}`}>{t(`myDataSection_${name}` as MessageKey)} <span class="muted">({t.count('myDataCount', rows.length)})</span></h2>
              {rows.length === 0 ? <p class="muted">{t('myDataNone')}</p> : (
                <ul class="plain-list stack stack--tight">
                  {rows.map((row, i) => <li key={i} class="my-data-row">{describeRow(row, t('myDataRemoved'))}</li>)}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
