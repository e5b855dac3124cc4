import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { StatusMessage } from '../../ui/Feedback';

/** The version's content hash, to compare out of band, with a button to copy it. */
export function HashSection({ hash }: { readonly hash: string }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(hash);
      setCopied(true);
    } catch {
      // Without clipboard access the hash can still be selected: it is plain text.
      const element = document.getElementById('version-hash');
      if (element) window.getSelection()?.selectAllChildren(element);
    }
  }
  return (
    <section className="card" aria-labelledby="version-hash-title">
      <h2 id="version-hash-title">{t('terms.version.hash')}</h2>
      <p className="muted">{t('terms.version.hashHint')}</p>
      <div className="terms-hash">
        <code id="version-hash" className="terms-hash__value">
          {hash}
        </code>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('terms.version.copyHash')}
        </button>
      </div>
      <StatusMessage>{copied && t('terms.version.hashCopied')}</StatusMessage>
    </section>
  );
}
