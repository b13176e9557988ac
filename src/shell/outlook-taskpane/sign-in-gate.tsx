import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { InteractiveTokenProvider } from '../../adapters/auth';
import type { Locale } from '../../i18n/locale';
import { GRAPH_SCOPES } from '../../ports/auth';
import { SignInError } from '../../ports/errors';

/** Only a pane that cannot sign in silently shows it: its catalogue (three languages) and MessageBar load then. */
const SignInNotice = lazy(() => import('../common/sign-in-notice').then((m) => ({ default: m.SignInNotice })));

/**
 * For a surface that must render before Graph answers (the task pane: Outlook restarts a pane that hangs): the
 * children render at once, and a sign-in problem, found by one silent try in the background, is shown above them
 * with its next step. In the demo (`tokens` null) it is just the children.
 */
export function SignInGate({ tokens, locale, children }: { tokens: InteractiveTokenProvider | null; locale: Locale; children: ReactNode }) {
  const [problem, setProblem] = useState<SignInError | null>(null);
  const [attempt, setAttempt] = useState<{ n: number; interactive: boolean }>({ n: 0, interactive: false });
  useEffect(() => {
    if (!tokens) return;
    let live = true;
    const run = attempt.interactive ? tokens.signIn(GRAPH_SCOPES) : tokens.getToken(GRAPH_SCOPES);
    run.then(
      () => live && setProblem(null),
      (error: unknown) => live && setProblem(error instanceof SignInError ? error : null),
    );
    return () => {
      live = false;
    };
  }, [tokens, attempt]);
  return (
    <>
      {problem && (
        <Suspense fallback={null}>
          <SignInNotice
            error={problem}
            locale={locale}
            onSignIn={() => setAttempt((a) => ({ n: a.n + 1, interactive: true }))}
            onRetry={() => setAttempt((a) => ({ n: a.n + 1, interactive: false }))}
          />
        </Suspense>
      )}
      {children}
    </>
  );
}
