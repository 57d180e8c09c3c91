/** Supervision settings of one tenant; null leaves the value to the tenants above. */
export interface OwnSupervisionSettings {
  feedbackDays: number | null;
  escalationIntervalDays: number | null;
}

export interface EffectiveSupervisionSettings {
  /** Days the addressee has for written feedback (many provinces: 30). */
  feedbackDays: number;
  /** Days past the feedback due date (or past a rejection) before a notice escalates. */
  escalationIntervalDays: number;
}

export const DEFAULT_SUPERVISION_SETTINGS: EffectiveSupervisionSettings = { feedbackDays: 30, escalationIntervalDays: 5 };

/**
 * The settings in force for a tenant, from its own and its ancestors' rows ordered from the root
 * down to the tenant: for each value, the nearest tenant that sets it wins, else the default.
 */
export function effectiveSettings(chain: readonly OwnSupervisionSettings[]): EffectiveSupervisionSettings {
  const nearest = <K extends keyof OwnSupervisionSettings>(key: K): number | null => chain.reduce<number | null>((found, row) => row[key] ?? found, null);
  return {
    feedbackDays: nearest('feedbackDays') ?? DEFAULT_SUPERVISION_SETTINGS.feedbackDays,
    escalationIntervalDays: nearest('escalationIntervalDays') ?? DEFAULT_SUPERVISION_SETTINGS.escalationIntervalDays,
  };
}

/** A tenant's settings as its administrator sees them: those in force, its own values, and its row's version (0: none yet). */
export interface TenantSupervisionSettings extends EffectiveSupervisionSettings {
  ownFeedbackDays: number | null;
  ownEscalationIntervalDays: number | null;
  version: number;
}

/** The settings of the tenant at `tenantPath`, from the rows of its chain (root first). */
export function tenantSettings(
  chain: readonly (OwnSupervisionSettings & { tenantPath: string; version: number })[],
  tenantPath: string,
): TenantSupervisionSettings {
  const own = chain.find((row) => row.tenantPath === tenantPath);
  return {
    ...effectiveSettings(chain),
    ownFeedbackDays: own?.feedbackDays ?? null,
    ownEscalationIntervalDays: own?.escalationIntervalDays ?? null,
    version: own?.version ?? 0,
  };
}
