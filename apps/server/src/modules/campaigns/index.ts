export { campaignRoutes } from './campaigns.routes';
export { MAX_CAMPAIGN_RECIPIENTS, runCampaign, sendCampaignJob } from './campaigns.service';
export { findEmailTemplate } from './email-templates.service';
export {
  deliverTemplateEmail,
  deliverTemplateEmailJob,
  queueTemplateEmail,
  registerTemplateEmailClicks,
} from './template-emails';
