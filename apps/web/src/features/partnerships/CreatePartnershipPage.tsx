import { useMutation } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { fieldProblems } from '../../lib/errors';
import { ErrorAlert } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { WithServerDetail } from '../../ui/ServerDetail';
import { canCreatePartnership, useViewer } from '../auth/viewer';
import { CreatePartnershipDocument } from './documents';

type FormField = 'title' | 'challenge';
const requiredMessages: { readonly [F in FormField]: MessageKey } = {
  title: 'create.titleRequired',
  challenge: 'create.challengeRequired',
};
const invalidMessages: { readonly [F in FormField]: MessageKey } = {
  title: 'create.titleInvalid',
  challenge: 'create.challengeInvalid',
};

export function CreatePartnershipPage() {
  const { t } = useT();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [missing, setMissing] = useState<readonly FormField[]>([]);
  const refs = {
    title: useRef<HTMLInputElement>(null),
    challenge: useRef<HTMLTextAreaElement>(null),
  };
  const [create, { loading, error, reset }] = useMutation(CreatePartnershipDocument, {
    // Lists with any status filter may now be incomplete.
    update(cache) {
      cache.evict({ fieldName: 'partnerships' });
      cache.gc();
    },
  });

  const serverFields = fieldProblems(error);
  const fieldError = (field: FormField): ReactNode => {
    if (missing.includes(field)) return t(requiredMessages[field]);
    const detail = serverFields[field];
    return detail === undefined ? undefined : (
      <WithServerDetail summary={t(invalidMessages[field])} detail={detail} />
    );
  };
  const otherError = error && !serverFields.title && !serverFields.challenge ? error : undefined;

  if (!canCreatePartnership(viewer)) {
    return (
      <>
        <h1>{t('create.title')}</h1>
        <ErrorAlert code="FORBIDDEN" />
      </>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    const form = new FormData(event.currentTarget);
    const input = {
      title: String(form.get('title') ?? '').trim(),
      challenge: String(form.get('challenge') ?? '').trim(),
    };
    const empty = (['title', 'challenge'] as const).filter((field) => input[field] === '');
    setMissing(empty);
    const firstEmpty = empty[0];
    if (firstEmpty) {
      refs[firstEmpty].current?.focus();
      return;
    }
    try {
      const result = await create({ variables: { input } });
      const created = result.data?.createPartnership;
      if (created) {
        navigate(`/partnerships/${encodeURIComponent(created.id)}`, { state: { created: created.title } });
      }
    } catch (caught) {
      const invalid = fieldProblems(caught);
      if (invalid.title !== undefined) refs.title.current?.focus();
      else if (invalid.challenge !== undefined) refs.challenge.current?.focus();
    }
  }

  return (
    <>
      <title>{`${t('create.title')} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to="/">← {t('partnership.back')}</Link>
      </p>
      <h1>{t('create.title')}</h1>
      <p className="lead">{t('create.intro')}</p>
      <section className="card card--form">
        {otherError && <ErrorAlert error={otherError} />}
        <form className="form" onSubmit={onSubmit} noValidate>
          <Field
            label={t('create.fieldTitle')}
            hint={t('create.fieldTitleHint')}
            error={fieldError('title')}
            required
          >
            {(control) => <input {...control} ref={refs.title} name="title" type="text" autoComplete="off" />}
          </Field>
          <Field
            label={t('create.fieldChallenge')}
            hint={t('create.fieldChallengeHint')}
            error={fieldError('challenge')}
            required
          >
            {(control) => <textarea {...control} ref={refs.challenge} name="challenge" rows={6} />}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary" aria-disabled={loading}>
              {loading ? t('create.submitting') : t('create.submit')}
            </button>
            <Link to="/" className="button button--secondary">
              {t('create.cancel')}
            </Link>
          </div>
        </form>
      </section>
    </>
  );
}
