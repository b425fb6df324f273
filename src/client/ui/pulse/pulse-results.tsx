// A pulse's results for the viewer's scopes side by side (issue 24): below the threshold
// only how many have answered; from it on, each characteristic's mean and "ved ikke" share
// per scope, as a table (what a screen reader reads) with a bar in each mean's cell.
import '../../../shared/i18n/sections/pulse';
import type { PulseResult, PulseScopeKind } from '../../../shared/entities';
import { formatNumber } from '../../../shared/i18n/plural';
import { perLang } from '../../../shared/i18n/locale';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useLang, useT } from '../context';
import { dloLabelKey } from '../units/dlo-label';

const SCOPE_WORD: Record<PulseScopeKind, MessageKey> = { unit: 'pulseScopeUnit', area: 'pulseScopeArea', municipality: 'pulseScopeMunicipality' };

const percent = (share: number) => Math.round(share * 100);
const oneDecimal = perLang((locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

export function PulseResults({ questions, results }: { questions: readonly number[]; results: PulseResult[] }) {
  const t = useT();
  const { lang } = useLang();
  const shown = results.filter((result) => result.shown && result.items);
  const mean = (value: number | null) => (value === null ? t('pulseNoMean') : oneDecimal(lang).format(value));
  return (
    <section class="card stack" aria-labelledby="pulse-results" data-testid="pulse-results">
      <h2 id="pulse-results">{t('pulseResultsTitle')}</h2>
      <ul class="plain-list">
        {results.map((result) => (
          <li key={result.id} data-scope={result.scopeKind}>
            <strong>{t(SCOPE_WORD[result.scopeKind])}: </strong>
            {t.count('pulseAnswered', result.answered, { total: formatNumber(lang, result.people), rate: percent(result.responseRate) })}
            {!result.shown && <> {t('pulseBelowThreshold')}</>}
          </li>
        ))}
      </ul>
      {shown.length > 0 && (
        <div>
          <table class="pulse-table" data-testid="pulse-table">
            <thead>
              <tr>
                <th scope="col">{t('pulseColumnQuestion')}</th>
                {shown.map((result) => <th key={result.id} scope="col">{t(SCOPE_WORD[result.scopeKind])}<br /><span class="muted hint">{t('pulseColumnMean')}</span></th>)}
              </tr>
            </thead>
            <tbody>
              {questions.map((dlo) => (
                <tr key={dlo} data-dlo={dlo}>
                  <th scope="row">{t(dloLabelKey(dlo))}</th>
                  {shown.map((result) => {
                    const item = result.items?.find((entry) => entry.dlo === dlo);
                    return (
                      <td key={result.id}>
                        <span class="pulse-mean">{mean(item?.mean ?? null)}</span>
                        {item?.mean != null && <span class="pulse-bar" aria-hidden="true" style={{ width: `${(item.mean / 5) * 100}%` }} />}
                        {item && item.dontKnow > 0 && <span class="muted hint"> · {t('pulseColumnDontKnow')} {percent(item.dontKnowShare)} %</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
