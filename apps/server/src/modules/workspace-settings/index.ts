export { rebuildRollupsJob, runRollupRebuild } from './rollup-rebuild';
export { workspaceSettingsRoutes } from './workspace-settings.routes';
export { brandOf, readWorkspaceSettings, workspaceLanguage } from './workspace-settings.service';
