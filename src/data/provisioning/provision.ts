// provision(sp): creates or completes the product's lists, fields, indexes, views, groups and
// permissions on a site from the schema. Idempotent: a second run changes nothing and says so; a
// field added to the schema is added to the site. Used by the web part's site-owner setup and by
// `npm run provision -- --site <url>`; never by feature XML (Teams solutions deploy tenant-wide
// with skipFeatureDeployment, which ignores elements.xml).
//
// The PnPjs v4 calls it makes, with the REST request each sends (paths as PnPjs writes them,
// relative to <site>/_api/; SharePoint treats them case-insensitively; MERGE = POST with
// X-HTTP-Method: MERGE; collections are read as { value: [...] }):
//   sp.web.select('ServerRelativeUrl')()                     GET   web
//   sp.web.lists.select('Id','Title','Description','EnableVersioning','RootFolder/ServerRelativeUrl')
//          .expand('RootFolder')()                           GET   web/lists
//   sp.web.lists.add(urlName, description, 100, false, { EnableVersioning: true })
//                                                            POST  web/lists  {AllowContentTypes,BaseTemplate,ContentTypesEnabled,Description,Title,EnableVersioning}
//   sp.web.lists.getById(id).update({ Title, ... })          MERGE web/lists('id')
//   list.fields.select('Id','InternalName','Title','Indexed')()
//                                                            GET   web/lists('id')/fields
//   list.fields.createFieldAsXml({ SchemaXml, Options: 12 }) POST  web/lists('id')/fields/createfieldasxml  {parameters:{SchemaXml,Options}}
//          (12 = AddFieldInternalNameHint | AddToAllContentTypes: the Name attribute is the internal name)
//   list.fields.getById(fid).update({ Title } | { Indexed: true }, 'SP.Field')
//                                                            MERGE web/lists('id')/fields('fid')
//   list.fields.getById(fid).update({ 'odata.type': 'SP.FieldChoice', Choices: [...] })
//                                                            MERGE web/lists('id')/fields('fid')  (a choice column's choices)
//   then the choice values stored as labels (choiceMigration.ts, where its requests are listed)
//   list.views.select('Id','Title','DefaultView','ViewQuery','RowLimit')()
//                                                            GET   web/lists('id')/views
//   list.views.getById(vid).update({ ViewQuery, RowLimit })  MERGE web/lists('id')/views('vid')
//   list.views.add(title, false, { ViewQuery, RowLimit, DefaultView })
//                                                            POST  web/lists('id')/views  {PersonalView,Title,ViewQuery,RowLimit,DefaultView}
//   list.views.getById(vid).fields()                         GET   web/lists('id')/views('vid')/viewfields  -> { Items: string[], SchemaXml }
//   ...fields.removeAll()                                    POST  web/lists('id')/views('vid')/viewfields/removeallviewfields
//   ...fields.add(name)                                      POST  web/lists('id')/views('vid')/viewfields/addviewfield('name')
//   sp.web.siteGroups.select('Id','Title','Description')()   GET   web/siteGroups
//   sp.web.siteGroups.add({ Title, Description })            POST  web/siteGroups
//   sp.web.roleDefinitions.select('Id','Name','RoleTypeKind','BasePermissions')()
//                                                            GET   web/roleDefinitions
//   sp.web.roleDefinitions.add(name, description, 100, { High, Low })
//                                                            POST  web/roleDefinitions  {BasePermissions:{High,Low} as strings,Description,Name,Order}
//   sp.web.roleDefinitions.getById(id).update({ BasePermissions })
//                                                            MERGE web/roleDefinitions/getById(id)
//   sp.web.associatedOwnerGroup.select('Id')()               GET   web/associatedOwnerGroup
//   sp.web.currentUser.select('Id')()                        GET   web/currentUser
//   sp.site.rootWeb.roleDefinitions.add(...)                 POST  site/rootWeb/roleDefinitions  (when the web inherits its levels)
//   sp.web.siteGroups.getById(id).update({ OnlyAllowMembersViewMembership: false })
//                                                            MERGE web/siteGroups/getById(id)
//   list.select('HasUniqueRoleAssignments')()                GET   web/lists('id')
//   list.breakRoleInheritance(false, true)                   POST  web/lists('id')/breakroleinheritance(copyroleassignments=false, clearsubscopes=true)
//   list.roleAssignments.select('PrincipalId','RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')()
//                                                            GET   web/lists('id')/roleAssignments
//   list.roleAssignments.add(principalId, roleDefId)         POST  web/lists('id')/roleAssignments/addroleassignment(principalid=1, roledefid=2)
//   list.roleAssignments.remove(principalId, roleDefId)      POST  web/lists('id')/roleAssignments/removeroleassignment(principalid=1, roledefid=2)
//   then the department folders (departmentFolders.ts, where its requests are listed), which begin with
//   new DepartmentRepository(sp).all()                       GET   web/getList('<web>/Lists/Departments')/items
//   and stop there on a site with no departments yet.
// tests/unit/provisioning/fakeSharePoint.ts answers exactly these and is a compact reference.
import type { SPFI } from '@pnp/sp';
import type { Schema } from '../schema';
import { FULL_SCHEMA } from '../schema/fullSchema';
import { ensureFields, ensureLists, ensureViews } from './lists';
import { migrateChoiceValues } from './choiceMigration';
import { callerId, ensureGroups, ensureListPermissions, ensureRoles, ownerGroupId } from './security';
import { syncDepartmentFolders } from './departmentFolders';
import { fillCheckInKeys } from './checkInKeys';
import { type ProgressCallback, type ProvisioningReport, StepRecorder } from './report';

export interface ProvisioningOptions {
  /** Defaults to the schema of the default stage configurations. */
  schema?: Schema;
  /** Called after every step, for a progress UI. */
  onProgress?: ProgressCallback;
  /** Skip groups and permissions (a site where IT manages security by hand). Default false. */
  skipSecurity?: boolean;
}

export async function provision(sp: SPFI, options: ProvisioningOptions = {}): Promise<ProvisioningReport> {
  const schema = options.schema ?? FULL_SCHEMA;
  const recorder = new StepRecorder(options.onProgress);

  // Lists first, all of them, so every lookup's target list has an id when its field is created.
  const listIds = await ensureLists(sp, schema.lists, recorder);
  for (const list of schema.lists) {
    await ensureFields(sp, list, listIds, recorder);
  }
  // After the choices are the literals, which SharePoint then accepts on the items (ADR 0010).
  await migrateChoiceValues(sp, listIds, recorder);
  for (const list of schema.lists) {
    await ensureViews(sp, list, listIds[list.key], recorder);
  }
  // Data a newer schema needs on items written before it (check-ins' DepartmentYear).
  await fillCheckInKeys(sp, schema, recorder);
  if (!options.skipSecurity) {
    const groupIds = await ensureGroups(sp, schema, recorder);
    const roleIds = await ensureRoles(sp, schema, recorder);
    const security = { groupIds, roleIds, ownerGroupId: await ownerGroupId(sp), callerId: await callerId(sp) };
    for (const list of schema.lists) {
      await ensureListPermissions(sp, list, listIds[list.key], security, recorder);
    }
    // After the lists' own permissions, which each department folder copies.
    await syncDepartmentFolders(sp, recorder, { schema });
  }
  return recorder.report();
}
