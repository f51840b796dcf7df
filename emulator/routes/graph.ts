// The Microsoft Graph subset the product uses, on the emulator's origin under /v1.0 (the dev host
// proxies it; tests call it directly): POST /v1.0/me/sendMail. The user is named as for SharePoint
// requests (X-Emulator-User header or emulator-user cookie). Mails land in the persisted outbox
// that tests and the dev host's "Udbakke" read through /_emulator/outbox (outside Graph's namespace).
//
// What Graph answers, and where that is recorded:
// - 202 Accepted with no body on success (learn.microsoft.com/graph/api/user-sendmail, "Response").
// - Errors as { error: { code, message, innerError: { date, request-id, client-request-id } } }
//   (e.g. microsoftgraph/ruby-connect-rest-sample#15).
// - 403 ErrorAccessDenied "Access is denied. Check credentials and try again." when the token has
//   no Mail.Send (Azure/azure-cli#28628, microsoftgraph/aspnetcore-connect-sample#37): here, when
//   the simulated tenant has not approved the package's Mail.Send request.
// - 400 BadRequest "Unable to read JSON request payload. …" for a body that is not JSON
//   (microsoftgraph/nodejs-connect-rest-sample#53).
// - 400 RequestBodyRead for a value of the wrong type or a property the type does not define
//   (motze92/office365-mail#28: "Cannot convert the literal '0' to the expected type 'Edm.String'.").
// - 400 ErrorInvalidRecipients "At least one recipient isn't valid., A message can't be sent because
//   it contains no recipients." for a message without recipients, even for {"message":{}}
//   (microsoftgraph/php-connect-rest-sample#39, microsoftgraph/msgraph-sdk-dotnet#1891), and
//   "Recipient 'x' isn't resolved." for an address that is not one (ruby-connect-rest-sample#15).
// - 403 ErrorSendAsDenied when from/sender names another mailbox the user may not send as
//   (DeskDirector/UserVoice#379): the sender is always the signed-in user, never a value the
//   client writes; the emulator knows no send-as grants.
import { randomUUID } from 'node:crypto';
import { nowIso, plainLogin, type EmMail } from '../model';
import type { Store } from '../store';

export interface GraphRequest {
  method: string;
  /** The path after /v1.0, e.g. /me/sendMail. */
  path: string;
  login: string | undefined;
  body: string;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

class GraphFailure extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string
  ) {
    super(message);
  }
}

const MESSAGE_PROPERTIES = new Set([
  'subject',
  'body',
  'torecipients',
  'ccrecipients',
  'bccrecipients',
  'replyto',
  'importance',
  'from',
  'sender',
  'attachments',
  'internetmessageheaders'
]);
const NO_RECIPIENTS = "At least one recipient isn't valid., A message can't be sent because it contains no recipients.";
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const unknownProperty = (name: string, type: string): GraphFailure =>
  new GraphFailure(
    400,
    'RequestBodyRead',
    `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`
  );
const wrongType = (value: unknown, type: string): GraphFailure =>
  new GraphFailure(
    400,
    'RequestBodyRead',
    `Cannot convert the literal '${typeof value === 'string' ? value : JSON.stringify(value)}' to the expected type '${type}'.`
  );

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function addresses(value: unknown, property: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw wrongType(value, 'Collection(microsoft.graph.recipient)');
  return value.map((r) => {
    const address = isObject(r) && isObject(r.emailAddress) ? r.emailAddress.address : undefined;
    if (typeof address !== 'string')
      throw new GraphFailure(400, 'RequestBodyRead', `An unexpected value was found in '${property}': each recipient needs emailAddress.address.`);
    if (!ADDRESS.test(address.trim())) {
      throw new GraphFailure(
        400,
        'ErrorInvalidRecipients',
        `At least one recipient isn't valid., Recipient '${address}' isn't resolved. All recipients must be resolved before a message can be submitted.`
      );
    }
    return address.trim().toLowerCase();
  });
}

/** The body of POST /me/sendMail, checked as Graph checks it; the mail to store. */
export function parseSendMail(raw: string, from: string): EmMail {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new GraphFailure(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'
    );
  }
  if (!isObject(json))
    throw new GraphFailure(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'
    );
  let saveToSentItems = true;
  for (const [key, value] of Object.entries(json)) {
    if (key.toLowerCase() === 'savetosentitems') {
      if (typeof value !== 'boolean') throw wrongType(value, 'Edm.Boolean');
      saveToSentItems = value;
    } else if (key !== 'message') throw unknownProperty(key, 'microsoft.graph.sendMail');
  }
  const message = json.message ?? {};
  if (!isObject(message)) throw wrongType(message, 'microsoft.graph.message');
  for (const key of Object.keys(message)) if (!MESSAGE_PROPERTIES.has(key.toLowerCase())) throw unknownProperty(key, 'microsoft.graph.message');
  const subject = message.subject ?? '';
  if (typeof subject !== 'string') throw wrongType(subject, 'Edm.String');
  const body = message.body ?? { contentType: 'Text', content: '' };
  if (!isObject(body)) throw wrongType(body, 'microsoft.graph.itemBody');
  const contentType = String(body.contentType ?? 'Text').toLowerCase() === 'html' ? 'HTML' : 'Text';
  if (body.contentType !== undefined && !['html', 'text'].includes(String(body.contentType).toLowerCase()))
    throw wrongType(body.contentType, 'microsoft.graph.bodyType');
  if (body.content !== undefined && typeof body.content !== 'string') throw wrongType(body.content, 'Edm.String');
  for (const key of ['from', 'sender']) {
    const named = addresses(message[key] === undefined ? undefined : [message[key]], key);
    if (named.some((a) => a !== from)) {
      throw new GraphFailure(
        403,
        'ErrorSendAsDenied',
        'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.'
      );
    }
  }
  const to = addresses(message.toRecipients, 'toRecipients');
  const cc = addresses(message.ccRecipients, 'ccRecipients');
  const bcc = addresses(message.bccRecipients, 'bccRecipients');
  if (to.length + cc.length + bcc.length === 0) throw new GraphFailure(400, 'ErrorInvalidRecipients', NO_RECIPIENTS);
  return { id: randomUUID(), from, to, cc, subject, contentType, body: typeof body.content === 'string' ? body.content : '', saveToSentItems, at: nowIso() };
}

function errorResponse(failure: GraphFailure, requestId: string): GraphResponse {
  const body = {
    error: {
      code: failure.code,
      message: failure.message,
      innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': requestId, 'client-request-id': requestId }
    }
  };
  return { status: failure.status, headers: { 'content-type': 'application/json', 'request-id': requestId }, body: JSON.stringify(body) };
}

export function handleGraph(req: GraphRequest, store: Store): GraphResponse {
  const requestId = randomUUID();
  try {
    if (!req.login) throw new GraphFailure(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const path = req.path.replace(/\/+$/, '').toLowerCase();
    if (path === '/me/sendmail') {
      if (req.method !== 'POST') throw new GraphFailure(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
      // Authorization comes before the body is read: without Mail.Send every body is refused alike.
      if (!store.tenant.mailSendGranted) throw new GraphFailure(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      store.putMail(parseSendMail(req.body, plainLogin(req.login)));
      store.commit();
      return { status: 202, headers: { 'request-id': requestId } };
    }
    throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${req.path.split('/').filter(Boolean).pop() ?? ''}'.`);
  } catch (error) {
    if (error instanceof GraphFailure) return errorResponse(error, requestId);
    throw error;
  }
}
