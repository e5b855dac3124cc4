import { describe, expect, it } from 'vitest';
import { loadNamed, PageLoadError } from './lazyPage';

function ReportsPage() {
  return null;
}

describe('loadNamed', () => {
  it("hands over the page's named export as the default React.lazy expects", async () => {
    await expect(loadNamed(async () => ({ ReportsPage }), 'ReportsPage')).resolves.toEqual({
      default: ReportsPage,
    });
  });

  it('turns a failed download into a PageLoadError that keeps the cause', async () => {
    const offline = new TypeError('Failed to fetch dynamically imported module');
    const failed = loadNamed<'ReportsPage', { ReportsPage: typeof ReportsPage }>(
      () => Promise.reject(offline),
      'ReportsPage',
    );
    await expect(failed).rejects.toBeInstanceOf(PageLoadError);
    await expect(failed).rejects.toMatchObject({ cause: offline });
  });
});
