export { provision, type ProvisioningOptions } from './provision';
export * from './report';
export { pnpTemplateXml } from './pnpTemplate';
export { syncDepartmentFolders, departmentAccess, type DepartmentAccess } from './departmentFolders';
