import { compareDecimal, ONE_DECIMAL } from './decimal.js';
import type { IssueCollector } from './terms-fields.js';
import { isBlank, readDecimal, readMoney, readOption, requireValue } from './terms-fields.js';
import type { ParsedTranche, TermsContext, TrancheDraft } from './terms-types.js';
import type { TrancheKind } from './waterfall.js';

const TRANCHE_KINDS: readonly TrancheKind[] = ['INVESTMENT', 'GRANT'];
/** GraphQL Int is 32-bit signed. */
const MAX_SENIORITY = 2_147_483_647;

/** Validates one tranche; returns the parsed tranche, meaningful only when no issue was added. */
export function checkTranche(
  issues: IssueCollector,
  draft: TrancheDraft,
  path: string,
  context: TermsContext,
): ParsedTranche | null {
  const role = context.members.get(draft.organisationId);
  if (role === undefined) {
    issues.add(
      `${path}.organisationId`,
      'NOT_A_MEMBER',
      `${path}.organisationId is not a member of the partnership`,
    );
  }
  const fundId = isBlank(draft.fundId) ? null : draft.fundId;
  if (fundId !== null && !context.commissionerFundIds.has(fundId)) {
    issues.add(
      `${path}.fundId`,
      'INVALID_FUND',
      `${path}.fundId is not a fund of the commissioner's municipality`,
    );
  } else if (fundId !== null && role !== undefined && role !== 'COMMISSIONER') {
    // A municipal fund's money is the commissioner's: only the commissioner may hold its tranche.
    issues.add(
      `${path}.fundId`,
      'FUND_NOT_COMMISSIONER',
      `${path}.fundId may only be set on a tranche held by the commissioner`,
    );
  }

  const kind = readOption(issues, `${path}.kind`, draft.kind, TRANCHE_KINDS);
  if (!Number.isInteger(draft.seniority)) {
    issues.add(`${path}.seniority`, 'INVALID_FORMAT', `${path}.seniority must be a whole number`);
  } else if (draft.seniority < 1 || draft.seniority > MAX_SENIORITY) {
    issues.add(`${path}.seniority`, 'OUT_OF_RANGE', `${path}.seniority must be 1 or more`);
  }
  const commitment = requireValue(
    issues,
    `${path}.commitment`,
    readMoney(issues, `${path}.commitment`, draft.commitment),
    'for every tranche',
  );
  const premiumRate = requireValue(
    issues,
    `${path}.premiumRate`,
    readDecimal(issues, `${path}.premiumRate`, draft.premiumRate),
    'for every tranche (0 for none)',
  );
  if (premiumRate !== null && compareDecimal(premiumRate, ONE_DECIMAL) > 0) {
    issues.add(`${path}.premiumRate`, 'OUT_OF_RANGE', `${path}.premiumRate must be between 0 and 1`);
  }
  if (kind === 'GRANT' && premiumRate !== null && premiumRate.units !== 0n) {
    issues.add(`${path}.premiumRate`, 'GRANT_WITH_PREMIUM', `${path}.premiumRate must be 0 for a GRANT`);
  }
  if (kind === null || commitment === null || premiumRate === null) return null;
  return {
    organisationId: draft.organisationId,
    fundId,
    kind,
    seniority: draft.seniority,
    commitment,
    premiumRate,
  };
}
