export { TenantCheckPanel } from './tenant-check-panel';
export { runTenantCheck } from './run-tenant-check';
