import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * A horizontally scrollable box for wide content such as tables on a phone. Only while its content
 * overflows does it become a focusable, named region, so keyboard users can scroll it and nobody
 * meets a pointless tab stop on a wide screen.
 */
export function ScrollRegion({
  labelledBy,
  children,
}: {
  readonly labelledBy: string;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="table-wrap"
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy } : {})}
    >
      {children}
    </div>
  );
}
