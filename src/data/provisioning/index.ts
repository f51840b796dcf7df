export { provision, type ProvisioningOptions } from './provision';
export * from './report';
