import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * auth-redirect.html: MSAL v5's redirect bridge hands the sign-in response to the window that started the sign-in
 * (a popup's opener, or the dialog page after its redirect). Only MSAL's small bridge module loads here.
 */
export const handOverSignInResponse = (): Promise<void> => broadcastResponseToMainFrame();
