// An admin's change, said honestly where it was made: "Sender …", then "Gemt på serveren"
// or the server's refusal in its own words (no trip to Mig to find out), or, with no
// connection, "Gemt på telefonen – sendes, når der er forbindelse".
import '../../../shared/i18n/sections/admin';
import { useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import type { MutationArgs, MutationName } from '../../../shared/protocol';

export interface AdminSaid { text: string; refused: boolean }

export function useAdminSave() {
  const t = useT();
  const runtime = useRuntime();
  const [said, setSaid] = useState<AdminSaid | null>(null);

  async function save<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<boolean> {
    setSaid({ text: t('adminSending'), refused: false });
    const id = await runtime.mutate(name, args);
    // The change is queued; this sync sends it (or joins the one already under way).
    const outcome = await runtime.engine.sync();
    const refusal = await runtime.store.idb.get('rejected', id);
    if (refusal) {
      setSaid({ text: t('adminRefused', { message: refusal.message }), refused: true });
      return false;
    }
    const stillQueued = (await runtime.store.idb.get('outbox', id)) !== undefined;
    setSaid({ text: outcome === 'done' && !stillQueued ? t('adminSaved') : t('peopleSavedOffline'), refused: false });
    return true;
  }

  return { said, save, clear: () => setSaid(null) };
}

export type AdminSave = ReturnType<typeof useAdminSave>['save'];

/** What became of the last change: a status line, or an alert when the server refused it. */
export function AdminSaidLine({ said }: { said: AdminSaid | null }) {
  if (!said) return null;
  return <p class="card" role={said.refused ? 'alert' : 'status'} data-testid="admin-said">{said.text}</p>;
}
