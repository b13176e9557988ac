// Outlook function commands: composed in the Outlook add-in issue.
Office.onReady(() => undefined);
