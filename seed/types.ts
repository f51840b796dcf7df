// Seed records: the domain's New<X> types with SharePoint ids replaced by stable string keys.
// A loader writes them through the product's repositories in dependency order and resolves each
// key to the id the site gave the item; nothing here knows an id.
import type { NewCheckIn, NewDialogue } from '../src/domain/checkIns';
import type { NewAgreement, NewDepartment, NewGoal, NewRequirement, NewStrategy, NewTrack, TrackKind } from '../src/domain/types';
import type { SeedSourceId } from './sources';

/** Points at a track, theme or focus area of the strategy of the goal's own year. */
export interface SeedTrackRef {
  kind: TrackKind;
  number: number;
}

export type SeedTrack = Omit<NewTrack, 'strategyId' | 'clientId'>;

export type SeedRequirement = Omit<NewRequirement, 'strategyId' | 'clientId'>;

export type SeedStrategy = Omit<NewStrategy, 'clientId'> & {
  key: string;
  /** The document the strategy is transcribed from. */
  source: SeedSourceId;
  tracks: SeedTrack[];
  requirements: SeedRequirement[];
};

export type SeedDepartment = Omit<NewDepartment, 'parentId' | 'clientId'> & {
  key: string;
  parentKey?: string;
};

export type SeedAgreement = Omit<NewAgreement, 'departmentId' | 'clientId' | 'stageChangedAt'> & {
  key: string;
  departmentKey: string;
  source: SeedSourceId;
};

export type SeedGoal = Omit<
  NewGoal,
  'agreementId' | 'departmentId' | 'year' | 'sharedWithDepartmentIds' | 'trackIds' | 'requirementIds' | 'continuesFromId' | 'clientId'
> & {
  key: string;
  /** The owning agreement; the goal's year and department are the agreement's. */
  agreementKey: string;
  sharedWithDepartmentKeys: string[];
  trackRefs: SeedTrackRef[];
  /** Numbers of requirements of the strategy of the goal's year that the goal covers. */
  requirementRefs: number[];
  continuesFromKey?: string;
  /**
   * Not in the domain model (see the seed report): the section heading the goal stands under in
   * its document, when it differs from the goal's title ("2.3 Anlægsstyring" over "Mål: Bedre
   * anlægsstyring ..."), or the group heading of Albertslund's follow-up ("Smart administration").
   */
  heading?: string;
  /**
   * Not in the domain model: the document's statement that the goal continues an earlier goal
   * that is not among the seeds (so no continuesFromKey can point at it).
   */
  continuesFromNote?: string;
};

export type SeedRole = 'reader' | 'editor' | 'leader' | 'approver' | 'secretariat';

export interface SeedUser {
  login: string;
  displayName: string;
  role: SeedRole;
  /** Absent for approvers: the executive board (direktion / direktørforum) is not a department. */
  departmentKey?: string;
  /** The Department of the user's profile (from HR or Entra ID) where it names the unit otherwise
   * than the Departments list; else the department's own title. */
  profileDepartment?: string;
}

/** An Entra ID group that municipal IT put into some of the product's SharePoint groups: its
 * members are in those groups only through it (SharePoint never lists them as members). */
export interface SeedEntraGroup {
  /** The group's object id (fixed, so every seeded tenant has the same claim). */
  id: string;
  displayName: string;
  kind: 'security' | 'microsoft365';
  /** Logins of the demo users in the group. */
  members: string[];
  sharePointGroups: Array<'readers' | 'editors' | 'leaders' | 'approvers' | 'secretariat'>;
}

export interface SeedMunicipality {
  key: 'skanderborg' | 'albertslund';
  title: string;
  /** Server-relative URL of the municipality's site. */
  sitePath: string;
  /** Key of the default StageConfiguration defined in src/domain. */
  stageConfigurationKey: 'skanderborg' | 'albertslund';
  /** Login of the site owner (full control). */
  siteOwnerLogin: string;
  departments: SeedDepartment[];
  users: SeedUser[];
  /** Directory groups holding some users' memberships instead of direct membership. */
  entraGroups?: SeedEntraGroup[];
  strategies: SeedStrategy[];
  agreements: SeedAgreement[];
  goals: SeedGoal[];
  /** Check-ins during the year (issue 18); illustrative values, not from the documents. */
  checkIns?: SeedCheckIn[];
  /** The board's contract dialogues (issue 18). */
  dialogues?: SeedDialogue[];
}

export type SeedCheckIn = Omit<NewCheckIn, 'goalId' | 'departmentId' | 'year' | 'clientId'> & { goalKey: string };

export type SeedDialogue = Omit<NewDialogue, 'agreementId' | 'departmentId' | 'year' | 'clientId'> & { agreementKey: string };
