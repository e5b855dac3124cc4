import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { hasCode } from '../../lib/errors';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { TermsEditorDocument } from './documents';
import { TermsEditor } from './TermsEditor';
import './terms.css';

export function TermsEditorPage() {
  const { t } = useT();
  const { id = '' } = useParams();
  // Always fresh: the editor is pre-filled from the terms in force or the pending proposal.
  const { data, error, refetch } = useQuery(TermsEditorDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const partnership = data?.partnership;

  if (data?.partnership === null || hasCode(error, 'NOT_FOUND')) {
    return (
      <>
        <h1>{t('partnership.notFound.title')}</h1>
        <ErrorAlert code="NOT_FOUND" />
      </>
    );
  }
  if (error && !partnership) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!partnership || !data) return <Loading />;
  if (!partnership.abilities.proposeTerms) {
    return (
      <>
        <p className="breadcrumb">
          <Link to={`/partnerships/${encodeURIComponent(partnership.id)}`}>
            ← {t('terms.editor.back', { title: partnership.title })}
          </Link>
        </p>
        <h1>{t('terms.editor.titleNew')}</h1>
        <div className="notice notice--error" role="alert">
          <p>{t('terms.editor.notAllowed')}</p>
        </div>
      </>
    );
  }
  return <TermsEditor partnership={partnership} funds={data.funds} />;
}
