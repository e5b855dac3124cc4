/** The fields a decision chain needs. */
export interface ChainLink {
  readonly id: string;
  readonly supersedes?: { readonly id: string } | null;
  readonly supersededBy?: { readonly id: string } | null;
}

/**
 * Groups decisions into chains: each chain starts with the decision in force (superseded by none)
 * followed by the ones it replaced, newest first. Chains keep the order of their heads in the input.
 * A decision whose successor is missing from the list (or a cycle) still appears, as its own head.
 */
export function decisionChains<D extends ChainLink>(decisions: readonly D[]): D[][] {
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  const placed = new Set<string>();
  const chains: D[][] = [];
  const walk = (head: D) => {
    const chain: D[] = [];
    let current: D | undefined = head;
    while (current && !placed.has(current.id)) {
      placed.add(current.id);
      chain.push(current);
      current = current.supersedes ? byId.get(current.supersedes.id) : undefined;
    }
    chains.push(chain);
  };
  for (const decision of decisions) {
    if (!placed.has(decision.id) && (!decision.supersededBy || !byId.has(decision.supersededBy.id)))
      walk(decision);
  }
  for (const decision of decisions) if (!placed.has(decision.id)) walk(decision);
  return chains;
}
