import type { ReactNode } from 'react';
import type { TermsEditorQuery } from '../../gql/graphql';

export type EditorPartnership = NonNullable<TermsEditorQuery['partnership']>;
export type EditorFund = TermsEditorQuery['funds'][number];

/** The message beside a control, if it has one to show. */
export type ErrorAt = (path: string, value?: string) => ReactNode;

/** What every metric or tranche row of the editor receives. */
export interface RowProps<T> {
  readonly index: number;
  readonly canRemove: boolean;
  readonly errorAt: ErrorAt;
  readonly touch: (path: string) => void;
  readonly onChange: (patch: Partial<T>) => void;
  readonly onRemove: () => void;
}
