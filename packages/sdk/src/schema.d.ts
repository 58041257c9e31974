/**
 * Generated from the server's routes by packages/sdk/scripts/generate.ts — do not edit.
 * Regenerate with `npm run generate -w @touchpoint/sdk` after changing a route or its schemas.
 */
export interface paths {
  '/api/v1/auth/sign-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an account and its workspace (you become its admin), and sign in */
    post: operations['postApiV1AuthSignUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with email and password (sets the session cookie) */
    post: operations['postApiV1AuthSignIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session */
    post: operations['postApiV1AuthSignOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/switch-workspace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make another of your workspaces the current one for this session */
    post: operations['postApiV1AuthSwitchWorkspace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is calling: user (or API key), current workspace, role and permissions */
    get: operations['getApiV1Me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your name or interface language */
    patch: operations['patchApiV1Me'];
    trace?: never;
  };
  '/api/v1/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create another workspace (you become its admin) and switch to it */
    post: operations['postApiV1Workspaces'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the members of the workspace with their roles and teams */
    get: operations['getApiV1Members'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from the workspace */
    delete: operations['deleteApiV1MembersUserId'];
    options?: never;
    head?: never;
    /** Change a member's role */
    patch: operations['patchApiV1MembersUserId'];
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List invitations to the workspace (pending, accepted and revoked) */
    get: operations['getApiV1Invitations'];
    put?: never;
    /** Invite someone by email with a role; returns the accept link once */
    post: operations['postApiV1Invitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a pending invitation */
    delete: operations['deleteApiV1InvitationsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** See which workspace an invitation token is for (public: the token is the proof) */
    get: operations['getApiV1InvitationsLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation (creating the account if needed) and sign in to the workspace */
    post: operations['postApiV1InvitationsAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API keys (never their secrets) */
    get: operations['getApiV1ApiKeys'];
    put?: never;
    /** Create an API key with a role; the key is returned once */
    post: operations['postApiV1ApiKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key; it stops working at once */
    delete: operations['deleteApiV1ApiKeysId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List teams with their members */
    get: operations['getApiV1Teams'];
    put?: never;
    /** Create a team (e.g. Marketing, Sales, Product, Support) */
    post: operations['postApiV1Teams'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a team (its members stay in the workspace) */
    delete: operations['deleteApiV1TeamsId'];
    options?: never;
    head?: never;
    /** Rename a team or change its description */
    patch: operations['patchApiV1TeamsId'];
    trace?: never;
  };
  '/api/v1/teams/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a workspace member to a team */
    post: operations['postApiV1TeamsIdMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from a team */
    delete: operations['deleteApiV1TeamsIdMembersUserId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed in the workspace, who did it and when (newest first) */
    get: operations['getApiV1AuditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/journeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List customer journeys with their stages and touchpoints */
    get: operations['getApiV1Journeys'];
    put?: never;
    /** Create a journey with its ordered stages and touchpoints */
    post: operations['postApiV1Journeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/journeys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A journey with its stages and touchpoints in order */
    get: operations['getApiV1JourneysId'];
    /** Replace the journey map (keep ids of existing stages and touchpoints to keep their history) */
    put: operations['putApiV1JourneysId'];
    post?: never;
    /** Delete a journey (surveys on its touchpoints stay, without a touchpoint) */
    delete: operations['deleteApiV1JourneysId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/touchpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every touchpoint, in journey and stage order (for pickers and filters) */
    get: operations['getApiV1Touchpoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List surveys, newest first */
    get: operations['getApiV1Surveys'];
    put?: never;
    /** Create a survey (a draft) with questions, hidden fields, logic and endings */
    post: operations['postApiV1Surveys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A survey with its definition */
    get: operations['getApiV1SurveysId'];
    put?: never;
    post?: never;
    /** Delete a survey that has no responses (close it otherwise) */
    delete: operations['deleteApiV1SurveysId'];
    options?: never;
    head?: never;
    /** Change a survey; a changed definition gets a new version (responses keep theirs) */
    patch: operations['patchApiV1SurveysId'];
    trace?: never;
  };
  '/api/v1/surveys/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish: the hosted link and the widget start taking answers */
    post: operations['postApiV1SurveysIdPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close: no more answers are taken; existing responses stay */
    post: operations['postApiV1SurveysIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/survey-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ready bilingual templates: relationship NPS, transactional CSAT, post-support CES, eNPS pulse, product-market fit */
    get: operations['getApiV1SurveyTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys/{id}/qr': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A QR code of the hosted link, as SVG or PNG, for print and point of sale */
    get: operations['getApiV1SurveysIdQr'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a personal (optionally single-use) link tied to a contact */
    post: operations['postApiV1SurveysIdLinks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/surveys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published survey as respondents see it (for the hosted page and the widget) */
    get: operations['getApiV1PublicSurveysId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/surveys/{id}/displays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the survey was shown (for response rates per channel) */
    post: operations['postApiV1PublicSurveysIdDisplays'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/surveys/{id}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit answers (partial or final). Send one Idempotency-Key per response: the same key updates the same response and never creates two */
    post: operations['postApiV1PublicSurveysIdResponses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List responses, newest first, filtered by survey, touchpoint, dates, NPS band, language, completion */
    get: operations['getApiV1Responses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/responses/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stream the filtered responses as CSV (UTF-8 with BOM; one column per question when a survey is chosen) */
    get: operations['getApiV1ResponsesExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/responses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One response with its answers (option ids and scores as stored) */
    get: operations['getApiV1ResponsesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/identify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create or update a customer profile; profiles that share an identifier are merged */
    post: operations['postApiV1ContactsIdentify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/track': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an event on a customer's timeline (the profile is created if needed) */
    post: operations['postApiV1ContactsTrack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List customer profiles (search by email, phone or external id) */
    get: operations['getApiV1Contacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer profile (a merged id answers with the profile it was merged into) */
    get: operations['getApiV1ContactsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's events and survey responses, newest first */
    get: operations['getApiV1ContactsIdTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/contact-budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace contact budget (null when surveys are not limited) */
    get: operations['getApiV1SettingsContactBudget'];
    /** Limit surveys per contact across every channel, e.g. {"maxSurveys": 1, "perDays": 7}. A survey is held back only by recent surveys of the same or higher priority */
    put: operations['putApiV1SettingsContactBudget'];
    post?: never;
    /** Remove the contact budget (surveys keep their own cadence and sampling) */
    delete: operations['deleteApiV1SettingsContactBudget'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations of a survey, newest first: sent, skipped (with the reason), reminded, answered */
    get: operations['getApiV1SurveysIdInvitations'];
    put?: never;
    /** Invite people by email with personal single-use links (and a reminder to those who have not answered); answers what was sent and what was skipped, and why */
    post: operations['postApiV1SurveysIdInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/widget/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the website widget listens for on this workspace’s sites (click selectors, events, exit intent) */
    get: operations['getApiV1PublicWidgetConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/widget/eligible': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The survey (at most one) the widget may show for a trigger: matching triggers, targeting and the contact budget decided on the server */
    post: operations['postApiV1PublicWidgetEligible'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/unsubscribe/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an unsubscribe link is for (the token from the email is the proof) */
    get: operations['getApiV1PublicUnsubscribeToken'];
    put?: never;
    /** Unsubscribe from all surveys of this workspace, on every channel */
    post: operations['postApiV1PublicUnsubscribeToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List reviews, newest first, by source, touchpoint and date */
    get: operations['getApiV1Reviews'];
    put?: never;
    /** Import reviews and social posts (up to 1,000 per call); duplicates by source and external id are skipped */
    post: operations['postApiV1Reviews'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** NPS (% promoters − % detractors), CSAT (top-2-box %), CES or rating mean, each with n, a 95% CI and a small-sample flag; grouped by time, touchpoint, stage, channel, language, survey, segment or account, time groups with the significance of each change. Segment and account (the contact’s attribute, else the response’s hidden field of that name; "(none)" without either) are not rollup dimensions: those two groupings are computed from raw responses (source "raw") */
    get: operations['getApiV1Metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/drivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Key-driver analysis: how much each scored question of a survey drives the outcome question (Shapley share of R²) against how it performs, with the fix-first quadrant */
    get: operations['getApiV1Drivers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/loyalty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Loyalty vs satisfaction per touchpoint, segment or contact attribute: NPS and CSAT (top-2-box) of the group’s answers next to the retention and mean spend of its distinct contacts, marking groups where satisfaction and loyalty disagree (computed from raw responses) */
    get: operations['getApiV1Loyalty'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/response-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Response and completion rates per channel or survey: displays → started → finished */
    get: operations['getApiV1ResponseRates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/annotations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trend annotations (events marked on the timeline) of a period, by day; with touchpointId, that touchpoint’s and the workspace-wide ones */
    get: operations['getApiV1Annotations'];
    put?: never;
    /** Mark an event on the trend timeline ("New app released"), for the workspace or one touchpoint */
    post: operations['postApiV1Annotations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/annotations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a trend annotation */
    delete: operations['deleteApiV1AnnotationsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/text/analyze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Analyse up to 100 texts: language, sentiment with the phrases that drove it, the workspace's topics, signals and PII redaction */
    post: operations['postApiV1TextAnalyze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/topics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the workspace's topics with their rule, tagged examples and current mentions */
    get: operations['getApiV1Topics'];
    put?: never;
    /** Create a topic, optionally with a rule (keywords, "phrases", AND/OR/NOT, wildcards*) */
    post: operations['postApiV1Topics'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/topics/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What a rule would match among the stored comments, before it is saved */
    post: operations['postApiV1TopicsPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/topics/model': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's current topic classifier (null before the first training) */
    get: operations['getApiV1TopicsModel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/topics/model/train': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Train a new version of the topic classifier from tagged comments and rule matches; reports how each topic moved */
    post: operations['postApiV1TopicsModelTrain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/topics/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One topic */
    get: operations['getApiV1TopicsId'];
    put?: never;
    post?: never;
    /** Delete a topic with its examples and matches */
    delete: operations['deleteApiV1TopicsId'];
    options?: never;
    head?: never;
    /** Rename a topic, change its rule or owner team (its comments are re-matched) */
    patch: operations['patchApiV1TopicsId'];
    trace?: never;
  };
  '/api/v1/topics/{id}/examples': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Comments tagged as belonging (or not) to a topic */
    get: operations['getApiV1TopicsIdExamples'];
    put?: never;
    /** Tag a comment as belonging to a topic (positive) or not (negative), for training */
    post: operations['postApiV1TopicsIdExamples'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/topics/{id}/examples/{exampleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a tag */
    delete: operations['deleteApiV1TopicsIdExamplesExampleId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/topics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Topics with volume, share, sentiment split and trend */
    get: operations['getApiV1InsightsTopics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/pain-points': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Topics ranked by their impact on NPS or CSAT (not by volume), with trend and examples */
    get: operations['getApiV1InsightsPainPoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/themes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Themes discovered in comments, with emerging ones flagged against a baseline period */
    get: operations['getApiV1InsightsThemes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Analysed comments (PII-redacted), newest first, by topic, sentiment, language and words */
    get: operations['getApiV1InsightsComments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook subscriptions (never their secrets) */
    get: operations['getApiV1Webhooks'];
    put?: never;
    /** Subscribe a URL to events; the signing secret is returned once */
    post: operations['postApiV1Webhooks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a webhook subscription */
    get: operations['getApiV1WebhooksId'];
    put?: never;
    post?: never;
    /** Delete a webhook and its delivery history */
    delete: operations['deleteApiV1WebhooksId'];
    options?: never;
    head?: never;
    /** Change the URL, events, description, or pause/resume a webhook */
    patch: operations['patchApiV1WebhooksId'];
    trace?: never;
  };
  '/api/v1/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the signing secret; the new one is returned once */
    post: operations['postApiV1WebhooksIdRotateSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List deliveries, newest first; status=dead is the dead-letter list */
    get: operations['getApiV1WebhooksIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivery again now (dead ones too), with a fresh round of retries */
    post: operations['postApiV1WebhooksIdDeliveriesDeliveryIdRedeliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a webhook.test event to the URL */
    post: operations['postApiV1WebhooksIdTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      requestId: string;
      invalidParams: {
        name: string;
        reason: string;
      }[];
    };
    __schema0: components['schemas']['Condition'];
    Condition:
      | {
          all: components['schemas']['__schema0'][];
        }
      | {
          any: components['schemas']['__schema0'][];
        }
      | {
          not: components['schemas']['__schema0'];
        }
      | {
          field: string;
          /** @enum {string} */
          op:
            | 'eq'
            | 'neq'
            | 'gt'
            | 'gte'
            | 'lt'
            | 'lte'
            | 'in'
            | 'nin'
            | 'contains'
            | 'not_contains'
            | 'answered'
            | 'skipped';
          value?: string | number | boolean | (string | number)[];
        };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  postApiV1AuthSignUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
          name: string;
          workspaceName: string;
          /** @enum {string} */
          locale?: 'en' | 'vi';
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description null when the caller is an API key */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              locale: 'en' | 'vi';
            } | null;
            workspace: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            permissions: string[];
            workspaces: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            }[];
            /** @enum {string} */
            via: 'session' | 'api_key';
            /** @description send as the x-csrf-token header on unsafe requests made with the session cookie */
            csrfToken: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1AuthSignIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description null when the caller is an API key */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              locale: 'en' | 'vi';
            } | null;
            workspace: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            permissions: string[];
            workspaces: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            }[];
            /** @enum {string} */
            via: 'session' | 'api_key';
            /** @description send as the x-csrf-token header on unsafe requests made with the session cookie */
            csrfToken: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1AuthSignOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1AuthSwitchWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          workspaceId: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description null when the caller is an API key */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              locale: 'en' | 'vi';
            } | null;
            workspace: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            permissions: string[];
            workspaces: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            }[];
            /** @enum {string} */
            via: 'session' | 'api_key';
            /** @description send as the x-csrf-token header on unsafe requests made with the session cookie */
            csrfToken: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description null when the caller is an API key */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              locale: 'en' | 'vi';
            } | null;
            workspace: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            permissions: string[];
            workspaces: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            }[];
            /** @enum {string} */
            via: 'session' | 'api_key';
            /** @description send as the x-csrf-token header on unsafe requests made with the session cookie */
            csrfToken: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchApiV1Me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          locale?: 'en' | 'vi';
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description null when the caller is an API key */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              locale: 'en' | 'vi';
            } | null;
            workspace: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            permissions: string[];
            workspaces: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            }[];
            /** @enum {string} */
            via: 'session' | 'api_key';
            /** @description send as the x-csrf-token header on unsafe requests made with the session cookie */
            csrfToken: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Workspaces: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description null when the caller is an API key */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              locale: 'en' | 'vi';
            } | null;
            workspace: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            permissions: string[];
            workspaces: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            }[];
            /** @enum {string} */
            via: 'session' | 'api_key';
            /** @description send as the x-csrf-token header on unsafe requests made with the session cookie */
            csrfToken: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Members: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              userId: string;
              email: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
              teamIds: string[];
              /** Format: date-time */
              joinedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1MembersUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchApiV1MembersUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            userId: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            teamIds: string[];
            /** Format: date-time */
            joinedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Invitations: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              email: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              expiresAt: string;
              acceptedAt: string | null;
              revokedAt: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Invitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          /** @enum {string} */
          role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            acceptedAt: string | null;
            revokedAt: string | null;
            /** @description shown once */
            token: string;
            acceptUrl: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1InvitationsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1InvitationsLookup: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            workspaceName: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            hasAccount: boolean;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1InvitationsAccept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          name?: string;
          password?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description null when the caller is an API key */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              locale: 'en' | 'vi';
            } | null;
            workspace: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            permissions: string[];
            workspaces: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            }[];
            /** @enum {string} */
            via: 'session' | 'api_key';
            /** @description send as the x-csrf-token header on unsafe requests made with the session cookie */
            csrfToken: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1ApiKeys: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
              /** @description the first characters of the key, to recognise it */
              prefix: string;
              /** Format: date-time */
              createdAt: string;
              lastUsedAt: string | null;
              revokedAt: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1ApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @enum {string} */
          role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            /** @description the first characters of the key, to recognise it */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
            /** @description shown once; store it now — only a hash is kept */
            key: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1ApiKeysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Teams: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              memberIds: string[];
              /** Format: date-time */
              createdAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Teams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @default  */
          description?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            memberIds: string[];
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1TeamsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchApiV1TeamsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            memberIds: string[];
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1TeamsIdMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          userId: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            memberIds: string[];
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1TeamsIdMembersUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            memberIds: string[];
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1AuditLog: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: number;
              type: string;
              actor: string | null;
              subjectId: string | null;
              payload: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              occurredAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Journeys: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              stages: {
                /** Format: uuid */
                id: string;
                name: string;
                position: number;
                touchpoints: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  journeyId: string;
                  /** Format: uuid */
                  stageId: string;
                  name: string;
                  description: string;
                  ownerTeamId: string | null;
                  channels: (
                    | 'web'
                    | 'app'
                    | 'email'
                    | 'sms'
                    | 'chat'
                    | 'phone'
                    | 'store'
                    | 'qr'
                    | 'link'
                    | 'widget'
                    | 'api'
                  )[];
                  position: number;
                }[];
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Journeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @default  */
          description?: string;
          /** @default [] */
          stages?: {
            /** Format: uuid */
            id?: string;
            name: string;
            /** @default [] */
            touchpoints?: {
              /** Format: uuid */
              id?: string;
              name: string;
              /** @default  */
              description?: string;
              /** @default null */
              ownerTeamId?: string | null;
              /** @default [] */
              channels?: (
                | 'web'
                | 'app'
                | 'email'
                | 'sms'
                | 'chat'
                | 'phone'
                | 'store'
                | 'qr'
                | 'link'
                | 'widget'
                | 'api'
              )[];
            }[];
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            stages: {
              /** Format: uuid */
              id: string;
              name: string;
              position: number;
              touchpoints: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                journeyId: string;
                /** Format: uuid */
                stageId: string;
                name: string;
                description: string;
                ownerTeamId: string | null;
                channels: (
                  | 'web'
                  | 'app'
                  | 'email'
                  | 'sms'
                  | 'chat'
                  | 'phone'
                  | 'store'
                  | 'qr'
                  | 'link'
                  | 'widget'
                  | 'api'
                )[];
                position: number;
              }[];
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1JourneysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            stages: {
              /** Format: uuid */
              id: string;
              name: string;
              position: number;
              touchpoints: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                journeyId: string;
                /** Format: uuid */
                stageId: string;
                name: string;
                description: string;
                ownerTeamId: string | null;
                channels: (
                  | 'web'
                  | 'app'
                  | 'email'
                  | 'sms'
                  | 'chat'
                  | 'phone'
                  | 'store'
                  | 'qr'
                  | 'link'
                  | 'widget'
                  | 'api'
                )[];
                position: number;
              }[];
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putApiV1JourneysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @default  */
          description?: string;
          /** @default [] */
          stages?: {
            /** Format: uuid */
            id?: string;
            name: string;
            /** @default [] */
            touchpoints?: {
              /** Format: uuid */
              id?: string;
              name: string;
              /** @default  */
              description?: string;
              /** @default null */
              ownerTeamId?: string | null;
              /** @default [] */
              channels?: (
                | 'web'
                | 'app'
                | 'email'
                | 'sms'
                | 'chat'
                | 'phone'
                | 'store'
                | 'qr'
                | 'link'
                | 'widget'
                | 'api'
              )[];
            }[];
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            stages: {
              /** Format: uuid */
              id: string;
              name: string;
              position: number;
              touchpoints: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                journeyId: string;
                /** Format: uuid */
                stageId: string;
                name: string;
                description: string;
                ownerTeamId: string | null;
                channels: (
                  | 'web'
                  | 'app'
                  | 'email'
                  | 'sms'
                  | 'chat'
                  | 'phone'
                  | 'store'
                  | 'qr'
                  | 'link'
                  | 'widget'
                  | 'api'
                )[];
                position: number;
              }[];
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1JourneysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Touchpoints: {
    parameters: {
      query?: {
        journeyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              journeyId: string;
              /** Format: uuid */
              stageId: string;
              name: string;
              description: string;
              ownerTeamId: string | null;
              channels: (
                | 'web'
                | 'app'
                | 'email'
                | 'sms'
                | 'chat'
                | 'phone'
                | 'store'
                | 'qr'
                | 'link'
                | 'widget'
                | 'api'
              )[];
              position: number;
              journeyName: string;
              stageName: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Surveys: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'draft' | 'published' | 'closed';
        touchpointId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'closed';
              touchpointId: string | null;
              defaultLanguage: string;
              languages: string[];
              /** @description see ZQuestion */
              questions: unknown[];
              hiddenFields: string[];
              /** @description see ZLogicRule */
              logic: unknown[];
              /** @description see ZEnding */
              endings: unknown[];
              version: number;
              distribution: {
                /** @enum {string} */
                priority?: 'high' | 'normal' | 'low';
                /** @default null */
                cadenceDays: number | null;
                /** @default 100 */
                samplingPercent: number;
                /** @default [] */
                triggers: {
                  event: string;
                  /** @default 0 */
                  delayMinutes: number;
                  /**
                   * @default email
                   * @enum {string}
                   */
                  channel: 'email';
                }[];
                /**
                 * @default {
                 *       "enabled": false,
                 *       "triggers": [],
                 *       "targeting": null
                 *     }
                 */
                widget: {
                  /** @default false */
                  enabled: boolean;
                  /** @default [] */
                  triggers: (
                    | {
                        /** @constant */
                        type: 'page_view';
                        urlPattern: string;
                      }
                    | {
                        /** @constant */
                        type: 'click';
                        selector: string;
                      }
                    | {
                        /** @constant */
                        type: 'event';
                        event: string;
                      }
                    | {
                        /** @constant */
                        type: 'exit_intent';
                      }
                  )[];
                  /** @default null */
                  targeting: components['schemas']['__schema0'] | null;
                };
              };
              responseCount: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              publishedAt: string | null;
              closedAt: string | null;
              hostedUrl: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Surveys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default en */
          defaultLanguage?: string;
          languages?: string[];
          questions: (
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'nps';
                lowLabel?: {
                  [key: string]: string;
                };
                highLabel?: {
                  [key: string]: string;
                };
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'csat';
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'ces';
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'rating';
                /** @default 1 */
                min?: number;
                /** @default 5 */
                max?: number;
                lowLabel?: {
                  [key: string]: string;
                };
                highLabel?: {
                  [key: string]: string;
                };
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'single_choice';
                options: {
                  id: string;
                  label: {
                    [key: string]: string;
                  };
                }[];
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'multiple_choice';
                options: {
                  id: string;
                  label: {
                    [key: string]: string;
                  };
                }[];
                minSelected?: number;
                maxSelected?: number;
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'open_text';
                /** @default 2000 */
                maxLength?: number;
                /** @default true */
                multiline?: boolean;
              }
          )[];
          /** @default [] */
          hiddenFields?: string[];
          /** @default [] */
          logic?: {
            after: string;
            if: components['schemas']['__schema0'];
            then:
              | {
                  goTo: string;
                }
              | {
                  end: string | null;
                };
          }[];
          /** @default [] */
          endings?: {
            id: string;
            title: {
              [key: string]: string;
            };
            message?: {
              [key: string]: string;
            };
          }[];
          name: string;
          distribution?: {
            /** @enum {string} */
            priority?: 'high' | 'normal' | 'low';
            /** @default null */
            cadenceDays?: number | null;
            /** @default 100 */
            samplingPercent?: number;
            /** @default [] */
            triggers?: {
              event: string;
              /** @default 0 */
              delayMinutes?: number;
              /**
               * @default email
               * @enum {string}
               */
              channel?: 'email';
            }[];
            /**
             * @default {
             *       "enabled": false,
             *       "triggers": [],
             *       "targeting": null
             *     }
             */
            widget?: {
              /** @default false */
              enabled?: boolean;
              /** @default [] */
              triggers?: (
                | {
                    /** @constant */
                    type: 'page_view';
                    urlPattern: string;
                  }
                | {
                    /** @constant */
                    type: 'click';
                    selector: string;
                  }
                | {
                    /** @constant */
                    type: 'event';
                    event: string;
                  }
                | {
                    /** @constant */
                    type: 'exit_intent';
                  }
              )[];
              /** @default null */
              targeting?: components['schemas']['__schema0'] | null;
            };
          };
          touchpointId?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            touchpointId: string | null;
            defaultLanguage: string;
            languages: string[];
            /** @description see ZQuestion */
            questions: unknown[];
            hiddenFields: string[];
            /** @description see ZLogicRule */
            logic: unknown[];
            /** @description see ZEnding */
            endings: unknown[];
            version: number;
            distribution: {
              /** @enum {string} */
              priority?: 'high' | 'normal' | 'low';
              /** @default null */
              cadenceDays: number | null;
              /** @default 100 */
              samplingPercent: number;
              /** @default [] */
              triggers: {
                event: string;
                /** @default 0 */
                delayMinutes: number;
                /**
                 * @default email
                 * @enum {string}
                 */
                channel: 'email';
              }[];
              /**
               * @default {
               *       "enabled": false,
               *       "triggers": [],
               *       "targeting": null
               *     }
               */
              widget: {
                /** @default false */
                enabled: boolean;
                /** @default [] */
                triggers: (
                  | {
                      /** @constant */
                      type: 'page_view';
                      urlPattern: string;
                    }
                  | {
                      /** @constant */
                      type: 'click';
                      selector: string;
                    }
                  | {
                      /** @constant */
                      type: 'event';
                      event: string;
                    }
                  | {
                      /** @constant */
                      type: 'exit_intent';
                    }
                )[];
                /** @default null */
                targeting: components['schemas']['__schema0'] | null;
              };
            };
            responseCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            hostedUrl: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1SurveysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            touchpointId: string | null;
            defaultLanguage: string;
            languages: string[];
            /** @description see ZQuestion */
            questions: unknown[];
            hiddenFields: string[];
            /** @description see ZLogicRule */
            logic: unknown[];
            /** @description see ZEnding */
            endings: unknown[];
            version: number;
            distribution: {
              /** @enum {string} */
              priority?: 'high' | 'normal' | 'low';
              /** @default null */
              cadenceDays: number | null;
              /** @default 100 */
              samplingPercent: number;
              /** @default [] */
              triggers: {
                event: string;
                /** @default 0 */
                delayMinutes: number;
                /**
                 * @default email
                 * @enum {string}
                 */
                channel: 'email';
              }[];
              /**
               * @default {
               *       "enabled": false,
               *       "triggers": [],
               *       "targeting": null
               *     }
               */
              widget: {
                /** @default false */
                enabled: boolean;
                /** @default [] */
                triggers: (
                  | {
                      /** @constant */
                      type: 'page_view';
                      urlPattern: string;
                    }
                  | {
                      /** @constant */
                      type: 'click';
                      selector: string;
                    }
                  | {
                      /** @constant */
                      type: 'event';
                      event: string;
                    }
                  | {
                      /** @constant */
                      type: 'exit_intent';
                    }
                )[];
                /** @default null */
                targeting: components['schemas']['__schema0'] | null;
              };
            };
            responseCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            hostedUrl: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1SurveysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchApiV1SurveysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          distribution?: {
            /** @enum {string} */
            priority?: 'high' | 'normal' | 'low';
            /** @default null */
            cadenceDays?: number | null;
            /** @default 100 */
            samplingPercent?: number;
            /** @default [] */
            triggers?: {
              event: string;
              /** @default 0 */
              delayMinutes?: number;
              /**
               * @default email
               * @enum {string}
               */
              channel?: 'email';
            }[];
            /**
             * @default {
             *       "enabled": false,
             *       "triggers": [],
             *       "targeting": null
             *     }
             */
            widget?: {
              /** @default false */
              enabled?: boolean;
              /** @default [] */
              triggers?: (
                | {
                    /** @constant */
                    type: 'page_view';
                    urlPattern: string;
                  }
                | {
                    /** @constant */
                    type: 'click';
                    selector: string;
                  }
                | {
                    /** @constant */
                    type: 'event';
                    event: string;
                  }
                | {
                    /** @constant */
                    type: 'exit_intent';
                  }
              )[];
              /** @default null */
              targeting?: components['schemas']['__schema0'] | null;
            };
          };
          touchpointId?: string | null;
          defaultLanguage?: string;
          languages?: string[];
          questions?: (
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'nps';
                lowLabel?: {
                  [key: string]: string;
                };
                highLabel?: {
                  [key: string]: string;
                };
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'csat';
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'ces';
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'rating';
                /** @default 1 */
                min?: number;
                /** @default 5 */
                max?: number;
                lowLabel?: {
                  [key: string]: string;
                };
                highLabel?: {
                  [key: string]: string;
                };
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'single_choice';
                options: {
                  id: string;
                  label: {
                    [key: string]: string;
                  };
                }[];
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'multiple_choice';
                options: {
                  id: string;
                  label: {
                    [key: string]: string;
                  };
                }[];
                minSelected?: number;
                maxSelected?: number;
              }
            | {
                id: string;
                text: {
                  [key: string]: string;
                };
                description?: {
                  [key: string]: string;
                };
                /** @default false */
                required?: boolean;
                /** @constant */
                type: 'open_text';
                /** @default 2000 */
                maxLength?: number;
                /** @default true */
                multiline?: boolean;
              }
          )[];
          hiddenFields?: string[];
          logic?: {
            after: string;
            if: components['schemas']['__schema0'];
            then:
              | {
                  goTo: string;
                }
              | {
                  end: string | null;
                };
          }[];
          endings?: {
            id: string;
            title: {
              [key: string]: string;
            };
            message?: {
              [key: string]: string;
            };
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            touchpointId: string | null;
            defaultLanguage: string;
            languages: string[];
            /** @description see ZQuestion */
            questions: unknown[];
            hiddenFields: string[];
            /** @description see ZLogicRule */
            logic: unknown[];
            /** @description see ZEnding */
            endings: unknown[];
            version: number;
            distribution: {
              /** @enum {string} */
              priority?: 'high' | 'normal' | 'low';
              /** @default null */
              cadenceDays: number | null;
              /** @default 100 */
              samplingPercent: number;
              /** @default [] */
              triggers: {
                event: string;
                /** @default 0 */
                delayMinutes: number;
                /**
                 * @default email
                 * @enum {string}
                 */
                channel: 'email';
              }[];
              /**
               * @default {
               *       "enabled": false,
               *       "triggers": [],
               *       "targeting": null
               *     }
               */
              widget: {
                /** @default false */
                enabled: boolean;
                /** @default [] */
                triggers: (
                  | {
                      /** @constant */
                      type: 'page_view';
                      urlPattern: string;
                    }
                  | {
                      /** @constant */
                      type: 'click';
                      selector: string;
                    }
                  | {
                      /** @constant */
                      type: 'event';
                      event: string;
                    }
                  | {
                      /** @constant */
                      type: 'exit_intent';
                    }
                )[];
                /** @default null */
                targeting: components['schemas']['__schema0'] | null;
              };
            };
            responseCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            hostedUrl: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1SurveysIdPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            touchpointId: string | null;
            defaultLanguage: string;
            languages: string[];
            /** @description see ZQuestion */
            questions: unknown[];
            hiddenFields: string[];
            /** @description see ZLogicRule */
            logic: unknown[];
            /** @description see ZEnding */
            endings: unknown[];
            version: number;
            distribution: {
              /** @enum {string} */
              priority?: 'high' | 'normal' | 'low';
              /** @default null */
              cadenceDays: number | null;
              /** @default 100 */
              samplingPercent: number;
              /** @default [] */
              triggers: {
                event: string;
                /** @default 0 */
                delayMinutes: number;
                /**
                 * @default email
                 * @enum {string}
                 */
                channel: 'email';
              }[];
              /**
               * @default {
               *       "enabled": false,
               *       "triggers": [],
               *       "targeting": null
               *     }
               */
              widget: {
                /** @default false */
                enabled: boolean;
                /** @default [] */
                triggers: (
                  | {
                      /** @constant */
                      type: 'page_view';
                      urlPattern: string;
                    }
                  | {
                      /** @constant */
                      type: 'click';
                      selector: string;
                    }
                  | {
                      /** @constant */
                      type: 'event';
                      event: string;
                    }
                  | {
                      /** @constant */
                      type: 'exit_intent';
                    }
                )[];
                /** @default null */
                targeting: components['schemas']['__schema0'] | null;
              };
            };
            responseCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            hostedUrl: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1SurveysIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            touchpointId: string | null;
            defaultLanguage: string;
            languages: string[];
            /** @description see ZQuestion */
            questions: unknown[];
            hiddenFields: string[];
            /** @description see ZLogicRule */
            logic: unknown[];
            /** @description see ZEnding */
            endings: unknown[];
            version: number;
            distribution: {
              /** @enum {string} */
              priority?: 'high' | 'normal' | 'low';
              /** @default null */
              cadenceDays: number | null;
              /** @default 100 */
              samplingPercent: number;
              /** @default [] */
              triggers: {
                event: string;
                /** @default 0 */
                delayMinutes: number;
                /**
                 * @default email
                 * @enum {string}
                 */
                channel: 'email';
              }[];
              /**
               * @default {
               *       "enabled": false,
               *       "triggers": [],
               *       "targeting": null
               *     }
               */
              widget: {
                /** @default false */
                enabled: boolean;
                /** @default [] */
                triggers: (
                  | {
                      /** @constant */
                      type: 'page_view';
                      urlPattern: string;
                    }
                  | {
                      /** @constant */
                      type: 'click';
                      selector: string;
                    }
                  | {
                      /** @constant */
                      type: 'event';
                      event: string;
                    }
                  | {
                      /** @constant */
                      type: 'exit_intent';
                    }
                )[];
                /** @default null */
                targeting: components['schemas']['__schema0'] | null;
              };
            };
            responseCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            hostedUrl: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1SurveyTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: {
                [key: string]: string;
              };
              description: {
                [key: string]: string;
              };
              /** @description a survey definition: questions, logic, endings */
              definition: unknown;
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1SurveysIdQr: {
    parameters: {
      query?: {
        format?: 'svg' | 'png';
        size?: number;
        language?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1SurveysIdLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contact?: {
            externalId?: string;
            email?: string;
            phone?: string;
          };
          language?: string;
          /** @default true */
          singleUse?: boolean;
          /** @default 30 */
          expiresInDays?: number;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            /** @description shown once */
            token: string;
            contactId: string | null;
            singleUse: boolean;
            /** Format: date-time */
            expiresAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1PublicSurveysId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            defaultLanguage: string;
            languages: string[];
            questions: unknown[];
            hiddenFields: string[];
            logic: unknown[];
            endings: unknown[];
            version: number;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1PublicSurveysIdDisplays: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default link
           * @enum {string}
           */
          channel?:
            | 'web'
            | 'app'
            | 'email'
            | 'sms'
            | 'chat'
            | 'phone'
            | 'store'
            | 'qr'
            | 'link'
            | 'widget'
            | 'api';
          contact?: {
            externalId?: string;
            email?: string;
            phone?: string;
          };
          language?: string;
          linkToken?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1PublicSurveysIdResponses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default {} */
          answers?: {
            [key: string]: (number | string | string[]) | null;
          };
          /** @default {} */
          hiddenFields?: {
            [key: string]: string;
          };
          contact?: {
            externalId?: string;
            email?: string;
            phone?: string;
          };
          language?: string;
          /**
           * @default link
           * @enum {string}
           */
          channel?:
            | 'web'
            | 'app'
            | 'email'
            | 'sms'
            | 'chat'
            | 'phone'
            | 'store'
            | 'qr'
            | 'link'
            | 'widget'
            | 'api';
          finished: boolean;
          linkToken?: string;
          /** @default {} */
          meta?: {
            url?: string;
            userAgent?: string;
            source?: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            finished: boolean;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Responses: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        surveyId?: string;
        touchpointId?: string;
        from?: string;
        to?: string;
        npsBand?: 'detractor' | 'passive' | 'promoter';
        language?: string;
        finished?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              surveyId: string;
              surveyName: string;
              surveyVersion: number;
              touchpointId: string | null;
              contactId: string | null;
              channel: string;
              language: string;
              answers: {
                [key: string]: unknown;
              };
              hiddenFields: {
                [key: string]: string;
              };
              /** @description the first NPS answer, for filtering by band */
              npsScore: number | null;
              finished: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'getApiV1ResponsesExport.csv': {
    parameters: {
      query?: {
        surveyId?: string;
        touchpointId?: string;
        from?: string;
        to?: string;
        npsBand?: 'detractor' | 'passive' | 'promoter';
        language?: string;
        finished?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1ResponsesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            surveyId: string;
            surveyName: string;
            surveyVersion: number;
            touchpointId: string | null;
            contactId: string | null;
            channel: string;
            language: string;
            answers: {
              [key: string]: unknown;
            };
            hiddenFields: {
              [key: string]: string;
            };
            /** @description the first NPS answer, for filtering by band */
            npsScore: number | null;
            finished: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1ContactsIdentify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          externalId?: string;
          email?: string;
          phone?: string;
          /** @default {} */
          attributes?: {
            [key: string]: string | number | boolean | null;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contact: {
              /** Format: uuid */
              id: string;
              externalId: string | null;
              email: string | null;
              phone: string | null;
              attributes: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
            created: boolean;
            mergedContactIds: string[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1ContactsTrack: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contact: {
            externalId?: string;
            email?: string;
            phone?: string;
          };
          event: string;
          /** @default {} */
          properties?: {
            [key: string]: unknown;
          };
          /** Format: date-time */
          occurredAt?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            contactId: string;
            eventId: number;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Contacts: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              externalId: string | null;
              email: string | null;
              phone: string | null;
              attributes: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1ContactsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            externalId: string | null;
            email: string | null;
            phone: string | null;
            attributes: {
              [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1ContactsIdTimeline: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              kind: 'event' | 'response' | 'invitation';
              id: string;
              /** Format: date-time */
              occurredAt: string;
              name: string;
              data: {
                [key: string]: unknown;
              };
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1SettingsContactBudget: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contactBudget: {
              maxSurveys: number;
              perDays: number;
            } | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putApiV1SettingsContactBudget: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          maxSurveys: number;
          perDays: number;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contactBudget: {
              maxSurveys: number;
              perDays: number;
            } | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1SettingsContactBudget: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contactBudget: {
              maxSurveys: number;
              perDays: number;
            } | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1SurveysIdInvitations: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              email: string;
              /** Format: uuid */
              contactId: string;
              language: string;
              /** @enum {string} */
              status: 'queued' | 'sent' | 'failed' | 'skipped';
              skipReason:
                | (
                    | 'unsubscribed'
                    | 'over_budget'
                    | 'cadence'
                    | 'sampled_out'
                    | 'invalid_address'
                    | 'duplicate'
                    | 'no_email'
                  )
                | null;
              trigger: string | null;
              sentAt: string | null;
              reminderDueAt: string | null;
              remindedAt: string | null;
              answered: boolean;
              error: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1SurveysIdInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @constant */
          channel: 'email';
          recipients: {
            email: string;
            name?: string;
            language?: string;
            externalId?: string;
          }[];
          /** @default null */
          remindAfterDays?: number | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sent: {
              email: string;
              /** Format: uuid */
              contactId: string;
              /** Format: uuid */
              invitationId: string;
            }[];
            skipped: {
              email: string;
              /** @enum {string} */
              reason:
                | 'unsubscribed'
                | 'over_budget'
                | 'cadence'
                | 'sampled_out'
                | 'invalid_address'
                | 'duplicate'
                | 'no_email';
              detail: string;
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1PublicWidgetConfig: {
    parameters: {
      query: {
        workspaceId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            clickSelectors: string[];
            events: string[];
            exitIntent: boolean;
            pageViews: boolean;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1PublicWidgetEligible: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          workspaceId: string;
          contact?: {
            externalId?: string;
            email?: string;
            phone?: string;
          };
          /** @default {} */
          attributes?: {
            [key: string]: string | number | boolean | null;
          };
          trigger:
            | {
                /** @constant */
                type: 'page_view';
                url: string;
              }
            | {
                /** @constant */
                type: 'click';
                selector: string;
                url?: string;
              }
            | {
                /** @constant */
                type: 'event';
                event: string;
                url?: string;
              }
            | {
                /** @constant */
                type: 'exit_intent';
                url?: string;
              };
          /** @default [] */
          seenSurveyIds?: string[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            survey: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'closed';
              defaultLanguage: string;
              languages: string[];
              questions: unknown[];
              hiddenFields: string[];
              logic: unknown[];
              endings: unknown[];
              version: number;
            } | null;
            reason: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1PublicUnsubscribeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            workspaceName: string;
            email: string;
            unsubscribed: boolean;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1PublicUnsubscribeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            workspaceName: string;
            email: string;
            unsubscribed: boolean;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Reviews: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        source?: string;
        touchpointId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              source: string;
              externalId: string;
              rating: number | null;
              ratingScale: number;
              author: string | null;
              title: string | null;
              text: string;
              url: string | null;
              language: string | null;
              touchpointId: string | null;
              /** Format: date-time */
              postedAt: string;
              /** Format: date-time */
              createdAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Reviews: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            source: string;
            externalId?: string;
            rating?: number | null;
            /** @default 5 */
            ratingScale?: number;
            author?: string;
            title?: string;
            /** @default  */
            text?: string;
            /** Format: uri */
            url?: string;
            language?: string;
            /** Format: uuid */
            touchpointId?: string;
            /** Format: date-time */
            postedAt: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: number;
            duplicates: number;
            items: {
              id: string | null;
              externalId: string;
              /** @enum {string} */
              status: 'created' | 'duplicate';
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Metrics: {
    parameters: {
      query: {
        metric: 'nps' | 'csat' | 'ces' | 'rating';
        surveyId?: string;
        questionId?: string;
        touchpointId?: string;
        channel?:
          | 'web'
          | 'app'
          | 'email'
          | 'sms'
          | 'chat'
          | 'phone'
          | 'store'
          | 'qr'
          | 'link'
          | 'widget'
          | 'api';
        language?: string;
        from?: string;
        to?: string;
        groupBy?:
          | 'day'
          | 'week'
          | 'month'
          | 'touchpoint'
          | 'stage'
          | 'channel'
          | 'language'
          | 'survey'
          | 'segment'
          | 'account';
        smallSampleFloor?: number;
        source?: 'rollups' | 'raw';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            metric: 'nps' | 'csat' | 'ces' | 'rating';
            /** @enum {string} */
            source: 'rollups' | 'raw';
            value: number | null;
            n: number;
            ci95: [number, number] | null;
            smallSample: boolean;
            groups: {
              key: string;
              label: string | null;
              value: number | null;
              n: number;
              ci95: [number, number] | null;
              smallSample: boolean;
              changeVsPrevious?: {
                delta: number;
                pValue: number;
                significant: boolean;
                /** @description the significance test used */
                test: string;
              };
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Drivers: {
    parameters: {
      query: {
        surveyId: string;
        outcome: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            outcome: string;
            n: number;
            /** @description share of the outcome’s variance the drivers explain together */
            r2: number;
            method: string;
            drivers: {
              questionId: string;
              label: string;
              /** @description share of R² (Shapley decomposition), 0–1 */
              importance: number;
              /** @description mean answer on a 0–100 scale */
              performance: number | null;
              /** @enum {string} */
              quadrant: 'fix_first' | 'keep_up' | 'low_priority' | 'possible_overkill';
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Loyalty: {
    parameters: {
      query?: {
        by?: 'touchpoint' | 'segment' | 'attribute';
        attribute?: string;
        from?: string;
        to?: string;
        retentionAttribute?: string;
        spendAttribute?: string;
        smallSampleFloor?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            rows: {
              key: string;
              label: string | null;
              /** @description NPS of the group’s NPS answers (% promoters − % detractors) */
              nps: {
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @description CSAT of the group’s CSAT answers (top-2-box %) */
              csat: {
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @description share of the group’s distinct contacts whose retention attribute is true; null when none has it */
              retention: {
                /** @description % of the contacts with the attribute true, 0–100 */
                value: number;
                n: number;
              } | null;
              /** @description mean of the spend attribute over the group’s distinct contacts; null when none has it */
              spend: {
                mean: number;
                n: number;
              } | null;
              /** @description satisfaction and loyalty disagree: CSAT ≥ 80 with NPS ≤ 0 (satisfied but not loyal), or CSAT < 60 with NPS ≥ 30 (loyal despite dissatisfaction); false when either is missing */
              disagreement: boolean;
            }[];
            retentionAttribute: string;
            spendAttribute: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1ResponseRates: {
    parameters: {
      query?: {
        surveyId?: string;
        from?: string;
        to?: string;
        groupBy?: 'channel' | 'survey';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            groups: {
              key: string;
              label: string | null;
              displays: number;
              started: number;
              finished: number;
              responseRate: number | null;
              completionRate: number | null;
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Annotations: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        touchpointId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: date */
              day: string;
              text: string;
              touchpointId: string | null;
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Annotations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          day: string;
          text: string;
          touchpointId?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: date */
            day: string;
            text: string;
            touchpointId: string | null;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1AnnotationsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1TextAnalyze: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          texts: {
            id?: string;
            text: string;
            /** @enum {string} */
            lang?: 'en' | 'vi';
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            analyzer: {
              name: string;
              version: number;
            };
            results: {
              id?: string;
              /** @enum {string} */
              lang: 'en' | 'vi' | 'other';
              sentiment: {
                /** @enum {string} */
                label: 'negative' | 'neutral' | 'positive' | 'mixed';
                score: number;
                drivers: {
                  phrase: string;
                  start: number;
                  end: number;
                  weight: number;
                }[];
              };
              topics: {
                id: string;
                name: string;
                confidence: number;
                /** @enum {string} */
                source: 'rule' | 'classifier';
              }[];
              signals: {
                effort: {
                  detected: boolean;
                  phrases: string[];
                };
                /** @enum {string} */
                actionability: 'needs_reply' | 'suggestion' | 'praise' | 'not_meaningful' | 'informational';
                urgency: {
                  /** @enum {string} */
                  level: 'none' | 'high';
                  reasons: ('churn_threat' | 'safety' | 'legal')[];
                  phrases: string[];
                };
              };
              redacted: string;
              pii: {
                /** @enum {string} */
                type: 'email' | 'phone' | 'card' | 'national_id' | 'address';
                start: number;
                end: number;
              }[];
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Topics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              query: string | null;
              ownerTeamId: string | null;
              examples: {
                positive: number;
                negative: number;
              };
              mentions: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Topics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @default  */
          description?: string;
          query?: string | null;
          ownerTeamId?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            query: string | null;
            ownerTeamId: string | null;
            examples: {
              positive: number;
              negative: number;
            };
            mentions: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1TopicsPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          query: string;
          /** @default 10 */
          limit?: number;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            matched: number;
            total: number;
            examples: {
              /** @enum {string} */
              itemKind: 'response' | 'review';
              /** Format: uuid */
              itemId: string;
              field: string;
              text: string;
              /** @enum {string} */
              lang: 'en' | 'vi' | 'other';
              sentiment: {
                /** @enum {string} */
                label: 'negative' | 'neutral' | 'positive' | 'mixed';
                score: number;
                drivers: {
                  phrase: string;
                  start: number;
                  end: number;
                  weight: number;
                }[];
              };
              topics: {
                id: string;
                name: string;
                confidence: number;
                /** @enum {string} */
                source: 'rule' | 'classifier';
              }[];
              signals: {
                effort: {
                  detected: boolean;
                  phrases: string[];
                };
                /** @enum {string} */
                actionability: 'needs_reply' | 'suggestion' | 'praise' | 'not_meaningful' | 'informational';
                urgency: {
                  /** @enum {string} */
                  level: 'none' | 'high';
                  reasons: ('churn_threat' | 'safety' | 'legal')[];
                  phrases: string[];
                };
              };
              surveyId: string | null;
              touchpointId: string | null;
              npsScore: number | null;
              rating: number | null;
              /** Format: date-time */
              createdAt: string;
              spans?: {
                start: number;
                end: number;
              }[];
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1TopicsModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            model: {
              version: number;
              /** Format: date-time */
              trainedAt: string;
              examples: number;
              topics: number;
            } | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1TopicsModelTrain: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            model: {
              version: number;
              /** Format: date-time */
              trainedAt: string;
              examples: number;
              topics: number;
            };
            changes: {
              /** Format: uuid */
              topicId: string;
              name: string;
              before: number;
              after: number;
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1TopicsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            query: string | null;
            ownerTeamId: string | null;
            examples: {
              positive: number;
              negative: number;
            };
            mentions: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1TopicsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchApiV1TopicsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
          query?: string | null;
          ownerTeamId?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            query: string | null;
            ownerTeamId: string | null;
            examples: {
              positive: number;
              negative: number;
            };
            mentions: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1TopicsIdExamples: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              itemKind: 'response' | 'review';
              /** Format: uuid */
              itemId: string;
              field: string;
              text: string;
              positive: boolean;
              /** Format: date-time */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1TopicsIdExamples: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          itemKind: 'response' | 'review';
          /** Format: uuid */
          itemId: string;
          field: string;
          positive: boolean;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            itemKind: 'response' | 'review';
            /** Format: uuid */
            itemId: string;
            field: string;
            text: string;
            positive: boolean;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1TopicsIdExamplesExampleId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        exampleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1InsightsTopics: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        surveyId?: string;
        touchpointId?: string;
        lang?: 'en' | 'vi' | 'other';
        interval?: 'day' | 'week' | 'month';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            total: number;
            items: {
              /** Format: uuid */
              topicId: string;
              name: string;
              /** @enum {string} */
              source: 'rule' | 'classifier' | 'both';
              n: number;
              share: number;
              sentiment: {
                negative: number;
                neutral: number;
                positive: number;
                mixed: number;
                averageScore: number | null;
              };
              trend: {
                /** Format: date */
                period: string;
                n: number;
                averageScore: number | null;
              }[];
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1InsightsPainPoints: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        surveyId?: string;
        touchpointId?: string;
        lang?: 'en' | 'vi' | 'other';
        metric?: 'nps' | 'csat';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            metric: 'nps' | 'csat';
            overall: {
              value: number | null;
              n: number;
            };
            items: {
              /** Format: uuid */
              topicId: string;
              name: string;
              n: number;
              valueWith: number | null;
              valueWithout: number | null;
              impact: number;
              trend: {
                /** Format: date */
                period: string;
                n: number;
              }[];
              examples: {
                /** @enum {string} */
                itemKind: 'response' | 'review';
                /** Format: uuid */
                itemId: string;
                field: string;
                text: string;
                /** @enum {string} */
                lang: 'en' | 'vi' | 'other';
                sentiment: {
                  /** @enum {string} */
                  label: 'negative' | 'neutral' | 'positive' | 'mixed';
                  score: number;
                  drivers: {
                    phrase: string;
                    start: number;
                    end: number;
                    weight: number;
                  }[];
                };
                topics: {
                  id: string;
                  name: string;
                  confidence: number;
                  /** @enum {string} */
                  source: 'rule' | 'classifier';
                }[];
                signals: {
                  effort: {
                    detected: boolean;
                    phrases: string[];
                  };
                  /** @enum {string} */
                  actionability: 'needs_reply' | 'suggestion' | 'praise' | 'not_meaningful' | 'informational';
                  urgency: {
                    /** @enum {string} */
                    level: 'none' | 'high';
                    reasons: ('churn_threat' | 'safety' | 'legal')[];
                    phrases: string[];
                  };
                };
                surveyId: string | null;
                touchpointId: string | null;
                npsScore: number | null;
                rating: number | null;
                /** Format: date-time */
                createdAt: string;
                spans?: {
                  start: number;
                  end: number;
                }[];
              }[];
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1InsightsThemes: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        surveyId?: string;
        touchpointId?: string;
        lang?: 'en' | 'vi' | 'other';
        baselineFrom?: string;
        baselineTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            current: {
              /** Format: date */
              from: string;
              /** Format: date */
              to: string;
              total: number;
            };
            baseline: {
              /** Format: date */
              from: string;
              /** Format: date */
              to: string;
              total: number;
            };
            items: {
              key: string;
              label: string;
              phrases: string[];
              n: number;
              share: number;
              baselineShare: number;
              lift: number | null;
              pValue: number | null;
              emerging: boolean;
              examples: {
                /** @enum {string} */
                itemKind: 'response' | 'review';
                /** Format: uuid */
                itemId: string;
                field: string;
                text: string;
                /** @enum {string} */
                lang: 'en' | 'vi' | 'other';
                sentiment: {
                  /** @enum {string} */
                  label: 'negative' | 'neutral' | 'positive' | 'mixed';
                  score: number;
                  drivers: {
                    phrase: string;
                    start: number;
                    end: number;
                    weight: number;
                  }[];
                };
                topics: {
                  id: string;
                  name: string;
                  confidence: number;
                  /** @enum {string} */
                  source: 'rule' | 'classifier';
                }[];
                signals: {
                  effort: {
                    detected: boolean;
                    phrases: string[];
                  };
                  /** @enum {string} */
                  actionability: 'needs_reply' | 'suggestion' | 'praise' | 'not_meaningful' | 'informational';
                  urgency: {
                    /** @enum {string} */
                    level: 'none' | 'high';
                    reasons: ('churn_threat' | 'safety' | 'legal')[];
                    phrases: string[];
                  };
                };
                surveyId: string | null;
                touchpointId: string | null;
                npsScore: number | null;
                rating: number | null;
                /** Format: date-time */
                createdAt: string;
                spans?: {
                  start: number;
                  end: number;
                }[];
              }[];
            }[];
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1InsightsComments: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        surveyId?: string;
        touchpointId?: string;
        lang?: 'en' | 'vi' | 'other';
        topicId?: string;
        sentiment?: 'negative' | 'neutral' | 'positive' | 'mixed';
        q?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              itemKind: 'response' | 'review';
              /** Format: uuid */
              itemId: string;
              field: string;
              text: string;
              /** @enum {string} */
              lang: 'en' | 'vi' | 'other';
              sentiment: {
                /** @enum {string} */
                label: 'negative' | 'neutral' | 'positive' | 'mixed';
                score: number;
                drivers: {
                  phrase: string;
                  start: number;
                  end: number;
                  weight: number;
                }[];
              };
              topics: {
                id: string;
                name: string;
                confidence: number;
                /** @enum {string} */
                source: 'rule' | 'classifier';
              }[];
              signals: {
                effort: {
                  detected: boolean;
                  phrases: string[];
                };
                /** @enum {string} */
                actionability: 'needs_reply' | 'suggestion' | 'praise' | 'not_meaningful' | 'informational';
                urgency: {
                  /** @enum {string} */
                  level: 'none' | 'high';
                  reasons: ('churn_threat' | 'safety' | 'legal')[];
                  phrases: string[];
                };
              };
              surveyId: string | null;
              touchpointId: string | null;
              npsScore: number | null;
              rating: number | null;
              /** Format: date-time */
              createdAt: string;
              spans?: {
                start: number;
                end: number;
              }[];
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1Webhooks: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              url: string;
              events: (
                | 'response.completed'
                | 'case.created'
                | 'case.updated'
                | 'alert.fired'
                | 'review.imported'
              )[];
              description: string;
              active: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1Webhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          url: string;
          events: (
            | 'response.completed'
            | 'case.created'
            | 'case.updated'
            | 'alert.fired'
            | 'review.imported'
          )[];
          /** @default  */
          description?: string;
          /** @default true */
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | 'response.completed'
              | 'case.created'
              | 'case.updated'
              | 'alert.fired'
              | 'review.imported'
            )[];
            description: string;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description signing secret, shown once (and again only by rotating it); verify Touchpoint-Signature with it */
            secret: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1WebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | 'response.completed'
              | 'case.created'
              | 'case.updated'
              | 'alert.fired'
              | 'review.imported'
            )[];
            description: string;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiV1WebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchApiV1WebhooksId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          url?: string;
          events?: (
            | 'response.completed'
            | 'case.created'
            | 'case.updated'
            | 'alert.fired'
            | 'review.imported'
          )[];
          description?: string;
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | 'response.completed'
              | 'case.created'
              | 'case.updated'
              | 'alert.fired'
              | 'review.imported'
            )[];
            description: string;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1WebhooksIdRotateSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | 'response.completed'
              | 'case.created'
              | 'case.updated'
              | 'alert.fired'
              | 'review.imported'
            )[];
            description: string;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description signing secret, shown once (and again only by rotating it); verify Touchpoint-Signature with it */
            secret: string;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiV1WebhooksIdDeliveries: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'pending' | 'delivered' | 'failed' | 'dead';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              webhookId: string;
              /** @description one of the webhook event types, or webhook.test */
              eventType: string;
              /** @enum {string} */
              status: 'pending' | 'delivered' | 'failed' | 'dead';
              attempts: number;
              lastStatusCode: number | null;
              lastError: string | null;
              nextAttemptAt: string | null;
              /** Format: date-time */
              createdAt: string;
              deliveredAt: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1WebhooksIdDeliveriesDeliveryIdRedeliver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            webhookId: string;
            /** @description one of the webhook event types, or webhook.test */
            eventType: string;
            /** @enum {string} */
            status: 'pending' | 'delivered' | 'failed' | 'dead';
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiV1WebhooksIdTest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            webhookId: string;
            /** @description one of the webhook event types, or webhook.test */
            eventType: string;
            /** @enum {string} */
            status: 'pending' | 'delivered' | 'failed' | 'dead';
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
          };
        };
      };
      /** @description An error, as RFC 9457 problem details */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
