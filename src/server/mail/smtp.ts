// Mail over SMTP with nodemailer (issue 22): `SMTP_URL` says where and how, as nodemailer
// reads it — `smtp://user:password@host:587` (STARTTLS when the server offers it) or
// `smtps://…:465` (TLS from the start). `MAIL_FROM` is the sender. A mail server that does
// not answer is given up on after 15 s, and the caller tries again later.
import nodemailer from 'nodemailer';
import type { MailTransport } from './transport';

const TIMEOUT_MS = 15_000;

export function smtpMailTransport(url: string, from: string): MailTransport {
  const transport = nodemailer.createTransport({ url, connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS });
  return {
    async send(mail) {
      await transport.sendMail({
        from, to: mail.to, subject: mail.subject, text: mail.text,
        ...(mail.html && { html: mail.html }), ...(mail.headers && { headers: mail.headers }),
      });
    },
  };
}
