import type { ReactNode } from 'react';

/** The "add" button of a list, which also carries the list's own issue (none given, too many). */
export function ListAction({
  id,
  label,
  error,
  onClick,
}: {
  readonly id: string;
  readonly label: string;
  readonly error: ReactNode;
  readonly onClick: () => void;
}) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <div>
        <button
          type="button"
          id={id}
          className="button button--secondary"
          aria-describedby={error ? `${id}-error` : undefined}
          onClick={onClick}
        >
          + {label}
        </button>
      </div>
    </div>
  );
}
