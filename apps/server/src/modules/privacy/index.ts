export { eraseContactJob, runErasure } from './erasure.service';
export { registerPrivacyPages } from './privacy.page';
export { privacyRoutes } from './privacy.routes';
export { runAllRetention } from './retention.service';
