// A message as an e-mail (issue 22), for those without push on any phone or who chose it: Danish plain
// text and a simple HTML part, the app's link, and `List-Unsubscribe` pointing at the
// settings on Mig, where messages are turned off.
import type { PushPayload } from '../../shared/notifications/kinds';
import type { MessageKey, UiLang } from '../../shared/i18n/messages';
import { translate } from '../../shared/i18n/messages';
import type { Mail } from '../mail/transport';
import '../../shared/i18n/sections/notifications';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The settings' address: where a person turns messages off (the List-Unsubscribe target). */
const settingsUrl = (origin: string) => `${origin}/mig#besked-til-mig`;

/** Why this comes as an e-mail: said in the footer. */
export type MailReason = 'noPhone' | 'phonesGone' | 'chosen' | 'test';

const WHY: Record<MailReason, MessageKey> = { noPhone: 'mailWhy', phonesGone: 'mailWhyPhonesGone', chosen: 'mailWhyChosen', test: 'mailWhyTest' };

export function notificationMail(payload: PushPayload, to: string, origin: string, lang: UiLang, reason: MailReason = 'noPhone'): Mail {
  const link = `${origin}${payload.url}`;
  const settings = settingsUrl(origin);
  const open = translate(lang, 'mailOpenInApp');
  const why = translate(lang, WHY[reason]);
  const off = translate(lang, 'mailTurnOff');
  return {
    to,
    subject: payload.title,
    text: `${payload.body}\n\n${open}: ${link}\n\n${why}\n${off}: ${settings}\n`,
    html: `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5">`
      + `<p>${escapeHtml(payload.body)}</p>`
      + `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>`
      + `<p style="color:#555;font-size:90%">${escapeHtml(why)} <a href="${escapeHtml(settings)}">${escapeHtml(off)}</a></p>`
      + '</body></html>',
    headers: { 'List-Unsubscribe': `<${settings}>` },
  };
}
