/**
 * What the sign-in dialog page (auth-dialog.html) sends back to the pane through the host's dialog, as JSON.
 * Only the access token travels; it stays in the pane's memory (never in localStorage).
 */
export type DialogMessage =
  | { v: 1; ok: true; accessToken: string; expiresOn: string | null }
  | { v: 1; ok: false; error: { errorCode: string; subError: string; errorMessage: string; errorNo?: string } };

export function parseDialogMessage(raw: string): DialogMessage {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error('the sign-in dialog sent something that is not JSON');
  }
  const message = value as Partial<DialogMessage> | null;
  if (!message || message.v !== 1) throw new Error('the sign-in dialog sent an unknown message');
  if (message.ok === true && typeof message.accessToken === 'string' && message.accessToken) return message as DialogMessage;
  if (message.ok === false && message.error && typeof message.error === 'object') return message as DialogMessage;
  throw new Error('the sign-in dialog sent an incomplete message');
}

export const DIALOG_PAGE = 'auth-dialog.html';
export const REDIRECT_PAGE = 'auth-redirect.html';
