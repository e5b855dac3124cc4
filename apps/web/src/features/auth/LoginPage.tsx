import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { problemMessageKeys } from '../../lib/errorMessage';
import { firstProblem, isThrottled } from '../../lib/errors';
import { Field } from '../../ui/Field';
import { LoginDocument } from './documents';
import { redirectTarget } from './redirect';
import { getSessionEnd, startSession, useToken } from './session';

interface FieldErrors {
  readonly email?: MessageKey;
  readonly password?: MessageKey;
}

/** Wrong password and unknown email answer alike (UNAUTHENTICATED); throttling has its own text. */
function useLoginErrorText(): (error: unknown) => string {
  const { t, plural } = useT();
  return (error) => {
    const problem = firstProblem(error);
    if (isThrottled(problem)) {
      const seconds = problem?.retryAfterSeconds;
      return seconds === undefined
        ? t('auth.login.throttled')
        : plural('auth.login.throttledFor', Math.max(1, Math.ceil(seconds / 60)));
    }
    const code = problem?.code ?? 'UNKNOWN';
    return code === 'UNAUTHENTICATED' ? t('auth.login.invalid') : t(problemMessageKeys[code]);
  };
}

export function LoginPage() {
  const { t } = useT();
  const loginErrorText = useLoginErrorText();
  const token = useToken();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [login, { loading, error, reset }] = useMutation(LoginDocument);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [expired] = useState(() => getSessionEnd() === 'expired');
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (token) return <Navigate to={redirectTarget(location.state)} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors: FieldErrors = {
      ...(email ? {} : { email: 'auth.login.emailRequired' }),
      ...(password ? {} : { password: 'auth.login.passwordRequired' }),
    };
    setFieldErrors(errors);
    reset();
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    try {
      const result = await login({ variables: { email, password } });
      const payload = result.data?.login;
      if (!payload) return;
      await client.clearStore();
      startSession(payload.token);
      navigate(redirectTarget(location.state), { replace: true });
    } catch {
      // The error is rendered from the mutation state below.
      passwordRef.current?.select();
    }
  }

  return (
    <div className="auth-card">
      <title>{`${t('auth.login.title')} · ${t('app.name')}`}</title>
      <h1>{t('auth.login.title')}</h1>
      <p className="lead">{t('auth.login.intro')}</p>
      {expired && !error && (
        <div className="notice notice--info" role="status">
          <p>{t('auth.sessionExpired')}</p>
        </div>
      )}
      {error && (
        <div className="notice notice--error" role="alert" id="login-error">
          <p>{loginErrorText(error)}</p>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="form">
        <Field label={t('auth.login.email')} error={fieldErrors.email && t(fieldErrors.email)} required>
          {(control) => (
            <input
              {...control}
              ref={emailRef}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
            />
          )}
        </Field>
        <Field
          label={t('auth.login.password')}
          error={fieldErrors.password && t(fieldErrors.password)}
          describedBy={error ? 'login-error' : undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
            />
          )}
        </Field>
        <button type="submit" className="button button--primary button--block" aria-disabled={loading}>
          {loading ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
      </form>
    </div>
  );
}
