// A message as an e-mail (notifications/email.ts): the text and HTML parts carry the link
// and the settings' address; what a person typed (an event's title) is escaped in the HTML.
import { describe, expect, it } from 'vitest';
import { notificationMail } from '../../src/server/notifications/email';

const payload = { kind: 'seatOpened' as const, title: 'Du har fået en plads', body: 'Café <b>"om"</b> & demens, i morgen 10.00.', url: '/arrangementer/s1', tag: 'seat-s1' };

describe('notificationMail', () => {
  it('writes the text, the link, the settings and List-Unsubscribe, in Danish', () => {
    const mail = notificationMail(payload, 'anna@fjordby.example', 'https://videnbro.fjordby.dk', 'da');
    expect(mail).toMatchObject({ to: 'anna@fjordby.example', subject: 'Du har fået en plads', headers: { 'List-Unsubscribe': '<https://videnbro.fjordby.dk/mig#besked-til-mig>' } });
    expect(mail.text).toBe('Café <b>"om"</b> & demens, i morgen 10.00.\n\nÅbn i Videnbro: https://videnbro.fjordby.dk/arrangementer/s1\n\n'
      + 'Du får denne e-mail, fordi du ikke har slået beskeder til på en telefon.\nSkift, hvad du får besked om: https://videnbro.fjordby.dk/mig#besked-til-mig\n');
  });
  it('escapes what was typed in the HTML part', () => {
    const html = notificationMail(payload, 'anna@fjordby.example', 'https://videnbro.fjordby.dk', 'da').html!;
    expect(html).toContain('<p>Café &#60;b&#62;&#34;om&#34;&#60;/b&#62; &#38; demens, i morgen 10.00.</p>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<a href="https://videnbro.fjordby.dk/arrangementer/s1">Åbn i Videnbro</a>');
  });
  it('says in its footer why it comes as an e-mail', () => {
    const footer = (reason: Parameters<typeof notificationMail>[4]) => notificationMail(payload, 'a@b.dk', 'https://v.dk', 'da', reason).text.split('\n').at(-3);
    expect(footer('noPhone')).toBe('Du får denne e-mail, fordi du ikke har slået beskeder til på en telefon.');
    expect(footer('phonesGone')).toBe('Du får denne e-mail, fordi ingen af dine telefoner længere kan modtage beskeder fra Videnbro.');
    expect(footer('chosen')).toBe('Du får denne e-mail, fordi du har valgt e-mail for denne slags besked.');
    expect(footer('test')).toBe('Du får denne e-mail, fordi du bad om en prøvebesked.');
  });
  it('speaks English to one who chose it', () => {
    expect(notificationMail(payload, 'a@b.dk', 'https://v.dk', 'en').text).toContain('Open in Videnbro: https://v.dk/arrangementer/s1');
  });
});
