import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ManagerDocument } from '../../../src/domain/model/document';
import { SettingsPage } from '../../../src/features/settings/settings-page';
import { SignalsPage } from '../../../src/features/trust-signals/signals-page';
import { WhoSeesWhatPage } from '../../../src/features/who-sees-what/who-sees-what-page';
import { DATA_MAP } from '../../../src/domain/privacy/data-map';
import { AppFrame } from '../../../src/ui/app-frame';
import { documentStore } from '../../support/manager-document-fake';

function renderWithStore(ui: (saved: ManagerDocument, onSaved: (doc: ManagerDocument) => void) => React.ReactElement, store = documentStore()) {
  let saved = store.current();
  const view = render(<AppFrame locale="en" theme="default">{ui(saved, (doc) => (saved = doc))}</AppFrame>);
  const refresh = () => view.rerender(<AppFrame locale="en" theme="default">{ui(saved, (doc) => (saved = doc))}</AppFrame>);
  return { store, refresh };
}

jest.setTimeout(30_000);

describe('settings', () => {
  it('saves only what the form holds, keeps unknown fields, and asks for the group plan id before saving group mode', async () => {
    const store = documentStore({ ...documentStore().current(), settings: { language: null, planMode: 'pair', autoFollowUps: true, extraSubjectWords: [], futureField: 1 } });
    renderWithStore((saved, onSaved) => <SettingsPage locale="en" saved={saved} document={store.port()} onSaved={onSaved} />, store);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('radio', { name: 'One plan in a Microsoft 365 group' }));
    expect(screen.getByText(/Every member of the group can read and change/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: /Plan id of the group plan/ }), 'plan-42');
    await user.click(screen.getByRole('switch', { name: /automatically/ }));
    await user.type(screen.getByRole('textbox', { name: /Extra words/ }), 'check-in, weekly sync, check-in');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(store.current().settings).toEqual({ language: null, planMode: 'group', groupPlanId: 'plan-42', autoFollowUps: false, extraSubjectWords: ['check-in', 'weekly sync'], futureField: 1 });
  });

  it('keeps what was typed when the save fails', async () => {
    const store = documentStore();
    store.failNextWrites(1);
    renderWithStore((saved, onSaved) => <SettingsPage locale="en" saved={saved} document={store.port()} onSaved={onSaved} />, store);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('textbox', { name: /Extra words/ }), 'avstämning');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your settings were not saved. What you entered is still here.');
    expect(screen.getByRole('textbox', { name: /Extra words/ })).toHaveValue('avstämning');
  });
});

describe('trust signals', () => {
  it('records a check, shows it in the trend and names the practice to work on', async () => {
    const store = documentStore();
    const { refresh } = renderWithStore(
      (saved, onSaved) => <SignalsPage locale="en" report={{ id: 'u-alex', displayName: 'Alex Berg' }} today="2026-11-23" saved={saved} document={store.port()} onSaved={onSaved} />,
      store,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('checkbox', { name: 'An automatic “everything’s fine”.' }));
    await user.click(screen.getByRole('button', { name: 'Record this check' }));
    await screen.findByText('Check saved.');
    refresh();
    expect(store.current().reports['u-alex']?.signals).toEqual([{ date: '2026-11-23', high: [], warning: ['W2'] }]);
    expect(within(screen.getByRole('table', { name: 'Over time' })).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('Stand behind your team')).toBeInTheDocument();
    expect(screen.getByText('Because you noticed: An automatic “everything’s fine”.')).toBeInTheDocument();
  });
});

describe('who sees what', () => {
  it('has one row per kind of data in the data map, and says so plainly in group mode', () => {
    render(
      <AppFrame locale="sv" theme="default">
        <WhoSeesWhatPage locale="sv" planMode="group" />
      </AppFrame>,
    );
    expect(screen.getAllByRole('row')).toHaveLength(DATA_MAP.length + 1);
    expect(screen.getByText(/alla i gruppen kan läsa och ändra/)).toBeInTheDocument();
    const promises = screen.getByRole('row', { name: /Dina löften till medarbetaren/ });
    expect(within(promises).getByText('Alla medlemmar i gruppen')).toBeInTheDocument();
  });
});

