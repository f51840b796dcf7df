// The facts the first screen is decided from (domain/firstScreen.ts), gathered with as few reads
// as the decision needs: the user's departments and groups (read for the dashboard anyway), the
// waiting tasks only for members of a deciding group, the user profile only when nothing before
// it decides, and the department's agreements for the year. Loaded in its own chunk, only when
// the page is opened without a route.
import type { SPFI } from '@pnp/sp';
import {
  decideFirstScreen,
  firstScreenYear,
  matchProfileDepartment,
  mayLandOnTasks,
  needsProfile,
  type Department,
  type FirstScreenReason,
  type GroupKey,
  type StageConfiguration
} from '../../domain';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { isDataError } from '../../data/errors/DataError';
import { profileDepartment } from '../../data/repositories/userProfileRepository';

// Re-exported: the integration test reads the profile through the service's module.
export { profileDepartment };

export type FirstScreenRoute =
  | { view: 'afdeling'; departmentId: number; year: number; reason: FirstScreenReason }
  | { view: 'opgaver' }
  | { view: 'overblik' }
  | { view: 'chooser'; departments: Department[] };

export interface FirstScreenInput {
  configuredDepartmentId?: number;
  lastViewedDepartmentId?: number;
  /** The current year is taken from it (tests pass a fixed day). */
  today?: Date;
}

export interface FirstScreenServices {
  /** Where the user lands when the page is opened without a route. */
  decide(input: FirstScreenInput): Promise<FirstScreenRoute>;
}

export interface FirstScreenDeps {
  departments(): Promise<Department[]>;
  ownDepartmentIds(): Promise<number[]>;
  groups(): Promise<GroupKey[]>;
  taskCount(): Promise<number>;
}

export function createFirstScreenServices(sp: SPFI, config: StageConfiguration, deps: FirstScreenDeps): FirstScreenServices {
  const agreements = new AgreementRepository(sp, config);
  const departmentRepo = new DepartmentRepository(sp);
  return {
    async decide(input) {
      const [departments, ownDepartmentIds] = await Promise.all([deps.departments(), deps.ownDepartmentIds()]);
      // A leader or editor lands on their department whatever their groups: the membership (a
      // Graph read for Entra ID groups) is not waited for.
      const groups = ownDepartmentIds.length > 0 ? [] : await deps.groups().catch((): GroupKey[] => []);
      const known = { ownDepartmentIds, groups };
      // Something that cannot be read (the approvals) decides nothing: the next rule applies.
      const waitingTasks = mayLandOnTasks(known) ? await deps.taskCount().catch(() => undefined) : undefined;
      let profileDepartmentId: number | undefined;
      if (needsProfile({ ...known, waitingTasks })) {
        // A site provisioned before the Aliases column existed refuses to select it until the
        // provisioning runs again: then the names alone are matched.
        const [profile, named] = await Promise.all([profileDepartment(sp), departmentRepo.allWithAliases().catch(() => departments)]);
        profileDepartmentId = matchProfileDepartment(profile, named);
      }
      const choice = decideFirstScreen({
        ...known,
        waitingTasks,
        profileDepartmentId,
        lastViewedDepartmentId: input.lastViewedDepartmentId,
        configuredDepartmentId: input.configuredDepartmentId,
        departmentIds: departments.map((d) => d.id)
      });
      const thisYear = (input.today ?? new Date()).getFullYear();
      switch (choice.view) {
        case 'afdeling': {
          const spans = await agreements.ofDepartment(choice.departmentId).catch((e: unknown) => {
            if (isDataError(e)) return [];
            throw e;
          });
          return { view: 'afdeling', departmentId: choice.departmentId, year: firstScreenYear(spans, thisYear), reason: choice.reason };
        }
        case 'chooser':
          return { view: 'chooser', departments: departments.filter((d) => d.active) };
        default:
          return { view: choice.view };
      }
    }
  };
}
