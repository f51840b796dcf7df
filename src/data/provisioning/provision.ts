// provision(sp): creates or completes the product's lists, fields, indexes, views, groups and
// permissions on a site from the schema. Idempotent: a second run changes nothing and says so; a
// field added to the schema is added to the site. Used by the web part's site-owner setup and by
// `npm run provision -- --site <url>`; never by feature XML (Teams solutions deploy tenant-wide
// with skipFeatureDeployment, which ignores elements.xml).
//
// The PnPjs v4 calls it makes (the emulator implements exactly these REST requests):
//   sp.web.siteGroups.select('Id','Title','Description')()          GET  _api/web/sitegroups
//   sp.web.siteGroups.add({ Title, Description })                   POST _api/web/sitegroups
//   sp.web.roleDefinitions.select('Id','Name','RoleTypeKind','BasePermissions')()
//                                                                   GET  _api/web/roledefinitions
//   sp.web.roleDefinitions.add(name, description, order, { High, Low })
//                                                                   POST _api/web/roledefinitions
//   sp.web.roleDefinitions.getById(id).update({ BasePermissions })  POST(MERGE) _api/web/roledefinitions(id)
//   sp.web.associatedOwnerGroup.select('Id')()                      GET  _api/web/associatedownergroup
//   sp.web.select('ServerRelativeUrl')()                            GET  _api/web
//   sp.web.lists.select('Id','Title','Description','EnableVersioning','RootFolder/ServerRelativeUrl')
//          .expand('RootFolder')()                                  GET  _api/web/lists
//   sp.web.lists.add(urlName, description, 100, false, { EnableVersioning: true })
//                                                                   POST _api/web/lists
//   sp.web.lists.getById(id).update({ Title, Description?, EnableVersioning? })
//                                                                   POST(MERGE) _api/web/lists('id')
//   list.fields.select('Id','InternalName','Title','Indexed')()     GET  _api/web/lists('id')/fields
//   list.fields.createFieldAsXml({ SchemaXml, Options: 12 })        POST _api/web/lists('id')/fields/createfieldasxml
//                                                                   body { parameters: { SchemaXml, Options } }
//   list.fields.getById(id).update({ Title }, 'SP.Field')           POST(MERGE) _api/web/lists('id')/fields('fid')
//   list.fields.getByInternalNameOrTitle(name).update({ Indexed: true }, 'SP.Field')
//                                                                   POST(MERGE) .../fields/getbyinternalnameortitle('name')
//   list.views.select('Id','Title','DefaultView')()                 GET  _api/web/lists('id')/views
//   list.views.add(title, false, { ViewQuery, RowLimit, DefaultView })
//                                                                   POST _api/web/lists('id')/views
//   list.views.getById(vid).fields()                                GET  .../views('vid')/viewfields  -> { Items, SchemaXml }
//   list.views.getById(vid).fields.removeAll()                      POST .../views('vid')/viewfields/removeallviewfields
//   list.views.getById(vid).fields.add(name)                        POST .../views('vid')/viewfields/addviewfield('name')
//   list.select('HasUniqueRoleAssignments')()                       GET  _api/web/lists('id')
//   list.breakRoleInheritance(false, true)                          POST .../breakroleinheritance(copyroleassignments=false, clearsubscopes=true)
//   list.roleAssignments.select('PrincipalId','RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')()
//                                                                   GET  _api/web/lists('id')/roleassignments
//   list.roleAssignments.add(principalId, roleDefId)                POST .../roleassignments/addroleassignment(principalid=1, roledefid=2)
//   list.roleAssignments.remove(principalId, roleDefId)             POST .../roleassignments/removeroleassignment(principalid=1, roledefid=2)
import type { SPFI } from '@pnp/sp';
import { SCHEMA, type Schema } from '../schema';
import { ensureFields, ensureLists, ensureViews } from './lists';
import { ensureGroups, ensureListPermissions, ensureRoles, ownerGroupId } from './security';
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
  const schema = options.schema ?? SCHEMA;
  const recorder = new StepRecorder(options.onProgress);

  // Lists first, all of them, so every lookup's target list has an id when its field is created.
  const listIds = await ensureLists(sp, schema.lists, recorder);
  for (const list of schema.lists) {
    await ensureFields(sp, list, listIds, recorder);
  }
  for (const list of schema.lists) {
    await ensureViews(sp, list, listIds[list.key], recorder);
  }
  if (!options.skipSecurity) {
    const groupIds = await ensureGroups(sp, schema, recorder);
    const roleIds = await ensureRoles(sp, schema, recorder);
    const security = { groupIds, roleIds, ownerGroupId: await ownerGroupId(sp) };
    for (const list of schema.lists) {
      await ensureListPermissions(sp, list, listIds[list.key], security, recorder);
    }
  }
  return recorder.report();
}
