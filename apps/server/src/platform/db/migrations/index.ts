import type { Migration } from 'kysely';
import * as foundation from './20261126000100_foundation';
import * as listen from './20261126010000_listen';
import * as distribution from './20261126020000_distribution';
import * as rollups from './20261126030000_rollups';
import * as text from './20261205000100_text';
import * as loyalty from './20261205010000_loyalty';
import * as webhooks from './20261205020000_webhooks';
import * as act from './20261205030000_act';
import * as automations from './20261205060000_automations';
import * as apiKeyCreators from './20261207010000_api_key_creators';
import * as topicSentiment from './20261207020000_topic_sentiment';
import * as contactUnsubscribeTokens from './20261207030000_contact_unsubscribe_tokens';
import * as eventAttempts from './20261208000100_event_attempts';
import * as knowledge from './20261208010000_knowledge';
import * as conversations from './20261208020000_conversations';
import * as conversationChannels from './20261208030000_conversation_channels';
import * as accounts from './20261208040000_accounts';
import * as segments from './20261208050000_segments';
import * as contactResponseFacts from './20261208050100_contact_response_facts';
import * as churnPredictions from './20261208060000_churn_predictions';
import * as signInSecurity from './20261208070000_sign_in_security';
import * as maturity from './20261208080000_maturity';
import * as employees from './20261208090000_employees';
import * as conversationFeedback from './20261209010000_conversation_feedback';
import * as channelReplays from './20261209010100_channel_replays';
import * as nextBestActionCampaigns from './20261209020000_next_best_action_campaigns';
import * as segmentIndexes from './20261209030000_segment_indexes';
import * as employeeInvitations from './20261209040000_employee_invitations';
import * as employeeSchedules from './20261209040500_employee_schedules';
import * as employeeExperience from './20261209050000_employee_experience';
import * as privacy from './20261209060000_privacy';
import * as singleSignOn from './20261209070000_single_sign_on';
import * as workspaceSettings from './20261209090000_workspace_settings';
import * as sentimentCalibrations from './20261209100000_sentiment_calibrations';

/** Every migration, in order. Forward-only: a shipped migration is never edited, only followed. */
export const migrations: Record<string, Migration> = {
  '20261126000100_foundation': foundation,
  '20261126010000_listen': listen,
  '20261126020000_distribution': distribution,
  '20261126030000_rollups': rollups,
  '20261205000100_text': text,
  '20261205010000_loyalty': loyalty,
  '20261205020000_webhooks': webhooks,
  '20261205030000_act': act,
  '20261205060000_automations': automations,
  '20261207010000_api_key_creators': apiKeyCreators,
  '20261207020000_topic_sentiment': topicSentiment,
  '20261207030000_contact_unsubscribe_tokens': contactUnsubscribeTokens,
  '20261208020000_conversations': conversations,
  '20261208030000_conversation_channels': conversationChannels,
  '20261208040000_accounts': accounts,
  '20261208050000_segments': segments,
  '20261208050100_contact_response_facts': contactResponseFacts,
  '20261208060000_churn_predictions': churnPredictions,
  '20261208000100_event_attempts': eventAttempts,
  '20261208010000_knowledge': knowledge,
  '20261208070000_sign_in_security': signInSecurity,
  '20261208080000_maturity': maturity,
  '20261208090000_employees': employees,
  '20261209060000_privacy': privacy,
  '20261209010000_conversation_feedback': conversationFeedback,
  '20261209010100_channel_replays': channelReplays,
  '20261209090000_workspace_settings': workspaceSettings,
  '20261209020000_next_best_action_campaigns': nextBestActionCampaigns,
  '20261209030000_segment_indexes': segmentIndexes,
  '20261209040000_employee_invitations': employeeInvitations,
  '20261209040500_employee_schedules': employeeSchedules,
  '20261209050000_employee_experience': employeeExperience,
  '20261209100000_sentiment_calibrations': sentimentCalibrations,
  '20261209070000_single_sign_on': singleSignOn,
};
