import type { TermsIssue } from '@effekt/engine';
import type { ReactNode } from 'react';
import type { I18n } from '../../i18n/I18nProvider';
import { problemDetail } from '../../lib/errors';
import { WithServerDetail } from '../../ui/ServerDetail';
import { issueMessageKey } from './issues';

/** The message beside a control: the browser's own check once the field was used, else the server's. */
export function fieldError({
  t,
  live,
  server,
  shown,
  path,
  value,
}: {
  readonly t: I18n['t'];
  readonly live: ReadonlyMap<string, TermsIssue>;
  readonly server: ReadonlyMap<string, TermsIssue>;
  /** Whether the browser's own check may speak for this path yet. */
  readonly shown: boolean;
  readonly path: string;
  readonly value?: string;
}): ReactNode {
  const issue = live.get(path);
  if (issue && shown) return t(issueMessageKey(issue, value));
  const fromServer = server.get(path);
  if (fromServer) {
    return (
      <WithServerDetail summary={t(issueMessageKey(fromServer, value))} detail={problemDetail(fromServer)} />
    );
  }
  return undefined;
}
