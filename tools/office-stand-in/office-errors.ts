/**
 * The Office errors the stand-in can raise, with Office's code, name and message (as Microsoft's "Office
 * Common API error codes" table gives them, as far as Outlook uses them; 9023's number is the stand-in's own: the
 * table has no row for Outlook's DuplicateNotificationKey). `failNext(api, code)` looks the code up here; an
 * unknown code still fails, with a generic name.
 */
export const OFFICE_ERRORS: Record<number, { name: string; message: string }> = {
  5000: { name: 'Settings Stale Error', message: 'The operation is not supported.' },
  5001: { name: 'Internal Error', message: 'An internal error has occurred.' },
  5002: { name: 'Permission Denied', message: 'The requested operation is not allowed on the current document mode.' },
  9020: { name: 'Generic Response Error', message: 'An internal error has occurred.' },
  9021: { name: 'Save Error', message: 'Connection error occurred while trying to save the item on the server.' },
  9023: { name: 'DuplicateNotificationKey', message: 'A notification with this key already exists.' },
  9041: { name: 'Network error', message: 'The user is no longer connected to the network. Please check your network connection and try again.' },
};

/** getItemIdAsync before the item was ever saved (the docs give the name; the code here is the stand-in's). */
export const ITEM_NOT_SAVED = { code: 9051, name: 'ItemNotSaved', message: "The ID can't be retrieved until the item is saved." };

/** Outlook processes at most 3 async calls of an add-in at a time; the stand-in fails the 4th (its own rule). */
export const TOO_MANY_CALLS = { code: 5001, name: 'Internal Error', message: 'Too many asynchronous calls are in progress (at most 3).' };

export const officeError = (code: number) => ({ code, ...(OFFICE_ERRORS[code] ?? { name: 'Error', message: `Office error ${code}.` }) });
