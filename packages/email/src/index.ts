/** Transactional email: localized templates sent through SMTP with nodemailer. */
export { AccountMailer, type MailerConfig, type SendResult } from "./mailer";
export {
  renderAccountEmail,
  type AccountApp,
  type AccountEmail,
  type EmailLocale,
  type MemberInvitationRole,
  type PolicyChangedEmail,
} from "./templates";
export { renderInvitationReceivedEmail, type InvitationReceivedEmail } from "./invitation-received";
export { renderJobAlertEmail, type JobAlertEmail, type JobAlertJob } from "./job-alert";
export { renderSavedSearchAlertEmail, type SavedSearchAlertEmail } from "./saved-search-alert";
export {
  htmlOfText,
  unsubscribeFooter,
  unsubscribeMailbox,
  unsubscribeMailto,
  type Unsubscribe,
} from "./unsubscribe";
