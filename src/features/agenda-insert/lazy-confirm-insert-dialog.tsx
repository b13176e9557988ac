import { lazy, Suspense, useState } from 'react';
import { common } from '../../i18n/catalogues/common';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { ProgressLine } from '../../ui/lazy-status';

const ConfirmInsertDialog = lazy(() => import('./confirm-insert-dialog').then((m) => ({ default: m.ConfirmInsertDialog })));

interface Props {
  locale: Locale;
  open: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * The confirm dialog (Fluent's Dialog and its motion, a large share of the pane's script) is rarely needed: its code
 * loads the first time it opens, then it stays mounted so it closes like any dialog.
 */
export function LazyConfirmInsertDialog(props: Props) {
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={<ProgressLine label={translator(common, props.locale)('loading')} />}>
      <ConfirmInsertDialog {...props} />
    </Suspense>
  );
}
