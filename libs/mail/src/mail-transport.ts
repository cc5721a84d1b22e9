import { createTransport, Transporter } from 'nodemailer';
import { Env } from '@app/config';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** Null when SMTP_URL is unset: mail is then skipped and logged, and every mail feature still answers as usual. */
export type MailTransport = Transporter | null;

export function createMailTransport(env: Env): MailTransport {
  if (!env.SMTP_URL) return null;
  // One connection per send keeps a worker from holding a socket the SMTP server has long closed.
  return createTransport(env.SMTP_URL);
}
