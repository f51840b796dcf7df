// The site as the user meets it: who they are, which departments name them, what SharePoint lets
// them do (web and department folders), whether the lists are there, and setting them up.
import type { SPFI } from '@pnp/sp';
import { groupsOf, type Department } from '../domain';
import { SCHEMA } from '../data/schema';
import { GOALS } from '../data/repositories/mappers/goalMapper';
import { SiteRepository, type SiteUser } from '../data/repositories/siteRepository';
import { onFirstUse } from './onFirstUse';
import type { MembershipSnapshot } from './membership';
import type { AppServices, CurrentUser, UserPermissions } from './AppServices';

export type SiteServices = Pick<AppServices, 'siteSetup' | 'provisionLists' | 'syncDepartmentAccess' | 'currentUser' | 'permissions'>;

/** What the other services are wired with (createAppServices): the user's id, the departments
 * naming the user and the user's groups, each read once per page view. Not part of AppServices. */
export interface SiteFacts {
  userId(): Promise<number>;
  ownDepartmentIds(): Promise<number[]>;
  groups(): Promise<ReturnType<typeof groupsOf>>;
}

export interface SiteServicesContext {
  departments(): Promise<Department[]>;
  /** Forgets the cached departments (after the provisioning made the list). */
  departmentsChanged(): void;
  membership(): Promise<MembershipSnapshot>;
}

export function createSiteServices(sp: SPFI, ctx: SiteServicesContext): { services: SiteServices; facts: SiteFacts } {
  const site = new SiteRepository(sp);
  const { departments, membership } = ctx;
  // The current user changes rarely within a page view: read once, share the promise.
  let userPromise: Promise<SiteUser> | undefined;
  const siteUser = (): Promise<SiteUser> => (userPromise ??= site.currentUser());

  const userDepartmentIds = async (): Promise<number[]> => {
    const [user, all] = await Promise.all([siteUser(), departments()]);
    return all.filter((d) => d.leader?.id === user.id || d.editors.some((e) => e.id === user.id)).map((d) => d.id);
  };

  // The user's permissions on the web answer both the site check and "site owner": read once
  // (and again only after a failed read, so a retry after an outage asks SharePoint anew).
  const webPermissions = onFirstUse(() => site.webPermissions());

  const permissions = async (): Promise<UserPermissions> => {
    // Goals are written in their department's folder, whose own permissions decide (department
    // folders, src/data/provisioning/departmentFolders.ts).
    // The user's groups come from the membership map (Entra ID groups expanded), not currentUser/groups.
    const [m, onWeb, folders, ownDepartments, user] = await Promise.all([
      membership(),
      webPermissions(),
      site.departmentFolderPermissions(GOALS.list),
      userDepartmentIds(),
      siteUser()
    ]);
    const isSiteOwner = onWeb.has('manageWeb');
    return {
      groups: groupsOf(user.id, m.membership),
      membershipProblems: m.problems,
      isSiteOwner,
      canCreateGoals: isSiteOwner ? folders.count > 0 : ownDepartments.some((d) => folders.allows(d, 'addListItems')),
      // SharePoint must allow the edit in the department's folder, and the lists must name the user
      // for that department (its leader or one of its editors); a site owner may edit everywhere.
      canEditDepartment: (departmentId) => folders.allows(departmentId, 'editListItems') && (isSiteOwner || ownDepartments.includes(departmentId))
    };
  };

  const facts: SiteFacts = {
    userId: async () => (await siteUser()).id,
    ownDepartmentIds: userDepartmentIds,
    groups: async () => {
      const [m, user] = await Promise.all([membership(), siteUser()]);
      return groupsOf(user.id, m.membership);
    }
  };

  const services: SiteServices = {
    permissions,
    async siteSetup() {
      const [missing, onWeb] = await Promise.all([site.missingLists(SCHEMA.lists), webPermissions()]);
      return { missingLists: missing.map((l) => l.title), canProvision: onWeb.has('manageLists') && onWeb.has('managePermissions') };
    },
    async provisionLists(onProgress) {
      // The provisioning is only needed once per site: it loads on demand into its own chunk.
      const { provision } = await import(/* webpackChunkName: 'provisioning' */ '../data/provisioning');
      await provision(sp, { onProgress: (step) => onProgress({ target: step.target, action: step.action }) });
      ctx.departmentsChanged();
    },
    async syncDepartmentAccess(departmentId) {
      const { StepRecorder, syncDepartmentFolders } = await import(/* webpackChunkName: 'provisioning' */ '../data/provisioning');
      const recorder = new StepRecorder();
      await syncDepartmentFolders(sp, recorder, { only: [departmentId] });
      return recorder.report().changes.length;
    },
    async currentUser(): Promise<CurrentUser> {
      const [user, own] = await Promise.all([siteUser(), userDepartmentIds()]);
      return { login: user.login, displayName: user.title, departmentId: own[0] };
    }
  };
  return { services, facts };
}
