// What the views need from the data, as use cases. The web part and the dev host each build one
// implementation over their own @pnp/sp instance and hand it down through React context, so
// components never see PnPjs, URLs or OData.
import type { Agreement, Department, Goal, Requirement, StageConfiguration, Strategy, Track } from '../domain';

export interface DepartmentViewData {
  department: Department;
  year: number;
  agreement: Agreement | undefined;
  /** The agreement's goals plus shared goals (fællesmål) of other departments naming this one. */
  goals: Goal[];
  strategy: Strategy | undefined;
  tracks: Track[];
  requirements: Requirement[];
}

export interface CurrentUser {
  login: string;
  displayName: string;
  /** The department the user leads or edits, when the lists say so. */
  departmentId?: number;
}

export interface AppServices {
  stageConfiguration: StageConfiguration;
  currentUser(): Promise<CurrentUser>;
  listDepartments(): Promise<Department[]>;
  /** Years that have a strategy (DUS) or an agreement, newest first. */
  listYears(): Promise<number[]>;
  loadDepartmentView(departmentId: number, year: number): Promise<DepartmentViewData>;
}
