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
    /** Create an account and its workspace (you become its admin), and sign in. An email that already has an account gets 202 and its owner an email; 403 SIGN_UP_CLOSED when sign-up is by invitation only */
    post: operations['postApiV1AuthSignUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server settings the sign-in and sign-up pages need (whether public sign-up is open) */
    get: operations['getApiV1PublicConfig'];
    put?: never;
    post?: never;
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
    /** Change a member's role, or deactivate them (no more sign-in to this workspace; their open cases are re-routed) and reactivate them */
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
    /** Rename a team, or change its description, business hours, SLA targets or assignment mode */
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
    /** Key-driver analysis: how much each driver explains the outcome question (Shapley share of R²) against how it performs (0–100), with the fix-first quadrant. by=questions (default): the survey’s other scored questions, per response. by=touchpoints: per contact, their latest outcome answer against their mean satisfaction at each touchpoint (touchpoints with ≥ 30 such contacts; a missing touchpoint takes the touchpoint’s mean; coverage per driver). by=topics: per response with a comment, whether it mentions each topic (topics with ≥ 10 mentions; performance = NPS of the mentioners as (NPS + 100) / 2). Without surveyId, touchpoints and topics explain the NPS question of the survey with the most NPS answers, preferring one not attributed to a touchpoint. Too little data answers 422 with invalidParams [{name: data.contacts|data.touchpoints|data.responses|data.topics|data.outcomeSurvey, reason: "<found> found, <needed> needed"}] */
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
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your in-app notifications in this workspace, newest first (unread=true for unread only) */
    get: operations['getApiV1Notifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of your notifications are unread */
    get: operations['getApiV1NotificationsUnreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark some ({ids}) or all ({all: true}) of your notifications read */
    post: operations['postApiV1NotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notification-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notification settings in this workspace (the daily email digest) */
    get: operations['getApiV1MeNotificationSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Turn the daily digest email of unread notifications on or off */
    patch: operations['patchApiV1MeNotificationSettings'];
    trace?: never;
  };
  '/api/v1/action-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List action plans, newest first (filter by status or owner team) */
    get: operations['getApiV1ActionPlans'];
    put?: never;
    /** Create an action plan for a root cause (topic, touchpoint, owner team, due date, metric) */
    post: operations['postApiV1ActionPlans'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/action-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An action plan with its cases, its metric before and after, and its notices */
    get: operations['getApiV1ActionPlansId'];
    put?: never;
    post?: never;
    /** Delete a plan (its cases stay, unlinked) */
    delete: operations['deleteApiV1ActionPlansId'];
    options?: never;
    head?: never;
    /** Change a plan; status done with an announcement sends "you said, we did" notices once */
    patch: operations['patchApiV1ActionPlansId'];
    trace?: never;
  };
  '/api/v1/action-plans/{id}/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link cases to the plan by id or by number (a case belongs to one plan at most) */
    post: operations['postApiV1ActionPlansIdCases'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/action-plans/{id}/cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Unlink a case from the plan */
    delete: operations['deleteApiV1ActionPlansIdCasesCaseId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme-health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Loop-closure rate, time to first action and to resolve, SLA breach rate and backlog by team */
    get: operations['getApiV1ProgrammeHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List alert rules, with how often each fired in the last 7 days */
    get: operations['getApiV1AlertRules'];
    put?: never;
    /** Create an alert rule: a condition on new feedback (e.g. {"all": [{"field": "nps", "op": "lte", "value": 6}]}) or a significant drop of a metric (kind "anomaly"); it may open a case */
    post: operations['postApiV1AlertRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-rules/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dry run: how many of the last N days' responses and reviews a condition would have matched */
    post: operations['postApiV1AlertRulesTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alert-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an alert rule */
    get: operations['getApiV1AlertRulesId'];
    put?: never;
    post?: never;
    /** Delete an alert rule and its alerts (cases it opened stay) */
    delete: operations['deleteApiV1AlertRulesId'];
    options?: never;
    head?: never;
    /** Change an alert rule, or pause/resume it (active) */
    patch: operations['patchApiV1AlertRulesId'];
    trace?: never;
  };
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List cases, newest first: by status, team (a team queue), assignee ("me" for your own), priority, touchpoint, customer, title, or overdue */
    get: operations['getApiV1Cases'];
    put?: never;
    /** Open a case by hand; it is routed to the owning team and assigned round-robin unless given */
    post: operations['postApiV1Cases'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case with its feedback, customer, team, assignee, activity and follow-ups */
    get: operations['getApiV1CasesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a case: title, description, priority, status (new → in_progress → waiting_on_customer → resolved → closed; reopen to in_progress), team and assignee, outcome */
    patch: operations['patchApiV1CasesId'];
    trace?: never;
  };
  '/api/v1/cases/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an internal note (never shown to the customer) */
    post: operations['postApiV1CasesIdNotes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/follow-ups/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A follow-up template filled in for this case's customer, in their language */
    get: operations['getApiV1CasesIdFollowUpsPreview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email the customer from the case (a template or your own text); queued and sent in the background, with a "Did we resolve this?" reply link */
    post: operations['postApiV1CasesIdFollowUps'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/follow-ups/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a follow-up reply link is about, and whether it was answered */
    get: operations['getApiV1PublicFollowUpsToken'];
    put?: never;
    /** The customer says whether they felt heard; the first answer is kept */
    post: operations['postApiV1PublicFollowUpsToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/automation-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List automation rules with how often each ran and its last run */
    get: operations['getApiV1AutomationRules'];
    put?: never;
    /** Create a rule: trigger → condition → ordered actions (inactive until enabled) */
    post: operations['postApiV1AutomationRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/automation-rules/dry-run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Test a trigger and condition against past data: how often it would have fired (no action runs) */
    post: operations['postApiV1AutomationRulesDryRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/automation-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an automation rule */
    get: operations['getApiV1AutomationRulesId'];
    put?: never;
    post?: never;
    /** Delete a rule and its run log */
    delete: operations['deleteApiV1AutomationRulesId'];
    options?: never;
    head?: never;
    /** Change a rule, or enable/disable it with {active} */
    patch: operations['patchApiV1AutomationRulesId'];
    trace?: never;
  };
  '/api/v1/automation-rules/{id}/dry-run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Test a saved rule against past data (no action runs) */
    post: operations['postApiV1AutomationRulesIdDryRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/automation-rules/{id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The run log of a rule, newest first, with what each action did */
    get: operations['getApiV1AutomationRulesIdRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coupon-pools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List coupon pools with their total, assigned and free codes */
    get: operations['getApiV1CouponPools'];
    put?: never;
    /** Create a coupon pool (add its codes next) */
    post: operations['postApiV1CouponPools'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coupon-pools/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a coupon pool with its counts */
    get: operations['getApiV1CouponPoolsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coupon-pools/{id}/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add unique codes to a pool (up to 10,000 per call; repeats are reported, not added) */
    post: operations['postApiV1CouponPoolsIdCodes'];
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
    AutomationTrigger:
      | {
          /** @constant */
          type: 'response.received';
          /** Format: uuid */
          surveyId?: string;
        }
      | {
          /** @constant */
          type: 'score.band';
          /** @enum {string} */
          metric: 'nps' | 'csat' | 'ces';
          /** @enum {string} */
          band: 'detractor' | 'passive' | 'promoter' | 'low' | 'high';
          /** Format: uuid */
          surveyId?: string;
        }
      | {
          /** @constant */
          type: 'topic.detected';
          /** Format: uuid */
          topicId: string;
        }
      | {
          /** @constant */
          type: 'event.tracked';
          /** @description the tracked event name, e.g. order.delivered */
          event: string;
        }
      | {
          /** @constant */
          type: 'case.status_changed';
          /** @enum {string} */
          to?: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
          /** @enum {string} */
          from?: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
        }
      | {
          /** @constant */
          type: 'time.elapsed';
          /** @enum {string} */
          since: 'case.created' | 'case.status_changed';
          /**
           * @description the status the case must (still) be in; without it, any open (not resolved or closed) case
           * @enum {string}
           */
          status?: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
          hours: number;
        };
    AutomationAction:
      | {
          /** @constant */
          type: 'create_case';
          /** @enum {string} */
          priority?: 'low' | 'normal' | 'high' | 'urgent';
          /** Format: uuid */
          teamId?: string;
          title?: string;
        }
      | {
          /** @constant */
          type: 'assign_case';
          teamId?: string | null;
          assigneeId?: string | null;
        }
      | {
          /** @constant */
          type: 'notify_team';
          /** Format: uuid */
          teamId: string;
          message: string;
        }
      | {
          /** @constant */
          type: 'notify_email';
          teamIds?: string[];
          userIds?: string[];
          subject: string;
          body: string;
        }
      | {
          /** @constant */
          type: 'tag';
          tag: string;
        }
      | {
          /** @constant */
          type: 'add_to_segment';
          segment: string;
        }
      | {
          /** @constant */
          type: 'send_email';
          subject: string;
          /** @description plain text; {{coupon}} and {{customerName}} are replaced */
          body: string;
          /**
           * Format: uuid
           * @description hand out one unused code of this pool as {{coupon}}
           */
          couponPoolId?: string;
        }
      | {
          /** @constant */
          type: 'call_webhook';
          /** Format: uuid */
          webhookId: string;
        }
      | {
          /** @constant */
          type: 'trigger_survey';
          /** Format: uuid */
          surveyId: string;
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
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            status: 'check_email';
            detail: string;
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
  getApiV1PublicConfig: {
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
            /**
             * @description `invite`: new accounts only through invitations (TOUCHPOINT_SIGNUP=invite); sign-up answers 403
             * @enum {string}
             */
            signUp: 'open' | 'invite';
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
              deactivatedAt: string | null;
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
          role?: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
          deactivated?: boolean;
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
            deactivatedAt: string | null;
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
              /** @description who created the key; null when no member is recorded (the key does not work) */
              createdBy: {
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /**
                 * @description the creator's membership now: a key works only while its creator is an active member, and with at most the creator's current role
                 * @enum {string}
                 */
                status: 'active' | 'deactivated' | 'removed';
              } | null;
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
            /** @description who created the key; null when no member is recorded (the key does not work) */
            createdBy: {
              /** Format: uuid */
              userId: string;
              name: string;
              email: string;
              /**
               * @description the creator's membership now: a key works only while its creator is an active member, and with at most the creator's current role
               * @enum {string}
               */
              status: 'active' | 'deactivated' | 'removed';
            } | null;
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
              businessHours: {
                timeZone: string;
                days: {
                  0?: [string, string][];
                  1?: [string, string][];
                  2?: [string, string][];
                  3?: [string, string][];
                  4?: [string, string][];
                  5?: [string, string][];
                  6?: [string, string][];
                };
                /** @default [] */
                holidays: string[];
              } | null;
              slaPolicy: {
                firstAction: {
                  low: number;
                  normal: number;
                  high: number;
                  urgent: number;
                };
                resolve: {
                  low: number;
                  normal: number;
                  high: number;
                  urgent: number;
                };
              } | null;
              /** @enum {string} */
              assignment: 'round_robin' | 'manual';
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
            businessHours: {
              timeZone: string;
              days: {
                0?: [string, string][];
                1?: [string, string][];
                2?: [string, string][];
                3?: [string, string][];
                4?: [string, string][];
                5?: [string, string][];
                6?: [string, string][];
              };
              /** @default [] */
              holidays: string[];
            } | null;
            slaPolicy: {
              firstAction: {
                low: number;
                normal: number;
                high: number;
                urgent: number;
              };
              resolve: {
                low: number;
                normal: number;
                high: number;
                urgent: number;
              };
            } | null;
            /** @enum {string} */
            assignment: 'round_robin' | 'manual';
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
          businessHours?: {
            timeZone: string;
            days: {
              0?: [string, string][];
              1?: [string, string][];
              2?: [string, string][];
              3?: [string, string][];
              4?: [string, string][];
              5?: [string, string][];
              6?: [string, string][];
            };
            /** @default [] */
            holidays?: string[];
          } | null;
          slaPolicy?: {
            firstAction: {
              low: number;
              normal: number;
              high: number;
              urgent: number;
            };
            resolve: {
              low: number;
              normal: number;
              high: number;
              urgent: number;
            };
          } | null;
          /** @enum {string} */
          assignment?: 'round_robin' | 'manual';
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
            businessHours: {
              timeZone: string;
              days: {
                0?: [string, string][];
                1?: [string, string][];
                2?: [string, string][];
                3?: [string, string][];
                4?: [string, string][];
                5?: [string, string][];
                6?: [string, string][];
              };
              /** @default [] */
              holidays: string[];
            } | null;
            slaPolicy: {
              firstAction: {
                low: number;
                normal: number;
                high: number;
                urgent: number;
              };
              resolve: {
                low: number;
                normal: number;
                high: number;
                urgent: number;
              };
            } | null;
            /** @enum {string} */
            assignment: 'round_robin' | 'manual';
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
            businessHours: {
              timeZone: string;
              days: {
                0?: [string, string][];
                1?: [string, string][];
                2?: [string, string][];
                3?: [string, string][];
                4?: [string, string][];
                5?: [string, string][];
                6?: [string, string][];
              };
              /** @default [] */
              holidays: string[];
            } | null;
            slaPolicy: {
              firstAction: {
                low: number;
                normal: number;
                high: number;
                urgent: number;
              };
              resolve: {
                low: number;
                normal: number;
                high: number;
                urgent: number;
              };
            } | null;
            /** @enum {string} */
            assignment: 'round_robin' | 'manual';
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
            businessHours: {
              timeZone: string;
              days: {
                0?: [string, string][];
                1?: [string, string][];
                2?: [string, string][];
                3?: [string, string][];
                4?: [string, string][];
                5?: [string, string][];
                6?: [string, string][];
              };
              /** @default [] */
              holidays: string[];
            } | null;
            slaPolicy: {
              firstAction: {
                low: number;
                normal: number;
                high: number;
                urgent: number;
              };
              resolve: {
                low: number;
                normal: number;
                high: number;
                urgent: number;
              };
            } | null;
            /** @enum {string} */
            assignment: 'round_robin' | 'manual';
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
      query?: {
        /** @description questions: the survey’s other scored questions, per response; touchpoints: per contact, satisfaction at each touchpoint; topics: per response with a comment, topic mentions */
        by?: 'questions' | 'touchpoints' | 'topics';
        /** @description the survey with the outcome question; required with by=questions, else defaults to the survey with the most NPS answers in the period, preferring one not attributed to a touchpoint */
        surveyId?: string;
        /** @description the outcome question id; required with by=questions, else defaults to the survey’s NPS question */
        outcome?: string;
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
            /** @enum {string} */
            by: 'questions' | 'touchpoints' | 'topics';
            /** @description the survey whose outcome question was explained (the default one if none was given) */
            surveyId: string;
            /** @description the outcome question’s id */
            outcome: string;
            /** @description rows in the model: responses (questions: those answering every question; topics: those with a comment) or contacts (touchpoints) */
            n: number;
            /** @description share of the outcome’s variance the drivers explain together */
            r2: number;
            method: string;
            drivers: {
              /** @description the question id, touchpoint id or topic id */
              key: string;
              /** @description with by=questions: the question id (same as key) */
              questionId?: string;
              label: string;
              /** @description share of R² (Shapley decomposition), 0–1 */
              importance: number;
              /** @description questions: mean answer; touchpoints: mean satisfaction there; topics: NPS of the responses mentioning it rescaled as (NPS + 100) / 2 (mean answer for other outcomes) — all 0–100 */
              performance: number | null;
              /** @enum {string} */
              quadrant: 'fix_first' | 'keep_up' | 'low_priority' | 'possible_overkill';
              /** @description touchpoints: contacts in the model with a score there (the others get its mean); topics: responses in the model mentioning it */
              coverage?: number;
            }[];
            /** @description touchpoints or topics left out of the model: below the coverage floor (minCoverage), or beyond the 12 best covered */
            excluded?: {
              key: string;
              label: string;
              coverage: number;
            }[];
            /** @description touchpoints: contacts a touchpoint needs; topics: mentions a topic needs */
            minCoverage?: number;
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
                sentiment?: {
                  /** @enum {string} */
                  label: 'negative' | 'neutral' | 'positive' | 'mixed';
                  score: number;
                };
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
                sentiment?: {
                  /** @enum {string} */
                  label: 'negative' | 'neutral' | 'positive' | 'mixed';
                  score: number;
                };
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
                  sentiment?: {
                    /** @enum {string} */
                    label: 'negative' | 'neutral' | 'positive' | 'mixed';
                    score: number;
                  };
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
                  sentiment?: {
                    /** @enum {string} */
                    label: 'negative' | 'neutral' | 'positive' | 'mixed';
                    score: number;
                  };
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
                sentiment?: {
                  /** @enum {string} */
                  label: 'negative' | 'neutral' | 'positive' | 'mixed';
                  score: number;
                };
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
                | 'automation.fired'
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
            | 'automation.fired'
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
              | 'automation.fired'
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
              | 'automation.fired'
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
            | 'automation.fired'
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
              | 'automation.fired'
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
              | 'automation.fired'
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
  getApiV1Notifications: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        unread?: 'true' | 'false';
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
              /** @description what happened, e.g. case.created, case.assigned, case.escalated, alert.fired */
              kind: string;
              title: string;
              body: string;
              /** @description a path in the web app, e.g. /cases/<id> */
              link: string | null;
              readAt: string | null;
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
  getApiV1NotificationsUnreadCount: {
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
            unread: number;
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
  postApiV1NotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ids?: number[];
          /** @constant */
          all?: true;
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
            marked: number;
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
  getApiV1MeNotificationSettings: {
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
            /** @enum {string} */
            digest: 'off' | 'daily';
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
  patchApiV1MeNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          digest: 'off' | 'daily';
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
            /** @enum {string} */
            digest: 'off' | 'daily';
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
  getApiV1ActionPlans: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'planned' | 'in_progress' | 'done' | 'cancelled';
        ownerTeamId?: string;
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
              title: string;
              description: string;
              topicId: string | null;
              touchpointId: string | null;
              ownerTeamId: string | null;
              dueDate: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'done' | 'cancelled';
              /** @enum {string} */
              metric: 'nps' | 'csat' | 'ces';
              /** @description points of NPS, percentage points of CSAT, points of CES */
              expectedEffect: number | null;
              announcementSubject: string | null;
              announcementBody: string | null;
              caseCount: number;
              completedAt: string | null;
              announcedAt: string | null;
              createdBy: string | null;
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
  postApiV1ActionPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          /** @default  */
          description?: string;
          /** @default null */
          topicId?: string | null;
          /** @default null */
          touchpointId?: string | null;
          /** @default null */
          ownerTeamId?: string | null;
          /** @default null */
          dueDate?: string | null;
          /**
           * @default planned
           * @enum {string}
           */
          status?: 'planned' | 'in_progress' | 'done' | 'cancelled';
          /**
           * @default nps
           * @enum {string}
           */
          metric?: 'nps' | 'csat' | 'ces';
          /** @default null */
          expectedEffect?: number | null;
          /** @default null */
          announcementSubject?: string | null;
          /** @default null */
          announcementBody?: string | null;
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
            title: string;
            description: string;
            topicId: string | null;
            touchpointId: string | null;
            ownerTeamId: string | null;
            dueDate: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'done' | 'cancelled';
            /** @enum {string} */
            metric: 'nps' | 'csat' | 'ces';
            /** @description points of NPS, percentage points of CSAT, points of CES */
            expectedEffect: number | null;
            announcementSubject: string | null;
            announcementBody: string | null;
            caseCount: number;
            completedAt: string | null;
            announcedAt: string | null;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            cases: {
              /** Format: uuid */
              id: string;
              number: number;
              title: string;
              status: string;
              priority: string;
              contactId: string | null;
            }[];
            /** @description null when the plan has neither a touchpoint nor a topic */
            impact: {
              /** @enum {string} */
              metric: 'nps' | 'csat' | 'ces';
              /**
               * @description the touchpoint’s responses, or (without a touchpoint) the responses mentioning the topic
               * @enum {string}
               */
              scope: 'touchpoint' | 'topic';
              /** @description the 30 days before the plan was created */
              before: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @description since completion (or since creation while not done) */
              after: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @enum {string} */
              afterSince: 'completion' | 'creation';
            } | null;
            notices: {
              sent: number;
              skipped: {
                unsubscribed: number;
                budget: number;
                noEmail: number;
              };
              failed: number;
            };
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
  getApiV1ActionPlansId: {
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
            title: string;
            description: string;
            topicId: string | null;
            touchpointId: string | null;
            ownerTeamId: string | null;
            dueDate: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'done' | 'cancelled';
            /** @enum {string} */
            metric: 'nps' | 'csat' | 'ces';
            /** @description points of NPS, percentage points of CSAT, points of CES */
            expectedEffect: number | null;
            announcementSubject: string | null;
            announcementBody: string | null;
            caseCount: number;
            completedAt: string | null;
            announcedAt: string | null;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            cases: {
              /** Format: uuid */
              id: string;
              number: number;
              title: string;
              status: string;
              priority: string;
              contactId: string | null;
            }[];
            /** @description null when the plan has neither a touchpoint nor a topic */
            impact: {
              /** @enum {string} */
              metric: 'nps' | 'csat' | 'ces';
              /**
               * @description the touchpoint’s responses, or (without a touchpoint) the responses mentioning the topic
               * @enum {string}
               */
              scope: 'touchpoint' | 'topic';
              /** @description the 30 days before the plan was created */
              before: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @description since completion (or since creation while not done) */
              after: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @enum {string} */
              afterSince: 'completion' | 'creation';
            } | null;
            notices: {
              sent: number;
              skipped: {
                unsubscribed: number;
                budget: number;
                noEmail: number;
              };
              failed: number;
            };
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
  deleteApiV1ActionPlansId: {
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
  patchApiV1ActionPlansId: {
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
          title?: string;
          description?: string;
          topicId?: string | null;
          touchpointId?: string | null;
          ownerTeamId?: string | null;
          dueDate?: string | null;
          /** @enum {string} */
          status?: 'planned' | 'in_progress' | 'done' | 'cancelled';
          /** @enum {string} */
          metric?: 'nps' | 'csat' | 'ces';
          expectedEffect?: number | null;
          announcementSubject?: string | null;
          announcementBody?: string | null;
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
            title: string;
            description: string;
            topicId: string | null;
            touchpointId: string | null;
            ownerTeamId: string | null;
            dueDate: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'done' | 'cancelled';
            /** @enum {string} */
            metric: 'nps' | 'csat' | 'ces';
            /** @description points of NPS, percentage points of CSAT, points of CES */
            expectedEffect: number | null;
            announcementSubject: string | null;
            announcementBody: string | null;
            caseCount: number;
            completedAt: string | null;
            announcedAt: string | null;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            cases: {
              /** Format: uuid */
              id: string;
              number: number;
              title: string;
              status: string;
              priority: string;
              contactId: string | null;
            }[];
            /** @description null when the plan has neither a touchpoint nor a topic */
            impact: {
              /** @enum {string} */
              metric: 'nps' | 'csat' | 'ces';
              /**
               * @description the touchpoint’s responses, or (without a touchpoint) the responses mentioning the topic
               * @enum {string}
               */
              scope: 'touchpoint' | 'topic';
              /** @description the 30 days before the plan was created */
              before: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @description since completion (or since creation while not done) */
              after: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @enum {string} */
              afterSince: 'completion' | 'creation';
            } | null;
            notices: {
              sent: number;
              skipped: {
                unsubscribed: number;
                budget: number;
                noEmail: number;
              };
              failed: number;
            };
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
  postApiV1ActionPlansIdCases: {
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
          caseIds?: string[];
          caseNumbers?: number[];
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
            title: string;
            description: string;
            topicId: string | null;
            touchpointId: string | null;
            ownerTeamId: string | null;
            dueDate: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'done' | 'cancelled';
            /** @enum {string} */
            metric: 'nps' | 'csat' | 'ces';
            /** @description points of NPS, percentage points of CSAT, points of CES */
            expectedEffect: number | null;
            announcementSubject: string | null;
            announcementBody: string | null;
            caseCount: number;
            completedAt: string | null;
            announcedAt: string | null;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            cases: {
              /** Format: uuid */
              id: string;
              number: number;
              title: string;
              status: string;
              priority: string;
              contactId: string | null;
            }[];
            /** @description null when the plan has neither a touchpoint nor a topic */
            impact: {
              /** @enum {string} */
              metric: 'nps' | 'csat' | 'ces';
              /**
               * @description the touchpoint’s responses, or (without a touchpoint) the responses mentioning the topic
               * @enum {string}
               */
              scope: 'touchpoint' | 'topic';
              /** @description the 30 days before the plan was created */
              before: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @description since completion (or since creation while not done) */
              after: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @enum {string} */
              afterSince: 'completion' | 'creation';
            } | null;
            notices: {
              sent: number;
              skipped: {
                unsubscribed: number;
                budget: number;
                noEmail: number;
              };
              failed: number;
            };
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
  deleteApiV1ActionPlansIdCasesCaseId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        caseId: string;
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
            title: string;
            description: string;
            topicId: string | null;
            touchpointId: string | null;
            ownerTeamId: string | null;
            dueDate: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'done' | 'cancelled';
            /** @enum {string} */
            metric: 'nps' | 'csat' | 'ces';
            /** @description points of NPS, percentage points of CSAT, points of CES */
            expectedEffect: number | null;
            announcementSubject: string | null;
            announcementBody: string | null;
            caseCount: number;
            completedAt: string | null;
            announcedAt: string | null;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            cases: {
              /** Format: uuid */
              id: string;
              number: number;
              title: string;
              status: string;
              priority: string;
              contactId: string | null;
            }[];
            /** @description null when the plan has neither a touchpoint nor a topic */
            impact: {
              /** @enum {string} */
              metric: 'nps' | 'csat' | 'ces';
              /**
               * @description the touchpoint’s responses, or (without a touchpoint) the responses mentioning the topic
               * @enum {string}
               */
              scope: 'touchpoint' | 'topic';
              /** @description the 30 days before the plan was created */
              before: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @description since completion (or since creation while not done) */
              after: {
                /**
                 * Format: date
                 * @description first day (UTC), inclusive
                 */
                from: string;
                /**
                 * Format: date
                 * @description last day (UTC), exclusive
                 */
                to: string;
                value: number | null;
                n: number;
                ci95: [number, number] | null;
                smallSample: boolean;
              };
              /** @enum {string} */
              afterSince: 'completion' | 'creation';
            } | null;
            notices: {
              sent: number;
              skipped: {
                unsubscribed: number;
                budget: number;
                noEmail: number;
              };
              failed: number;
            };
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
  getApiV1ProgrammeHealth: {
    parameters: {
      query?: {
        /** @description first day (UTC), inclusive; default 30 days ago */
        from?: string;
        /** @description last day (UTC), exclusive; default tomorrow */
        to?: string;
        teamId?: string;
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
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            teamId: string | null;
            /** @description share of detractors whose feedback got a documented follow-up */
            loopClosure: {
              /** @description a fraction 0–1; null when n is 0 */
              rate: number | null;
              /** @description Wilson 95% interval, fractions */
              ci95: [number, number] | null;
              /** @description detractors with a case that has a sent follow-up or an outcome */
              closed: number;
              /** @description NPS 0–6 responses in the period */
              detractors: number;
            };
            timeToFirstAction: {
              /** @description elapsed (calendar) minutes */
              medianMinutes: number | null;
              n: number;
            };
            timeToResolve: {
              medianMinutes: number | null;
              n: number;
            };
            slaBreachRate: {
              /** @description a fraction 0–1; null when n is 0 */
              rate: number | null;
              /** @description Wilson 95% interval, fractions */
              ci95: [number, number] | null;
              breached: number;
              /** @description cases opened in the period that have SLA targets */
              n: number;
            };
            backlog: {
              teamId: string | null;
              teamName: string | null;
              open: number;
              overdue: number;
            }[];
            casesOpened: number;
            casesResolved: number;
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
  getApiV1AlertRules: {
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
              kind: 'feedback' | 'anomaly';
              surveyId: string | null;
              condition: components['schemas']['__schema0'] | null;
              anomaly: {
                /** @enum {string} */
                metric: 'nps' | 'csat';
                touchpointId: string | null;
                windowDays: number;
                baselineDays: number;
              } | null;
              createCase: {
                /** @enum {string} */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                teamId: string | null;
              } | null;
              notify: {
                teamIds: string[];
                userIds: string[];
              };
              active: boolean;
              firedLast7Days: number;
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
  postApiV1AlertRules: {
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
          /**
           * @default feedback
           * @enum {string}
           */
          kind?: 'feedback' | 'anomaly';
          surveyId?: string | null;
          condition?: components['schemas']['__schema0'];
          anomaly?: {
            /** @enum {string} */
            metric: 'nps' | 'csat';
            touchpointId?: string | null;
            /** @default 7 */
            windowDays?: number;
            /** @default 28 */
            baselineDays?: number;
          };
          createCase?: {
            /**
             * @default normal
             * @enum {string}
             */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            teamId?: string | null;
          } | null;
          notify?: {
            /** @default [] */
            teamIds?: string[];
            /** @default [] */
            userIds?: string[];
          };
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
            name: string;
            /** @enum {string} */
            kind: 'feedback' | 'anomaly';
            surveyId: string | null;
            condition: components['schemas']['__schema0'] | null;
            anomaly: {
              /** @enum {string} */
              metric: 'nps' | 'csat';
              touchpointId: string | null;
              windowDays: number;
              baselineDays: number;
            } | null;
            createCase: {
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              teamId: string | null;
            } | null;
            notify: {
              teamIds: string[];
              userIds: string[];
            };
            active: boolean;
            firedLast7Days: number;
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
  postApiV1AlertRulesTest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          condition: components['schemas']['__schema0'];
          surveyId?: string | null;
          /** @default 7 */
          days?: number;
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
            days: number;
            checked: number;
            matched: number;
            truncated: boolean;
            samples: {
              /** @enum {string} */
              itemKind: 'response' | 'review';
              /** Format: uuid */
              itemId: string;
              /** Format: date-time */
              occurredAt: string;
              nps: number | null;
              text: string;
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
  getApiV1AlertRulesId: {
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
            kind: 'feedback' | 'anomaly';
            surveyId: string | null;
            condition: components['schemas']['__schema0'] | null;
            anomaly: {
              /** @enum {string} */
              metric: 'nps' | 'csat';
              touchpointId: string | null;
              windowDays: number;
              baselineDays: number;
            } | null;
            createCase: {
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              teamId: string | null;
            } | null;
            notify: {
              teamIds: string[];
              userIds: string[];
            };
            active: boolean;
            firedLast7Days: number;
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
  deleteApiV1AlertRulesId: {
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
  patchApiV1AlertRulesId: {
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
          surveyId?: string | null;
          condition?: components['schemas']['__schema0'];
          anomaly?: {
            /** @enum {string} */
            metric: 'nps' | 'csat';
            touchpointId?: string | null;
            /** @default 7 */
            windowDays?: number;
            /** @default 28 */
            baselineDays?: number;
          };
          createCase?: {
            /**
             * @default normal
             * @enum {string}
             */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            teamId?: string | null;
          } | null;
          notify?: {
            /** @default [] */
            teamIds?: string[];
            /** @default [] */
            userIds?: string[];
          };
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
            name: string;
            /** @enum {string} */
            kind: 'feedback' | 'anomaly';
            surveyId: string | null;
            condition: components['schemas']['__schema0'] | null;
            anomaly: {
              /** @enum {string} */
              metric: 'nps' | 'csat';
              touchpointId: string | null;
              windowDays: number;
              baselineDays: number;
            } | null;
            createCase: {
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              teamId: string | null;
            } | null;
            notify: {
              teamIds: string[];
              userIds: string[];
            };
            active: boolean;
            firedLast7Days: number;
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
  getApiV1Cases: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: ('new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed')[];
        teamId?: string;
        assigneeId?: 'me' | string;
        priority?: ('low' | 'normal' | 'high' | 'urgent')[];
        touchpointId?: string;
        contactId?: string;
        q?: string;
        overdue?: 'true' | 'false';
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
              number: number;
              title: string;
              /** @enum {string} */
              status: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @enum {string} */
              source: 'manual' | 'alert' | 'automation' | 'api';
              alertRuleId: string | null;
              contactId: string | null;
              contactLabel: string | null;
              touchpointId: string | null;
              topicId: string | null;
              teamId: string | null;
              teamName: string | null;
              assigneeId: string | null;
              assigneeName: string | null;
              actionPlanId: string | null;
              firstActionDueAt: string | null;
              resolveDueAt: string | null;
              firstActionAt: string | null;
              resolvedAt: string | null;
              closedAt: string | null;
              isOverdue: boolean;
              escalationLevel: number;
              outcome: ('resolved' | 'not_resolved' | 'no_reply' | 'not_contactable') | null;
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
  postApiV1Cases: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          /** @default  */
          description?: string;
          /**
           * @default normal
           * @enum {string}
           */
          priority?: 'low' | 'normal' | 'high' | 'urgent';
          contactId?: string | null;
          touchpointId?: string | null;
          topicId?: string | null;
          teamId?: string | null;
          assigneeId?: string | null;
          /** @default [] */
          items?: {
            /** @enum {string} */
            kind: 'response' | 'review';
            /** Format: uuid */
            id: string;
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
            number: number;
            title: string;
            /** @enum {string} */
            status: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
            /** @enum {string} */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            /** @enum {string} */
            source: 'manual' | 'alert' | 'automation' | 'api';
            alertRuleId: string | null;
            contactId: string | null;
            contactLabel: string | null;
            touchpointId: string | null;
            topicId: string | null;
            teamId: string | null;
            teamName: string | null;
            assigneeId: string | null;
            assigneeName: string | null;
            actionPlanId: string | null;
            firstActionDueAt: string | null;
            resolveDueAt: string | null;
            firstActionAt: string | null;
            resolvedAt: string | null;
            closedAt: string | null;
            isOverdue: boolean;
            escalationLevel: number;
            outcome: ('resolved' | 'not_resolved' | 'no_reply' | 'not_contactable') | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            description: string;
            outcomeNote: string | null;
            createdBy: string | null;
            firstActionBreached: boolean;
            resolveBreached: boolean;
            allowedTransitions: ('new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed')[];
            customer: {
              /** Format: uuid */
              id: string;
              label: string;
              email: string | null;
              externalId: string | null;
              isContactable: boolean;
              attributes: {
                [key: string]: unknown;
              };
            } | null;
            team: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
            } | null;
            items: {
              /** @enum {string} */
              kind: 'response' | 'review' | 'conversation';
              /** Format: uuid */
              id: string;
              surveyId: string | null;
              surveyName: string | null;
              source: string | null;
              nps: number | null;
              rating: number | null;
              text: string;
              occurredAt: string | null;
            }[];
            activities: {
              id: number;
              kind: string;
              actor: string | null;
              actorName: string | null;
              body: string;
              data: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
            }[];
            followUps: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** @constant */
              channel: 'email';
              toAddress: string;
              subject: string;
              body: string;
              /** @enum {string} */
              status: 'queued' | 'sent' | 'failed';
              error: string | null;
              feltHeard: boolean | null;
              customerComment: string | null;
              answeredAt: string | null;
              createdBy: string | null;
              /** Format: date-time */
              createdAt: string;
              sentAt: string | null;
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
  getApiV1CasesId: {
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
            number: number;
            title: string;
            /** @enum {string} */
            status: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
            /** @enum {string} */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            /** @enum {string} */
            source: 'manual' | 'alert' | 'automation' | 'api';
            alertRuleId: string | null;
            contactId: string | null;
            contactLabel: string | null;
            touchpointId: string | null;
            topicId: string | null;
            teamId: string | null;
            teamName: string | null;
            assigneeId: string | null;
            assigneeName: string | null;
            actionPlanId: string | null;
            firstActionDueAt: string | null;
            resolveDueAt: string | null;
            firstActionAt: string | null;
            resolvedAt: string | null;
            closedAt: string | null;
            isOverdue: boolean;
            escalationLevel: number;
            outcome: ('resolved' | 'not_resolved' | 'no_reply' | 'not_contactable') | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            description: string;
            outcomeNote: string | null;
            createdBy: string | null;
            firstActionBreached: boolean;
            resolveBreached: boolean;
            allowedTransitions: ('new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed')[];
            customer: {
              /** Format: uuid */
              id: string;
              label: string;
              email: string | null;
              externalId: string | null;
              isContactable: boolean;
              attributes: {
                [key: string]: unknown;
              };
            } | null;
            team: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
            } | null;
            items: {
              /** @enum {string} */
              kind: 'response' | 'review' | 'conversation';
              /** Format: uuid */
              id: string;
              surveyId: string | null;
              surveyName: string | null;
              source: string | null;
              nps: number | null;
              rating: number | null;
              text: string;
              occurredAt: string | null;
            }[];
            activities: {
              id: number;
              kind: string;
              actor: string | null;
              actorName: string | null;
              body: string;
              data: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
            }[];
            followUps: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** @constant */
              channel: 'email';
              toAddress: string;
              subject: string;
              body: string;
              /** @enum {string} */
              status: 'queued' | 'sent' | 'failed';
              error: string | null;
              feltHeard: boolean | null;
              customerComment: string | null;
              answeredAt: string | null;
              createdBy: string | null;
              /** Format: date-time */
              createdAt: string;
              sentAt: string | null;
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
  patchApiV1CasesId: {
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
          title?: string;
          description?: string;
          /** @enum {string} */
          priority?: 'low' | 'normal' | 'high' | 'urgent';
          /** @enum {string} */
          status?: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
          teamId?: string | null;
          assigneeId?: string | null;
          outcome?: ('resolved' | 'not_resolved' | 'no_reply' | 'not_contactable') | null;
          outcomeNote?: string | null;
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
            number: number;
            title: string;
            /** @enum {string} */
            status: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
            /** @enum {string} */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            /** @enum {string} */
            source: 'manual' | 'alert' | 'automation' | 'api';
            alertRuleId: string | null;
            contactId: string | null;
            contactLabel: string | null;
            touchpointId: string | null;
            topicId: string | null;
            teamId: string | null;
            teamName: string | null;
            assigneeId: string | null;
            assigneeName: string | null;
            actionPlanId: string | null;
            firstActionDueAt: string | null;
            resolveDueAt: string | null;
            firstActionAt: string | null;
            resolvedAt: string | null;
            closedAt: string | null;
            isOverdue: boolean;
            escalationLevel: number;
            outcome: ('resolved' | 'not_resolved' | 'no_reply' | 'not_contactable') | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            description: string;
            outcomeNote: string | null;
            createdBy: string | null;
            firstActionBreached: boolean;
            resolveBreached: boolean;
            allowedTransitions: ('new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed')[];
            customer: {
              /** Format: uuid */
              id: string;
              label: string;
              email: string | null;
              externalId: string | null;
              isContactable: boolean;
              attributes: {
                [key: string]: unknown;
              };
            } | null;
            team: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
            } | null;
            items: {
              /** @enum {string} */
              kind: 'response' | 'review' | 'conversation';
              /** Format: uuid */
              id: string;
              surveyId: string | null;
              surveyName: string | null;
              source: string | null;
              nps: number | null;
              rating: number | null;
              text: string;
              occurredAt: string | null;
            }[];
            activities: {
              id: number;
              kind: string;
              actor: string | null;
              actorName: string | null;
              body: string;
              data: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
            }[];
            followUps: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** @constant */
              channel: 'email';
              toAddress: string;
              subject: string;
              body: string;
              /** @enum {string} */
              status: 'queued' | 'sent' | 'failed';
              error: string | null;
              feltHeard: boolean | null;
              customerComment: string | null;
              answeredAt: string | null;
              createdBy: string | null;
              /** Format: date-time */
              createdAt: string;
              sentAt: string | null;
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
  postApiV1CasesIdNotes: {
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
          body: string;
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
            number: number;
            title: string;
            /** @enum {string} */
            status: 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
            /** @enum {string} */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            /** @enum {string} */
            source: 'manual' | 'alert' | 'automation' | 'api';
            alertRuleId: string | null;
            contactId: string | null;
            contactLabel: string | null;
            touchpointId: string | null;
            topicId: string | null;
            teamId: string | null;
            teamName: string | null;
            assigneeId: string | null;
            assigneeName: string | null;
            actionPlanId: string | null;
            firstActionDueAt: string | null;
            resolveDueAt: string | null;
            firstActionAt: string | null;
            resolvedAt: string | null;
            closedAt: string | null;
            isOverdue: boolean;
            escalationLevel: number;
            outcome: ('resolved' | 'not_resolved' | 'no_reply' | 'not_contactable') | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            description: string;
            outcomeNote: string | null;
            createdBy: string | null;
            firstActionBreached: boolean;
            resolveBreached: boolean;
            allowedTransitions: ('new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed')[];
            customer: {
              /** Format: uuid */
              id: string;
              label: string;
              email: string | null;
              externalId: string | null;
              isContactable: boolean;
              attributes: {
                [key: string]: unknown;
              };
            } | null;
            team: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
            } | null;
            items: {
              /** @enum {string} */
              kind: 'response' | 'review' | 'conversation';
              /** Format: uuid */
              id: string;
              surveyId: string | null;
              surveyName: string | null;
              source: string | null;
              nps: number | null;
              rating: number | null;
              text: string;
              occurredAt: string | null;
            }[];
            activities: {
              id: number;
              kind: string;
              actor: string | null;
              actorName: string | null;
              body: string;
              data: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
            }[];
            followUps: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** @constant */
              channel: 'email';
              toAddress: string;
              subject: string;
              body: string;
              /** @enum {string} */
              status: 'queued' | 'sent' | 'failed';
              error: string | null;
              feltHeard: boolean | null;
              customerComment: string | null;
              answeredAt: string | null;
              createdBy: string | null;
              /** Format: date-time */
              createdAt: string;
              sentAt: string | null;
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
  getApiV1CasesIdFollowUpsPreview: {
    parameters: {
      query: {
        template: 'apology' | 'resolution' | 'check_in';
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
            /** @enum {string} */
            template: 'apology' | 'resolution' | 'check_in';
            language: string;
            toAddress: string | null;
            subject: string;
            body: string;
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
  postApiV1CasesIdFollowUps: {
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
          template?: 'apology' | 'resolution' | 'check_in';
          subject?: string;
          body?: string;
        };
      };
    };
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
            caseId: string;
            /** @constant */
            channel: 'email';
            toAddress: string;
            subject: string;
            body: string;
            /** @enum {string} */
            status: 'queued' | 'sent' | 'failed';
            error: string | null;
            feltHeard: boolean | null;
            customerComment: string | null;
            answeredAt: string | null;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
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
  getApiV1PublicFollowUpsToken: {
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
            language: string;
            workspaceName: string;
            caseNumber: number;
            subject: string;
            answered: boolean;
            feltHeard: boolean | null;
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
  postApiV1PublicFollowUpsToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          feltHeard: boolean;
          comment?: string;
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
            language: string;
            workspaceName: string;
            caseNumber: number;
            subject: string;
            answered: boolean;
            feltHeard: boolean | null;
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
  getApiV1AutomationRules: {
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
              trigger: components['schemas']['AutomationTrigger'];
              condition: components['schemas']['__schema0'] | null;
              actions: components['schemas']['AutomationAction'][];
              active: boolean;
              runCount: number;
              lastRunAt: string | null;
              lastRunStatus: ('running' | 'succeeded' | 'failed' | 'skipped') | null;
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
  postApiV1AutomationRules: {
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
          trigger: components['schemas']['AutomationTrigger'];
          condition?: components['schemas']['__schema0'] | null;
          actions: components['schemas']['AutomationAction'][];
          /**
           * @description rules start inactive; test them, then enable
           * @default false
           */
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
            name: string;
            description: string;
            trigger: components['schemas']['AutomationTrigger'];
            condition: components['schemas']['__schema0'] | null;
            actions: components['schemas']['AutomationAction'][];
            active: boolean;
            runCount: number;
            lastRunAt: string | null;
            lastRunStatus: ('running' | 'succeeded' | 'failed' | 'skipped') | null;
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
  postApiV1AutomationRulesDryRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          trigger: components['schemas']['AutomationTrigger'];
          condition?: components['schemas']['__schema0'] | null;
          /** @default 7 */
          days?: number;
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
            wouldFire: number;
            evaluated: number;
            truncated: boolean;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            samples: {
              /** @enum {string} */
              subjectKind: 'response' | 'review' | 'contact' | 'case';
              subjectId: string;
              /** Format: date-time */
              occurredAt: string;
              summary: string;
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
  getApiV1AutomationRulesId: {
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
            trigger: components['schemas']['AutomationTrigger'];
            condition: components['schemas']['__schema0'] | null;
            actions: components['schemas']['AutomationAction'][];
            active: boolean;
            runCount: number;
            lastRunAt: string | null;
            lastRunStatus: ('running' | 'succeeded' | 'failed' | 'skipped') | null;
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
  deleteApiV1AutomationRulesId: {
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
  patchApiV1AutomationRulesId: {
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
          trigger?: components['schemas']['AutomationTrigger'];
          condition?: components['schemas']['__schema0'] | null;
          actions?: components['schemas']['AutomationAction'][];
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
            name: string;
            description: string;
            trigger: components['schemas']['AutomationTrigger'];
            condition: components['schemas']['__schema0'] | null;
            actions: components['schemas']['AutomationAction'][];
            active: boolean;
            runCount: number;
            lastRunAt: string | null;
            lastRunStatus: ('running' | 'succeeded' | 'failed' | 'skipped') | null;
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
  postApiV1AutomationRulesIdDryRun: {
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
          /** @default 7 */
          days?: number;
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
            wouldFire: number;
            evaluated: number;
            truncated: boolean;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            samples: {
              /** @enum {string} */
              subjectKind: 'response' | 'review' | 'contact' | 'case';
              subjectId: string;
              /** Format: date-time */
              occurredAt: string;
              summary: string;
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
  getApiV1AutomationRulesIdRuns: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'running' | 'succeeded' | 'failed' | 'skipped';
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
              id: number;
              /** Format: uuid */
              ruleId: string;
              triggerKey: string;
              subjectKind: string;
              subjectId: string;
              /** @enum {string} */
              status: 'running' | 'succeeded' | 'failed' | 'skipped';
              depth: number;
              results: {
                /** @enum {string} */
                type:
                  | 'create_case'
                  | 'assign_case'
                  | 'notify_team'
                  | 'notify_email'
                  | 'tag'
                  | 'add_to_segment'
                  | 'send_email'
                  | 'call_webhook'
                  | 'trigger_survey';
                /** @enum {string} */
                status: 'running' | 'succeeded' | 'failed' | 'skipped' | 'queued' | 'sending' | 'sent';
                error?: string;
                /** @description why the action was skipped */
                reason?: string;
                /** @description what it did: case id, coupon code, recipient… */
                data?: {
                  [key: string]: unknown;
                };
                /** @description emails: send attempts so far */
                attempts?: number;
                /** @description emails: when the send began */
                sendingAt?: string;
              }[];
              error: string | null;
              /** Format: date-time */
              startedAt: string;
              finishedAt: string | null;
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
  getApiV1CouponPools: {
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
              total: number;
              assigned: number;
              free: number;
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
  postApiV1CouponPools: {
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
            total: number;
            assigned: number;
            free: number;
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
  getApiV1CouponPoolsId: {
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
            total: number;
            assigned: number;
            free: number;
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
  postApiV1CouponPoolsIdCodes: {
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
          /** @description unique codes; blanks are not allowed, repeats are reported as duplicates */
          codes: string[];
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
            added: number;
            duplicates: number;
            pool: {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              total: number;
              assigned: number;
              free: number;
              /** Format: date-time */
              createdAt: string;
            };
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
