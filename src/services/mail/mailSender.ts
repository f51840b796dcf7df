// One way out for every e-mail of the product: Microsoft Graph's POST /me/sendMail, sent as the
// signed-in user, through the GraphClient the host hands in (the web part: SPFx's MSGraphClientV3;
// the dev host and tests: the emulator's Graph-compatible endpoint). SharePoint's
// SP.Utilities.Utility.SendEmail was retired on 31 October 2025 (pnp/pnpjs#3195: "please start
// using Graph for sending emails"; pnp/cli-microsoft365#6576).
//
// send() never throws: a mail is a side effect of a decision or a reminder run that has already
// been stored, so its outcome is reported per recipient and the caller carries on. Throttling
// (429/503/504 with Retry-After; Exchange allows about 30 messages a minute per mailbox) is retried
// inside MSGraphClientV3 by the Graph SDK's RetryHandler (three retries by default,
// @microsoft/microsoft-graph-client src/middleware/RetryHandler.ts); what still fails is reported.
import type { MailFailure, MailFailureReason } from '../../domain/mail';
import { isGraphError, type GraphClient } from '../../data/graph/graphClient';

export interface MailMessage {
  to: string[];
  subject: string;
  /** HTML; every value in it is escaped by the composer. */
  html: string;
}

export type MailSendResult = { ok: true } | { ok: false; reason: Exclude<MailFailureReason, 'noAddress' | 'emptyGroup'>; detail: string };

export interface MailSender {
  send(message: MailMessage): Promise<MailSendResult>;
}

/** The Graph body of user: sendMail (learn.microsoft.com/graph/api/user-sendmail): message with
 * subject, body {contentType, content} and toRecipients [{emailAddress: {address}}]; saveToSentItems
 * keeps a copy in the sender's Sent Items, so the sender can see what went out in their name. */
export function sendMailBody(message: MailMessage): unknown {
  return {
    message: {
      subject: message.subject,
      body: { contentType: 'HTML', content: message.html },
      toRecipients: message.to.map((address) => ({ emailAddress: { address } }))
    },
    saveToSentItems: true
  };
}

/** Why Graph refused, as a reason code. Graph answers 403 ErrorAccessDenied ("Access is denied.
 * Check credentials and try again.", e.g. Azure/azure-cli#28628) when the token lacks Mail.Send;
 * in SPFx the token request itself fails with AADSTS65001 ("The user or administrator has not
 * consented to use the application", SharePoint/sp-dev-docs#9715) while the tenant has not
 * approved the package's webApiPermissionRequests. Both mean: IT must approve Mail.Send. */
export function failureOf(error: unknown): Extract<MailSendResult, { ok: false }> {
  const message = error instanceof Error ? error.message : String(error);
  if ((isGraphError(error) && (error.status === 403 || error.code === 'ErrorAccessDenied')) || /AADSTS65001/.test(message)) {
    return { ok: false, reason: 'notGranted', detail: message };
  }
  return { ok: false, reason: 'failed', detail: message };
}

export function createGraphMailSender(graph: GraphClient): MailSender {
  return {
    async send(message) {
      if (message.to.length === 0) return { ok: true };
      try {
        await graph.post('/me/sendMail', sendMailBody(message));
        return { ok: true };
      } catch (error) {
        return failureOf(error);
      }
    }
  };
}

/** One failure per address of a message that was not sent. */
export function failuresFor(to: readonly string[], result: MailSendResult): MailFailure[] {
  return result.ok ? [] : to.map((recipient) => ({ recipient, reason: result.reason, detail: result.detail }));
}
