import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors/app-error.js';
import { ContractVersionStatus } from './contract-enums.js';
import { ContractVersion } from './contract-version.entity.js';
import { Metric } from './metric.entity.js';

export async function termsInForceOrFail(em: EntityManager, partnershipId: string): Promise<ContractVersion> {
  const version = await em.findOne(ContractVersion, {
    partnership: partnershipId,
    status: ContractVersionStatus.AGREED,
  });
  if (!version) throw AppError.conflict('The partnership has no agreed terms yet');
  return version;
}

export function metricsOf(em: EntityManager, versionId: string): Promise<Metric[]> {
  return em.find(Metric, { version: versionId }, { orderBy: { position: 'asc' } });
}
