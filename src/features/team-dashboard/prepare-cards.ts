import { subjectWordPreparations } from '../../domain/one-on-ones';
import { teamsDashboard } from '../../i18n/catalogues/teams-dashboard';
import type { Locale } from '../../i18n/locale';
import { messagePreparations } from '../../i18n/translate';
import { prepareCardDates } from './report-card';

/** Leaves this much of an idle period to the browser: a Graph answer that arrives is handled at once. */
const SPARE_MS = 2;

/**
 * Does the cards' one-time work while the page waits for Graph (the classifier's subject-word patterns, the cards'
 * ICU messages, their date formatter), a step at a time in the browser's idle periods, so the first render of the
 * cards does not pay for it (~30 ms at first use). Nothing changes but caches: a step not run yet runs at first use.
 * Returns a cancel function.
 */
export function prepareCardsWhenIdle(locale: Locale): () => void {
  const steps = [...subjectWordPreparations(), ...messagePreparations(teamsDashboard, locale), () => prepareCardDates(locale)];
  // Not in Safari, nor jsdom: a zero timeout then, one step at a time.
  const idle: ((callback: IdleRequestCallback) => number) | undefined = typeof requestIdleCallback === 'function' ? requestIdleCallback : undefined;
  let handle: ReturnType<typeof setTimeout> | number | undefined;
  let stopped = false;
  const run = (deadline?: IdleDeadline) => {
    do steps.shift()?.();
    while (!stopped && steps.length && deadline && deadline.timeRemaining() > SPARE_MS);
    if (!stopped && steps.length) handle = idle ? idle(run) : setTimeout(run, 0);
  };
  handle = idle ? idle(run) : setTimeout(run, 0);
  return () => {
    stopped = true;
    if (typeof handle === 'number' && idle) cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}
