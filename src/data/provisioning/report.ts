// What provisioning did, step by step, for the site-owner UI, the CLI and the tests.

export type ProvisioningTargetKind = 'group' | 'roleDefinition' | 'list' | 'field' | 'index' | 'view' | 'permission' | 'folder' | 'values';

export type ProvisioningAction = 'created' | 'updated' | 'removed' | 'unchanged';

export interface ProvisioningStep {
  kind: ProvisioningTargetKind;
  /** e.g. "Goals", "Goals/Stage", "Goals: Alle mål", "ApprovalLog: Udviklingsaftaler - Godkendere". */
  target: string;
  action: ProvisioningAction;
  detail?: string;
}

export interface ProvisioningReport {
  steps: ProvisioningStep[];
  /** True when anything was created, updated or removed; false on a repeated run. */
  changed: boolean;
  /** The steps that changed something. */
  changes: ProvisioningStep[];
}

export type ProgressCallback = (step: ProvisioningStep) => void;

/** A failed SharePoint call during provisioning, naming the step it was taking. */
export class ProvisioningError extends Error {
  public readonly step: string;
  public readonly cause: unknown;
  public constructor(step: string, cause: unknown) {
    super(`Opsætningen fejlede ved "${step}": ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ProvisioningError';
    this.step = step;
    this.cause = cause;
  }
}

/** Collects steps and forwards each to the progress callback as it happens. */
export class StepRecorder {
  public readonly steps: ProvisioningStep[] = [];
  public constructor(private readonly onProgress?: ProgressCallback) {}

  public record(step: ProvisioningStep): void {
    this.steps.push(step);
    if (this.onProgress) {
      this.onProgress(step);
    }
  }

  public report(): ProvisioningReport {
    const changes = this.steps.filter((s) => s.action !== 'unchanged');
    return { steps: [...this.steps], changed: changes.length > 0, changes };
  }
}

/** Runs one SharePoint call (or a few) and turns a failure into a ProvisioningError. */
export async function attempt<T>(step: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProvisioningError) {
      throw error;
    }
    throw new ProvisioningError(step, error);
  }
}
