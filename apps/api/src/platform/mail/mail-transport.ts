/** The mail transport of this process (SMTP, or the local capture), for any area that sends mail. */
export const MAIL_TRANSPORT = Symbol('MailTransport');
