// One folder per department in the lists that keep items by department (Agreements, Goals), each
// with unique permissions: the list's own assignments (everyone reads; the deciding groups and the
// secretariat keep Contribute; the owners full control) plus Contribute for the department's leader
// and editors as the Departments list names them. SharePoint then refuses an editor of department A
// who writes in B's folder or B's items (they inherit the folder's scope).
//
// Idempotent: a folder that exists keeps its id; each run makes the folder's assignments exactly
// "list's + the department's people", so removed editors lose Contribute and a list-level change
// (e.g. the editors group going from Contribute to Read) reaches every folder. Needs
// ManagePermissions on the lists, which only the site owners hold (see README, "Departments write
// only their own").
//
// REST, relative to <site>/_api/ (PnPjs v4 call → request):
//   list.rootFolder.folders.select('Name','ListItemAllFields/Id').expand('ListItemAllFields')()
//                                              GET  web/getList('…')/rootFolder/folders
//   list.addValidateUpdateItemUsingPath([{FieldName:'Title',FieldValue:name}], listUrl, false, '', { leafName: name, objectType: 1 })
//                                              POST web/getList('…')/AddValidateUpdateItemUsingPath()
//       (UnderlyingObjectType 1 = folder; MS-CSOMSPT 3.2.5.79.2.1.19,
//        https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-csomspt/dd461c25-595c-45ea-adbf-139145dfc2b0)
//   item.breakRoleInheritance(true, false)     POST web/getList('…')/items(id)/breakroleinheritance(copyroleassignments=true,clearsubscopes=false)
//       (copies the parent's assignments: SPListItem.BreakRoleInheritance,
//        https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee551607(v=office.14))
//   item.roleAssignments.add(principal, roleDef) / .remove(...)
//                                              POST …/items(id)/roleassignments/addroleassignment(principalid=…,roledefid=…)
// Scale: one unique scope per department and list. SharePoint Online supports 50,000 unique
// permissions per list and recommends staying under 5,000
// (https://learn.microsoft.com/en-us/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits#unique-security-scopes-per-list-or-library).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import { SCHEMA, type ListDef, type ListKey, type Schema } from '../schema';
import { DepartmentRepository } from '../repositories/departmentRepository';
import { departmentFolderName } from '../repositories/departmentFolder';
import { attempt, type StepRecorder } from './report';

/** Lists an earlier version kept in department folders with their own permissions: Dialogues
 * until the board took over writing them (sites provisioned in between have such folders). */
const FORMER_FOLDER_LISTS: readonly ListKey[] = ['Dialogues'];

/** A department folder's name ("afdeling-12", departmentFolderName). */
const isDepartmentFolderName = (name: string): boolean => /^afdeling-\d+$/i.test(name);

/** SharePoint's RoleTypeKind of Contribute and of Limited Access (which SharePoint manages itself). */
const CONTRIBUTE = 3;
const LIMITED_ACCESS = 1;

interface AssignmentRow {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}

interface FolderRow {
  Name: string;
  ListItemAllFields?: { Id?: number };
}

export interface DepartmentAccess {
  id: number;
  /** Site user ids of the department's leader and editors. */
  people: number[];
}

type Bindings = Map<number, Set<number>>;

function bindingsOf(rows: AssignmentRow[], skip: ReadonlySet<number>): Bindings {
  const out: Bindings = new Map();
  for (const row of rows) {
    const ids = row.RoleDefinitionBindings.map((b) => b.Id).filter((id) => !skip.has(id));
    if (ids.length > 0) out.set(row.PrincipalId, new Set(ids));
  }
  return out;
}

/** Reads the departments and their people from the Departments list. */
export async function departmentAccess(sp: SPFI): Promise<DepartmentAccess[]> {
  const departments = await attempt('læs afdelinger', () => new DepartmentRepository(sp).all());
  return departments.map((d) => ({
    id: d.id,
    people: [...new Set([d.leader?.id, ...d.editors.map((e) => e.id)].filter((id): id is number => typeof id === 'number' && id > 0))]
  }));
}

/**
 * Creates each department's folder where missing and makes its permissions exactly the list's plus
 * Contribute for the department's people. `only` limits the run to some departments (the
 * secretariat changed one); the default is all of them.
 */
export async function syncDepartmentFolders(sp: SPFI, recorder: StepRecorder, options: { schema?: Schema; only?: readonly number[] } = {}): Promise<void> {
  const schema = options.schema ?? SCHEMA;
  const lists = schema.lists.filter((l) => l.folderPerDepartment);
  if (lists.length === 0) return;
  const all = await departmentAccess(sp);
  // A list that no longer keeps its items by department (Dialogues, since the board writes them)
  // may still hold the department folders an earlier version made: their own permissions would
  // still let the department write there. They go back to the list's permissions (resetting
  // inheritance keeps the folder and everything in it; deleting it would take the items along).
  // A site without departments never had such folders.
  if (all.length > 0 && options.only === undefined) {
    for (const list of schema.lists.filter((l) => !l.folderPerDepartment && FORMER_FOLDER_LISTS.includes(l.key)))
      await inheritInFormerFolders(sp, list, recorder);
  }
  const departments = options.only ? all.filter((d) => options.only?.includes(d.id)) : all;
  // A new site has no departments yet: its folders come when the secretariat has added them.
  if (departments.length === 0) return;
  const [web, roleDefs] = await Promise.all([
    attempt('læs webstedets adresse', () => sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()),
    attempt('læs tilladelsesniveauer', () => sp.web.roleDefinitions.select('Id', 'RoleTypeKind')<Array<{ Id: number; RoleTypeKind: number }>>())
  ]);
  const contribute = roleDefs.find((d) => d.RoleTypeKind === CONTRIBUTE)?.Id;
  if (contribute === undefined) throw new Error('Webstedet mangler det indbyggede tilladelsesniveau "Bidrage".');
  const limited = new Set(roleDefs.filter((d) => d.RoleTypeKind === LIMITED_ACCESS).map((d) => d.Id));
  for (const list of lists) {
    await syncList(sp, `${web.ServerRelativeUrl.replace(/\/+$/, '')}/${list.url}`, list, departments, { contribute, limited }, recorder);
  }
}

/** Puts the department folders of a list that no longer keeps items by department back on the
 * list's permissions. Idempotent: a folder that already inherits is left alone. */
async function inheritInFormerFolders(sp: SPFI, list: ListDef, recorder: StepRecorder): Promise<void> {
  const web = await attempt('læs webstedets adresse', () => sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>());
  const listUrl = `${web.ServerRelativeUrl.replace(/\/+$/, '')}/${list.url}`;
  const spList = sp.web.getList(listUrl);
  const folders = await attempt(`læs mapper i ${list.key}`, () =>
    spList.rootFolder.folders.select('Name', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments').expand('ListItemAllFields')<
      Array<FolderRow & { ListItemAllFields?: { HasUniqueRoleAssignments?: boolean } }>
    >()
  );
  for (const folder of folders) {
    const id = folder.ListItemAllFields?.Id;
    if (id === undefined || !isDepartmentFolderName(folder.Name) || folder.ListItemAllFields?.HasUniqueRoleAssignments !== true) continue;
    const target = `${list.key}/${folder.Name}`;
    // POST web/getList('…')/items(id)/resetroleinheritance (SP.SecurableObject.resetRoleInheritance:
    // the folder and what inherits from it take the list's assignments again,
    // https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee539708(v=office.15)).
    await attempt(`nedarv rettigheder på ${target}`, () => spList.items.getById(id).resetRoleInheritance());
    recorder.record({ kind: 'permission', target, action: 'updated', detail: 'listens rettigheder' });
  }
}

async function syncList(
  sp: SPFI,
  listUrl: string,
  list: ListDef,
  departments: DepartmentAccess[],
  roles: { contribute: number; limited: ReadonlySet<number> },
  recorder: StepRecorder
): Promise<void> {
  const spList = sp.web.getList(listUrl);
  const [listRows, folders] = await Promise.all([
    attempt(`læs rolletildelinger på ${list.key}`, () =>
      spList.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')<AssignmentRow[]>()
    ),
    attempt(`læs mapper i ${list.key}`, () => spList.rootFolder.folders.select('Name', 'ListItemAllFields/Id').expand('ListItemAllFields')<FolderRow[]>())
  ]);
  const listBindings = bindingsOf(listRows, roles.limited);
  for (const department of departments) {
    const name = departmentFolderName(department.id);
    const target = `${list.key}/${name}`;
    let folderId = folders.find((f) => f.Name.toLowerCase() === name)?.ListItemAllFields?.Id;
    if (folderId === undefined) {
      const result = await attempt(`opret mappen ${target}`, () =>
        spList.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: name }], listUrl, false, '', { leafName: name, objectType: 1 })
      );
      folderId = Number(result.find((r) => r.FieldName === 'Id')?.FieldValue);
      if (!Number.isInteger(folderId))
        throw new Error(
          `Mappen ${target} blev ikke oprettet: ${result
            .map((r) => r.ErrorMessage)
            .filter(Boolean)
            .join('; ')}`
        );
      recorder.record({ kind: 'folder', target, action: 'created' });
    }
    const item = spList.items.getById(folderId);
    const info = await attempt(`læs rettigheder på ${target}`, () => item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>());
    if (!info.HasUniqueRoleAssignments) {
      await attempt(`bryd nedarvning på ${target}`, () => item.breakRoleInheritance(true, false));
      recorder.record({ kind: 'permission', target, action: 'updated', detail: 'egne rettigheder' });
    }
    const rows = await attempt(`læs rolletildelinger på ${target}`, () =>
      item.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')<AssignmentRow[]>()
    );
    const current = bindingsOf(rows, roles.limited);
    const wanted: Bindings = new Map([...listBindings].map(([p, ids]) => [p, new Set(ids)]));
    for (const person of department.people) wanted.set(person, new Set([...(wanted.get(person) ?? []), roles.contribute]));
    for (const [principal, ids] of wanted) {
      for (const roleDef of ids) {
        if (current.get(principal)?.has(roleDef)) continue;
        await attempt(`giv ${principal} rettigheder på ${target}`, () => item.roleAssignments.add(principal, roleDef));
        recorder.record({ kind: 'permission', target: `${target}: ${principal}`, action: 'created' });
      }
    }
    for (const [principal, ids] of current) {
      for (const roleDef of ids) {
        if (wanted.get(principal)?.has(roleDef)) continue;
        await attempt(`fjern ${principal}s rettigheder på ${target}`, () => item.roleAssignments.remove(principal, roleDef));
        recorder.record({ kind: 'permission', target: `${target}: ${principal}`, action: 'removed', detail: `rolle ${roleDef}` });
      }
    }
  }
}
