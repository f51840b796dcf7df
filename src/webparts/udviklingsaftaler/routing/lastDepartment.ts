// The department a user last viewed, kept in the browser per data site and user (the services'
// storageScope): an employee whose profile names no department lands there next time.
const keyOf = (scope: string): string => `last-department:${scope}`;

export function readLastDepartment(scope: string): number | undefined {
  try {
    const id = Number(window.localStorage.getItem(keyOf(scope)));
    return Number.isInteger(id) && id > 0 ? id : undefined;
  } catch {
    return undefined; // storage blocked (private mode, policy): nothing remembered
  }
}

export function writeLastDepartment(scope: string, departmentId: number): void {
  try {
    window.localStorage.setItem(keyOf(scope), String(departmentId));
  } catch {
    // storage blocked or full: the next visit simply does not remember
  }
}
