export { DEMO_EMAIL, DEMO_PASSWORD, hasAnyWorkspace, seedDemoWorkspace } from './demo-seed';
