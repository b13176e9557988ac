import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { outlookConfirmInsert } from '../../i18n/catalogues/outlook-confirm-insert';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';

/** Asked before a second agenda goes into an invite that already has one. */
export function ConfirmInsertDialog({ locale, open, onConfirm, onCancel }: { locale: Locale; open: boolean; onConfirm(): void; onCancel(): void }) {
  const t = translator(outlookConfirmInsert, locale);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('confirmTitle')}</DialogTitle>
          <DialogContent>{t('confirmBody')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('confirmInsert')}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
