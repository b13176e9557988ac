import { HostError } from '../../ports/errors';
import type { AuthDialogPort, AuthHost } from '../../ports/auth';
import { officeCall } from './office-call';
import type { OfficeDialog, OfficeLike } from './office-shape';

/**
 * Office's dialog (displayDialogAsync, DialogApi 1.1) as the AuthDialogPort: resolves with the first message the
 * page sends (`Office.context.ui.messageParent`), rejects with HostError carrying Office's code when the dialog
 * cannot open (12009 blocked, 12011 …) or the user closes it (12006).
 */
export function createOfficeDialog(office: OfficeLike): AuthDialogPort {
  return {
    async open(url) {
      const ui = office.context.ui;
      if (!ui || !office.EventType || !office.context.requirements.isSetSupported('DialogApi', '1.1')) {
        throw new HostError('host-unsupported', 'ui.displayDialogAsync', null, 'needs DialogApi 1.1');
      }
      const events = office.EventType;
      const dialog = await officeCall<OfficeDialog>(office, 'ui.displayDialogAsync', (done) => ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, done));
      return new Promise<string>((resolve, reject) => {
        dialog.addEventHandler(events.DialogMessageReceived, (arg) => {
          dialog.close();
          resolve(arg.message ?? '');
        });
        dialog.addEventHandler(events.DialogEventReceived, (arg) => {
          reject(new HostError('host', 'ui.displayDialogAsync', arg.error ?? null, 'the dialog closed before signing in'));
        });
      });
    },
  };
}

/** What the auth adapter needs to know about Outlook: nested app auth where NestedAppAuth 1.1 exists, else the dialog. */
export function outlookAuthHost(office: OfficeLike): AuthHost {
  return {
    kind: 'outlook',
    supportsNestedAppAuth: () => office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
    dialog: createOfficeDialog(office),
  };
}
