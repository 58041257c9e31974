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
  '/api/v1/me/2fa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether two-factor sign-in is on for you, and how many recovery codes are left */
    get: operations['getApiV1Me2fa'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/2fa/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start two-factor set-up (needs your password): a new secret (base32), its otpauth:// URL and a QR code for an authenticator app */
    post: operations['postApiV1Me2faSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/2fa/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-factor on with a code from the app; answers ten one-time recovery codes, shown once */
    post: operations['postApiV1Me2faEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/2fa/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-factor off (needs a current code or a recovery code); refused where a workspace requires it */
    post: operations['postApiV1Me2faDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/2fa/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace your recovery codes (needs a current code); the old ones stop working */
    post: operations['postApiV1Me2faRecoveryCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where you are signed in: each session with its browser, when it started and was last used */
    get: operations['getApiV1MeSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Sign out one of your sessions (another browser or device) */
    delete: operations['deleteApiV1MeSessionsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-out-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End every one of your sessions, this one included */
    post: operations['postApiV1AuthSignOutEverywhere'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password (signs out your other sessions); common or breached passwords are refused */
    post: operations['postApiV1MePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a single-use reset link (valid one hour) when the address has an account; answers 202 either way */
    post: operations['postApiV1AuthPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with the token from a reset link; ends every session of the account */
    post: operations['postApiV1AuthPasswordResetConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspace/security': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's sign-in policy */
    get: operations['getApiV1WorkspaceSecurity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Require two-factor sign-in for every member (members without it can then only set it up); you need it on yourself first */
    patch: operations['patchApiV1WorkspaceSecurity'];
    trace?: never;
  };
  '/api/v1/workspace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Workspace settings: time zone, default language, brand, identity verification and the progress of a rollup rebuild */
    get: operations['getApiV1Workspace'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change workspace settings: name, timeZone (IANA; metric days follow it and are rebuilt), defaultLanguage, brandColor, logoUrl, requireIdentityVerification */
    patch: operations['patchApiV1Workspace'];
    trace?: never;
  };
  '/api/v1/workspace/identity-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The secret your server signs visitor identities with (HMAC-SHA256 of the external id or email → userHash); null until generated */
    get: operations['getApiV1WorkspaceIdentitySecret'];
    put?: never;
    /** Generate or rotate the identity secret; hashes made with the old one stop verifying at once */
    post: operations['postApiV1WorkspaceIdentitySecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspace/logo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Upload the brand logo (PNG, JPEG, WebP, GIF or SVG, base64, up to 256 KB); replaces a logo URL */
    put: operations['putApiV1WorkspaceLogo'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/workspaces/{id}/logo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A workspace's uploaded logo (shown on its survey pages, widget, help center and emails) */
    get: operations['getApiV1PublicWorkspacesIdLogo'];
    put?: never;
    post?: never;
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
    /** Create or update a customer profile; profiles that share an identifier are merged. account {externalId, name?} links the person to that account (created when missing) with accountRole (default user) */
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
    /** Erase a person found by ?email= or ?externalId= (as DELETE /api/v1/contacts/:id) */
    delete: operations['deleteApiV1Contacts'];
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
    /** Erase a person (every merged profile) everywhere their data was copied, keeping only anonymous scores; answers 202 with a job to poll (200 with the same job when asked again) */
    delete: operations['deleteApiV1ContactsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge two profiles of the same person: the older survives with its identifiers and attributes (the other fills gaps); events, responses and links move to it; the other stays as history */
    post: operations['postApiV1ContactsIdMerge'];
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
    /** A customer's events, survey responses, invitations and cases, newest first (kinds=event,response,invitation,case to filter) */
    get: operations['getApiV1ContactsIdTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List segments, newest first (q searches names) */
    get: operations['getApiV1Segments'];
    put?: never;
    /** Create a segment: dynamic (a condition in the one condition language, evaluated live) or static (a list of contacts). Fields: contact.<attribute> (and contact.email, contact.externalId, contact.phone); account.name|domain|externalId|role|<attribute> (any of the contact’s accounts); npsBand, latestNps, latestCsat (latest answer), lastResponseAt, responseCount; event.<name>.count, event.<name>.count<N>d (in the last N days, e.g. event.order.delivered.count30d), event.<name>.daysSince; sentiment (latest analysed text); topics, topicIds (mentioned in the last 90 days); churnRisk, churnScore; openCases. Counts are 0 when nothing was counted. Dates take an ISO date or days from now ("-30d"). An unknown field, an operator the field does not take or a value of the wrong type answers 400 with invalidParams */
    post: operations['postApiV1Segments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** How many contacts a condition selects now, with a few of them (the live count while editing). Fields: contact.<attribute> (and contact.email, contact.externalId, contact.phone); account.name|domain|externalId|role|<attribute> (any of the contact’s accounts); npsBand, latestNps, latestCsat (latest answer), lastResponseAt, responseCount; event.<name>.count, event.<name>.count<N>d (in the last N days, e.g. event.order.delivered.count30d), event.<name>.daysSince; sentiment (latest analysed text); topics, topicIds (mentioned in the last 90 days); churnRisk, churnScore; openCases. Counts are 0 when nothing was counted. Dates take an ISO date or days from now ("-30d"). An unknown field, an operator the field does not take or a value of the wrong type answers 400 with invalidParams */
    post: operations['postApiV1SegmentsPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A segment with how many contacts are in it now */
    get: operations['getApiV1SegmentsId'];
    put?: never;
    post?: never;
    /** Delete a segment (its contacts are not touched) */
    delete: operations['deleteApiV1SegmentsId'];
    options?: never;
    head?: never;
    /** Rename a segment, change a dynamic one’s condition, or add/remove contacts of a static one */
    patch: operations['patchApiV1SegmentsId'];
    trace?: never;
  };
  '/api/v1/segments/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The contacts in a segment now, paged (newest profiles first) */
    get: operations['getApiV1SegmentsIdContacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employees/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import staff into the employee directory (updates by email; `full` marks people not listed as left) */
    post: operations['postApiV1EmployeesImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employee directory, by email, filtered by department or a search on name and email */
    get: operations['getApiV1Employees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employees/org-chart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current staff as a tree of who reports to whom (from each person’s manager email) */
    get: operations['getApiV1EmployeesOrgChart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Comments of an anonymous employee survey once closed: the whole and each group of a reporting attribute (groupBy) with at least the comment threshold of commenters (10 by default), as sorted lists with sentiment counts; smaller groups, and one more where subtraction would reveal them, answer {"suppressed": true} */
    get: operations['getApiV1SurveysIdComments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys/{id}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The schedule of an employee programme (null when it is sent by hand) and its waves, newest first */
    get: operations['getApiV1SurveysIdSchedule'];
    /** Run an employee programme on a schedule, e.g. {"cadence": "monthly"} or {"cadence": "quarterly", "scope": "per_department"}: each run sends a new wave (a copy of this survey) by email, reminds and closes it */
    put: operations['putApiV1SurveysIdSchedule'];
    post?: never;
    /** Stop the schedule (waves already sent stay as they are) */
    delete: operations['deleteApiV1SurveysIdSchedule'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/confidentiality': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Confidentiality thresholds of anonymous results: the minimum group size k (default 5, never below 3) and the minimum group for comments (default 10) */
    get: operations['getApiV1SettingsConfidentiality'];
    /** Change the thresholds, e.g. {"minGroupSize": 7, "minCommentGroupSize": 12}; null restores a default; below 3 is refused */
    put: operations['putApiV1SettingsConfidentiality'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/employee-survey-budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The per-employee survey budget (null when employee surveys are not limited) */
    get: operations['getApiV1SettingsEmployeeSurveyBudget'];
    /** Limit employee surveys per person across every employee programme, e.g. {"maxSurveys": 2, "perDays": 30}; an invitation over it is skipped with over_budget */
    put: operations['putApiV1SettingsEmployeeSurveyBudget'];
    post?: never;
    /** Remove the per-employee survey budget */
    delete: operations['deleteApiV1SettingsEmployeeSurveyBudget'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List accounts with their health (role-weighted NPS of the last 90 days), churn risk, spend (attributes.arr) and renewal date; sort=health (worst first), risk (highest first), spend (highest first), renewal (soonest first) or name */
    get: operations['getApiV1Accounts'];
    put?: never;
    /** Create a B2B account (company); attributes the product reads: plan, arr, renewal_date, industry */
    post: operations['postApiV1Accounts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account with its people (role, latest NPS/CSAT/CES) and health: role-weighted NPS and CSAT of each person's latest answer in the last 90 days with n and a 95% CI (Kish effective n), decision-maker coverage, trend against the 90 days before, open cases, sentiment, churn risk and renewal date */
    get: operations['getApiV1AccountsId'];
    put?: never;
    post?: never;
    /** Delete an account (its people stay, unlinked) */
    delete: operations['deleteApiV1AccountsId'];
    options?: never;
    head?: never;
    /** Change an account (attributes are replaced as a whole) */
    patch: operations['patchApiV1AccountsId'];
    trace?: never;
  };
  '/api/v1/accounts/{id}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put a person in an account with a role (decision_maker, influencer, finance, technical, user or a workspace role), or change it */
    put: operations['putApiV1AccountsIdContactsContactId'];
    post?: never;
    /** Take a person out of an account */
    delete: operations['deleteApiV1AccountsIdContactsContactId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/account-role-weights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How much each contact role counts in account health (defaults merged with the workspace’s own) */
    get: operations['getApiV1AccountRoleWeights'];
    /** Set role weights (0–100); roles not named keep their default, workspace roles without a weight count 1 */
    put: operations['putApiV1AccountRoleWeights'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a customer's 360 page shows beside the profile: latest NPS, CSAT and CES with dates, monthly comment sentiment, open cases and accounts */
    get: operations['getApiV1ContactsIdProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/predictions/churn/train': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Train a new churn model version from the workspace history: label {attribute: "churned"} (true/false on contacts) or {event: "subscription.cancelled"}; 202 with the queued model, whose progress GET /api/v1/predictions/churn shows */
    post: operations['postApiV1PredictionsChurnTrain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/predictions/churn': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Churn models (newest first) with status, progress and held-out metrics, and contacts per risk band */
    get: operations['getApiV1PredictionsChurn'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/predictions/churn/at-risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers at risk of churning, riskiest first, with the reasons (band=high|medium|low|medium_or_high) */
    get: operations['getApiV1PredictionsChurnAtRisk'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/next-best-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suggested actions for a person from the workspace rules, each with its evidence, and the actions taken recently */
    get: operations['getApiV1ContactsIdNextBestActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}/next-best-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suggested actions for the people of an account (with their role and evidence) */
    get: operations['getApiV1AccountsIdNextBestActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/next-best-actions/take': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Do a suggested action for a person (create the case, send the survey or the template email, assign the account owner) and record it; 409 when it is not suggested now. Sending needs invitations.send, assigning an owner contacts.write */
    post: operations['postApiV1NextBestActionsTake'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/next-best-action/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace rules (the built-in defaults included), highest priority first */
    get: operations['getApiV1NextBestActionRules'];
    put?: never;
    /** Create a rule. The condition uses the segment language: npsBand, latestNps, lastResponseAt, responseCount, openCases, churnRisk, churnScore, sentiment, contact.<attribute>, account.role|name|<attribute>, event.<name>.count<N>d, event.<name>.daysSince. Actions: create_case {title, priority, withinHours?}, send_survey {surveyId?}, send_email {templateId?}, assign_owner {teamId?}; what is left open is chosen when the action is taken */
    post: operations['postApiV1NextBestActionRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/next-best-action/rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One rule */
    get: operations['getApiV1NextBestActionRulesId'];
    put?: never;
    post?: never;
    /** Delete a rule of the workspace (a built-in one is turned off instead: 409) */
    delete: operations['deleteApiV1NextBestActionRulesId'];
    options?: never;
    head?: never;
    /** Change a rule or turn it off (active: false). The condition uses the segment language: npsBand, latestNps, lastResponseAt, responseCount, openCases, churnRisk, churnScore, sentiment, contact.<attribute>, account.role|name|<attribute>, event.<name>.count<N>d, event.<name>.daysSince. Actions: create_case {title, priority, withinHours?}, send_survey {surveyId?}, send_email {templateId?}, assign_owner {teamId?}; what is left open is chosen when the action is taken */
    patch: operations['patchApiV1NextBestActionRulesId'];
    trace?: never;
  };
  '/api/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Campaigns, newest first, with their results */
    get: operations['getApiV1Campaigns'];
    put?: never;
    /** Create a campaign: a survey ({survey: {surveyId}}) or an email template ({email: {templateId, priority}}) to a segment; send: true starts sending at once. Each person gets it in their language, under the contact budget (by priority) and unsubscribes; skips are kept with their reason */
    post: operations['postApiV1Campaigns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign with its progress and results: sent, skipped by reason, opened (a link clicked or the survey shown), answered */
    get: operations['getApiV1CampaignsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a draft campaign (a job; follow its progress on the campaign). A failed one resumes */
    post: operations['postApiV1CampaignsIdSend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/recipients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The people of a campaign and what happened to each (status, skip reason and why), paged */
    get: operations['getApiV1CampaignsIdRecipients'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/email-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Email templates (a subject and body per language; {{customerName}} is replaced) */
    get: operations['getApiV1EmailTemplates'];
    put?: never;
    /** Create an email template: {name, defaultLanguage, content: {en: {subject, body}, vi: {…}}} */
    post: operations['postApiV1EmailTemplates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/email-templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One email template */
    get: operations['getApiV1EmailTemplatesId'];
    put?: never;
    post?: never;
    /** Delete an email template (campaigns sent with it keep their results) */
    delete: operations['deleteApiV1EmailTemplatesId'];
    options?: never;
    head?: never;
    /** Change an email template */
    patch: operations['patchApiV1EmailTemplatesId'];
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
    /** NPS (% promoters − % detractors), CSAT (top-2-box %), CES or rating mean, each with n, a 95% CI and a small-sample flag; grouped by time, touchpoint, stage, channel, language, survey, segment or account, time groups with the significance of each change. Segment (membership now: a response counts in each segment its contact is in, key = segment id, label = its name; the overall figure counts each response once) and account (the account entity of the response’s contact via account_contacts, key = account id and label = its name; a contact in no account is "(none)"; a workspace with no accounts yet groups by the account attribute or hidden field) are not rollup dimensions: those two groupings are computed from raw responses (source "raw") */
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
  '/api/v1/text/sentiment-calibration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's sentiment calibrations (newest first) with their held-out comparison against the built-in analyzer, the active one, and the scored comments available to learn from */
    get: operations['getApiV1TextSentimentCalibration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/text/sentiment-calibration/train': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Train a new calibration from scored comments (NPS 0–3 / CSAT 1 negative, NPS 9–10 / CSAT 5 positive); 202 with the queued version. It switches on only if it beats the built-in analyzer on held-out comments */
    post: operations['postApiV1TextSentimentCalibrationTrain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/text/sentiment-calibration/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Switch a calibration version on (only one that beat the built-in analyzer) or off; stored comments are read again */
    patch: operations['patchApiV1TextSentimentCalibrationVersion'];
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
  '/api/v1/maturity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The CXM maturity questionnaire (7 competencies × 2 questions, answers 1..5, EN and VI), the evidence measured from this workspace’s data over the last 90 days (loop closure, time to first action, automations live, response rate, touchpoints with owners, employee programme) with the level each suggests, and the latest assessment */
    get: operations['getApiV1Maturity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/maturity/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Past assessments of this workspace, newest first (progress over time) */
    get: operations['getApiV1MaturityAssessments'];
    put?: never;
    /** Answer the maturity questionnaire (every question, 1..5; the answerer’s role is recorded). Competency score = mean of its answers; overall level = floor of the mean of the competency scores, capped at the weakest competency’s level + 1. Unknown question ids, values outside 1..5 or missing answers answer 400 with invalidParams */
    post: operations['postApiV1MaturityAssessments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/maturity/comparison': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest assessment of each person, compared per competency: every person’s score, the lowest, the highest and the spread (highest − lowest) */
    get: operations['getApiV1MaturityComparison'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ex-cx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The EX–CX link per team: eNPS and engagement (share of staff whose pulse statements average ≥ 4) of the latest closed anonymous pulse in the window, for the department the team’s staff answer in — through the confidentiality guard, so a small group is {"suppressed": true} — beside the CSAT / NPS (n, 95% CI) of the touchpoints the team owns and of the cases and conversations it resolved; per pulse, the same beside the customer figures of the month it closed; and Pearson’s r of eNPS with CSAT and with NPS across teams and pulses, with its two-sided p-value. `from`/`to` are days (default the last 90 days) */
    get: operations['getApiV1ExCx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/surveys/{id}/anonymous-results.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An anonymous employee programme’s eNPS as CSV (UTF-8 with BOM): the whole and each group of one reporting attribute (`groupBy`, default the first), with n and the 95% CI, through the confidentiality guard — a suppressed group is a row with `suppressed` true and no figure. 422 while the survey is still collecting; 404 for a survey that is not an anonymous programme */
    get: operations['getApiV1SurveysIdAnonymousResults.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coaching/agents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agents whose coaching page the caller may open (themselves, or the members of the teams they manage) */
    get: operations['getApiV1CoachingAgents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coaching/agents/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One agent’s coaching page for the window (default the last 30 days): CSAT (n, 95% CI) of the cases and conversations they resolved, first response and resolution times, the topics where their customers are least satisfied compared with their team, suggested training (a topic with at least 2 low-CSAT — 1 to 3 of 5 — items, more than the team’s per-agent average) and coaching notes. Agents (and analysts, viewers) see only their own figures; a team member role sees the agents of the teams they belong to; admins and CX managers see everyone. Someone else’s figures answer 403; a person outside this workspace 404 */
    get: operations['getApiV1CoachingAgentsUserId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coaching/agents/{userId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a coaching note for an agent (a person who manages the agent’s team: admin, CX manager, or a team member role in one of the agent’s teams) */
    post: operations['postApiV1CoachingAgentsUserIdNotes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coaching/teams/{teamId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A team’s coaching figures and each of its agents’, for the managers of the team. Agents (and analysts, viewers) see only their own figures; a team member role sees the agents of the teams they belong to; admins and CX managers see everyone. Someone else’s figures answer 403; a person outside this workspace 404 */
    get: operations['getApiV1CoachingTeamsTeamId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The staff suggestion channel: ideas with their votes, whether you voted, the author (null when posted anonymously), the manager’s open answer and status, and their sentiment and topics from the text analytics */
    get: operations['getApiV1Suggestions'];
    put?: never;
    /** Post an idea by name or with `"anonymous": true` (then no author is stored, only the day it was posted, and the id is random) */
    post: operations['postApiV1Suggestions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/votes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vote for an idea (once per person; a second vote answers 409) */
    post: operations['postApiV1SuggestionsIdVotes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Answer an idea in the open and/or mark it planned, done or declined (admins and CX managers) */
    patch: operations['patchApiV1SuggestionsId'];
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
  '/api/v1/knowledge/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List articles, newest first; `q` searches titles, bodies and example questions (with or without diacritics) */
    get: operations['getApiV1KnowledgeArticles'];
    put?: never;
    /** Create an article (published unless `status` is `draft`) */
    post: operations['postApiV1KnowledgeArticles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One article */
    get: operations['getApiV1KnowledgeArticlesId'];
    put?: never;
    post?: never;
    /** Delete an article */
    delete: operations['deleteApiV1KnowledgeArticlesId'];
    options?: never;
    head?: never;
    /** Change an article, or publish it / put it back to draft */
    patch: operations['patchApiV1KnowledgeArticlesId'];
    trace?: never;
  };
  '/api/v1/public/knowledge/{workspaceId}/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A workspace's published articles for customers: the best matches of `q`, or the latest */
    get: operations['getApiV1PublicKnowledgeWorkspaceIdArticles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/knowledge/{workspaceId}/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One published article for customers, in `language` when it has it */
    get: operations['getApiV1PublicKnowledgeWorkspaceIdArticlesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bot/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The bot's decision on a message (answer, confidence, hand-over and why), as a customer would get it; writes nothing */
    post: operations['postApiV1BotAnswer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bot/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bot's settings: on or off, greeting, hand-over rules, confidence threshold */
    get: operations['getApiV1BotSettings'];
    /** Change the bot's settings (fields left out keep their value) */
    put: operations['putApiV1BotSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bot/intents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List intents (example questions and the reply) */
    get: operations['getApiV1BotIntents'];
    put?: never;
    /** Create an intent; the bot learns it from its example questions */
    post: operations['postApiV1BotIntents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bot/intents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One intent */
    get: operations['getApiV1BotIntentsId'];
    put?: never;
    post?: never;
    /** Delete an intent */
    delete: operations['deleteApiV1BotIntentsId'];
    options?: never;
    head?: never;
    /** Change an intent's name, examples or reply */
    patch: operations['patchApiV1BotIntentsId'];
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
  '/api/v1/public/conversations/{id}/csat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The customer's satisfaction answer (1–5) after resolution, stored as a response of the workspace's conversation satisfaction survey and credited to the resolving agent and team */
    post: operations['postApiV1PublicConversationsIdCsat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/conversations/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** "That answered it": the customer closes a conversation the bot is handling (counted as a confirmed bot resolution) */
    post: operations['postApiV1PublicConversationsIdResolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Inbox metrics: honest bot containment (confirmed vs assumed, no come-back within 7 days), hand-over rate and reasons, first response and resolution percentiles, CSAT per agent and team with n and 95% CI */
    get: operations['getApiV1ConversationsMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List inbound channels (never their secrets) */
    get: operations['getApiV1Channels'];
    put?: never;
    /** Create an inbound channel (api: a bridge such as Zalo or WhatsApp; email: a mail gateway); the signing secret is returned once */
    post: operations['postApiV1Channels'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/channels/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an inbound channel */
    get: operations['getApiV1ChannelsId'];
    put?: never;
    post?: never;
    /** Delete an inbound channel (its conversations stay) */
    delete: operations['deleteApiV1ChannelsId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a chat: returns the conversation id and its token (send it as Authorization: Bearer <token>); the bot greets first when enabled */
    post: operations['postApiV1PublicConversations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/conversations/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The transcript as the customer sees it, the status, the place in line while waiting for a person */
    get: operations['getApiV1PublicConversationsIdMessages'];
    put?: never;
    /** The customer writes. Send a clientMessageId (or Idempotency-Key): a retry returns the same message and replies. While the bot has the conversation, its answer comes back in 'replies' */
    post: operations['postApiV1PublicConversationsIdMessages'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/conversations/{id}/handoff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The customer asks for a person; the bot stops answering and the conversation joins a team queue */
    post: operations['postApiV1PublicConversationsIdHandoff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/conversations/{id}/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-Sent Events: message, status {status, queue} and csat {question}. EventSource cannot send headers, so ?token= is accepted here */
    get: operations['getApiV1PublicConversationsIdStream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The inbox, latest activity first: by status (bot, open, pending, resolved), team, assignee ("me", "none" or an id) and text */
    get: operations['getApiV1Conversations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-Sent Events for the inbox: `conversation` {id, status, assigneeId, teamId, lastMessage, handoffReason} and `message` (notes included) */
    get: operations['getApiV1ConversationsStream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Routing rules: the first rule matching a conversation (language, channel) names its team */
    get: operations['getApiV1ConversationsSettings'];
    /** Set the routing rules, in order: [{teamId, language?, channel?}]; unmatched conversations go to the first team */
    put: operations['putApiV1ConversationsSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A conversation: transcript with private notes, the bot's decisions and reasons, the customer 360 */
    get: operations['getApiV1ConversationsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Transfer (teamId, assigneeId), snooze (snoozedUntil → pending), resolve, reopen, or hand back to the bot (status "bot") */
    patch: operations['patchApiV1ConversationsId'];
    trace?: never;
  };
  '/api/v1/conversations/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reply to the customer, or write a private note (private: true; never shown to the customer). The first reply after a hand-over is the first response */
    post: operations['postApiV1ConversationsIdMessages'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{id}/hand-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give the conversation back to the bot; it answers the next customer message again */
    post: operations['postApiV1ConversationsIdHandBack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{id}/case': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a case from the conversation (once: a second call returns the same case); the link is kept */
    post: operations['postApiV1ConversationsIdCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{id}/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Knowledge-base articles for the customer's latest question */
    get: operations['getApiV1ConversationsIdSuggestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/presence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Your presence: online (you get conversations, up to your capacity), away or offline (you get none) */
    put: operations['putApiV1MePresence'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members who work conversations: presence, capacity and how many conversations each has open */
    get: operations['getApiV1Agents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set an agent's capacity (the most open conversations they get at once) */
    patch: operations['patchApiV1AgentsUserId'];
    trace?: never;
  };
  '/api/v1/canned-replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Canned replies; with conversationId, each comes `filled` in the conversation language with {{contact.name}} and {{agent.name}} */
    get: operations['getApiV1CannedReplies'];
    put?: never;
    /** Add a canned reply {shortcut, title, text: {en, vi?}} */
    post: operations['postApiV1CannedReplies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/canned-replies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a canned reply */
    delete: operations['deleteApiV1CannedRepliesId'];
    options?: never;
    head?: never;
    /** Change a canned reply */
    patch: operations['patchApiV1CannedRepliesId'];
    trace?: never;
  };
  '/api/v1/workspace/sso': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's single sign-on (OpenID Connect) settings; the client secret is never shown */
    get: operations['getApiV1WorkspaceSso'];
    /** Set up single sign-on: issuer URL, client id and secret (stored encrypted), allowed email domains, whether members must use it, and the role of people who join on first sign-in (null: only people already added) */
    put: operations['putApiV1WorkspaceSso'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Start single sign-on: redirects to the provider of the workspace that accepts the email's domain (or of `workspace`); back on /sign-in?sso_error=… when there is none */
    get: operations['getApiV1AuthSsoStart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the provider sends the browser back: checks state, code (PKCE) and ID token (nonce), signs in and redirects to the app */
    get: operations['getApiV1AuthSsoCallback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything held about a person (all merged profiles): identities, attributes, events, responses, reviews they wrote, conversations, cases and notes, invitations and emails, consents and unsubscribes, accounts, segments, churn predictions. format=zip gives export.json plus one CSV per section */
    get: operations['getApiV1ContactsIdExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/privacy/erasures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of an erasure (status queued → running → done; stepsDone of stepsTotal) */
    get: operations['getApiV1PrivacyErasuresId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's consent records (channel, purpose, when, source, withdrawn), newest first */
    get: operations['getApiV1ContactsIdConsents'];
    put?: never;
    /** Record a consent given (or refused with granted=false) on a channel for a purpose */
    post: operations['postApiV1ContactsIdConsents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/consents/{consentId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a consent (the record stays, with the time it was withdrawn) */
    post: operations['postApiV1ContactsIdConsentsConsentIdWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/privacy/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retention limits and the self-service data request page */
    get: operations['getApiV1PrivacySettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change retention (delete or anonymise responses, conversations and events older than N days) or the self-service page */
    patch: operations['patchApiV1PrivacySettings'];
    trace?: never;
  };
  '/api/v1/privacy/retention/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dry run: how many rows retention would delete or anonymise with these settings (nothing changes) */
    post: operations['postApiV1PrivacyRetentionPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/privacy/retention/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply the saved retention now (it also runs every day) */
    post: operations['postApiV1PrivacyRetentionRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/privacy/{workspaceId}/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A customer asks for a copy of their data: a known address receives a single-use link valid one hour; answers 202 either way */
    post: operations['postApiV1PublicPrivacyWorkspaceIdRequests'];
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
    NbaAction:
      | {
          /** @constant */
          kind: 'create_case';
          title: string;
          /**
           * @default normal
           * @enum {string}
           */
          priority: 'low' | 'normal' | 'high' | 'urgent';
          withinHours?: number;
        }
      | {
          /** @constant */
          kind: 'send_survey';
          /** Format: uuid */
          surveyId?: string;
        }
      | {
          /** @constant */
          kind: 'send_email';
          /** Format: uuid */
          templateId?: string;
        }
      | {
          /** @constant */
          kind: 'assign_owner';
          /** Format: uuid */
          teamId?: string;
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
        }
      | {
          /** @constant */
          type: 'conversation.started';
        }
      | {
          /** @constant */
          type: 'conversation.handed_over';
        }
      | {
          /** @constant */
          type: 'conversation.resolved';
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
          timeZone?: string;
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
              /** @description IANA time zone metric days, digests and schedules follow */
              timeZone: string;
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
            /** @description absent for API keys */
            twoFactor?: {
              enabled: boolean;
              requiredByWorkspace: boolean;
              /** @description the workspace requires two-factor and this person has not set it up: only set-up works */
              setupRequired: boolean;
            };
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
          /** @description the 6-digit code from an authenticator app, or a recovery code, when two-factor is on */
          code?: string;
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
              /** @description IANA time zone metric days, digests and schedules follow */
              timeZone: string;
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
            /** @description absent for API keys */
            twoFactor?: {
              enabled: boolean;
              requiredByWorkspace: boolean;
              /** @description the workspace requires two-factor and this person has not set it up: only set-up works */
              setupRequired: boolean;
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
              /** @description IANA time zone metric days, digests and schedules follow */
              timeZone: string;
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
            /** @description absent for API keys */
            twoFactor?: {
              enabled: boolean;
              requiredByWorkspace: boolean;
              /** @description the workspace requires two-factor and this person has not set it up: only set-up works */
              setupRequired: boolean;
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
              /** @description IANA time zone metric days, digests and schedules follow */
              timeZone: string;
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
            /** @description absent for API keys */
            twoFactor?: {
              enabled: boolean;
              requiredByWorkspace: boolean;
              /** @description the workspace requires two-factor and this person has not set it up: only set-up works */
              setupRequired: boolean;
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
              /** @description IANA time zone metric days, digests and schedules follow */
              timeZone: string;
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
            /** @description absent for API keys */
            twoFactor?: {
              enabled: boolean;
              requiredByWorkspace: boolean;
              /** @description the workspace requires two-factor and this person has not set it up: only set-up works */
              setupRequired: boolean;
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
              /** @description IANA time zone metric days, digests and schedules follow */
              timeZone: string;
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
            /** @description absent for API keys */
            twoFactor?: {
              enabled: boolean;
              requiredByWorkspace: boolean;
              /** @description the workspace requires two-factor and this person has not set it up: only set-up works */
              setupRequired: boolean;
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
  getApiV1Me2fa: {
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
            enabled: boolean;
            enabledAt: string | null;
            recoveryCodesLeft: number;
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
  postApiV1Me2faSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
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
            /** @description base32; type it into an authenticator app that cannot scan */
            secret: string;
            otpauthUrl: string;
            /** @description the otpauth URL as an SVG QR code */
            qrSvg: string;
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
  postApiV1Me2faEnable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
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
            /** @description shown once; each signs in once in place of a code */
            recoveryCodes: string[];
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
  postApiV1Me2faDisable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
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
  postApiV1Me2faRecoveryCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
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
            /** @description shown once; each signs in once in place of a code */
            recoveryCodes: string[];
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
  getApiV1MeSessions: {
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
              createdAt: string;
              lastSeenAt: string;
              expiresAt: string;
              userAgent: string | null;
              isCurrent: boolean;
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
  deleteApiV1MeSessionsId: {
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
  postApiV1AuthSignOutEverywhere: {
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
  postApiV1MePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
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
  postApiV1AuthPasswordReset: {
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
            /** @constant */
            status: 'check_email';
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
  postApiV1AuthPasswordResetConfirm: {
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
          password: string;
        };
      };
    };
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
  getApiV1WorkspaceSecurity: {
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
            requireTwoFactor: boolean;
            /** @description sites allowed to frame the hosted survey pages and the help center (frame-ancestors) */
            embedOrigins: string[];
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
  patchApiV1WorkspaceSecurity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          requireTwoFactor?: boolean;
          embedOrigins?: string[];
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
            requireTwoFactor: boolean;
            /** @description sites allowed to frame the hosted survey pages and the help center (frame-ancestors) */
            embedOrigins: string[];
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
  getApiV1Workspace: {
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
            id: string;
            name: string;
            timeZone: string;
            /**
             * @description emails and notifications are written in it by default
             * @enum {string}
             */
            defaultLanguage: 'en' | 'vi';
            brand: {
              color: string | null;
              /** @description an https URL, or the uploaded logo served by this server */
              logoUrl: string | null;
            };
            identityVerification: {
              /** @description identities from web pages without a valid userHash are ignored */
              required: boolean;
              secretSet: boolean;
            };
            rollupRebuild: {
              /** @enum {string} */
              status: 'idle' | 'queued' | 'running' | 'failed';
              /** @description 0–1; the metric days are rebuilt after a time-zone change */
              progress: number;
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
  patchApiV1Workspace: {
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
          timeZone?: string;
          /** @enum {string} */
          defaultLanguage?: 'en' | 'vi';
          brandColor?: string | null;
          logoUrl?: string | null;
          requireIdentityVerification?: boolean;
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
            id: string;
            name: string;
            timeZone: string;
            /**
             * @description emails and notifications are written in it by default
             * @enum {string}
             */
            defaultLanguage: 'en' | 'vi';
            brand: {
              color: string | null;
              /** @description an https URL, or the uploaded logo served by this server */
              logoUrl: string | null;
            };
            identityVerification: {
              /** @description identities from web pages without a valid userHash are ignored */
              required: boolean;
              secretSet: boolean;
            };
            rollupRebuild: {
              /** @enum {string} */
              status: 'idle' | 'queued' | 'running' | 'failed';
              /** @description 0–1; the metric days are rebuilt after a time-zone change */
              progress: number;
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
  getApiV1WorkspaceIdentitySecret: {
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
            /** @description keep it on your server; sign each visitor’s external id (or email) with HMAC-SHA256 */
            secret: string | null;
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
  postApiV1WorkspaceIdentitySecret: {
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
            /** @description keep it on your server; sign each visitor’s external id (or email) with HMAC-SHA256 */
            secret: string | null;
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
  putApiV1WorkspaceLogo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contentType: string;
          data: string;
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
            id: string;
            name: string;
            timeZone: string;
            /**
             * @description emails and notifications are written in it by default
             * @enum {string}
             */
            defaultLanguage: 'en' | 'vi';
            brand: {
              color: string | null;
              /** @description an https URL, or the uploaded logo served by this server */
              logoUrl: string | null;
            };
            identityVerification: {
              /** @description identities from web pages without a valid userHash are ignored */
              required: boolean;
              secretSet: boolean;
            };
            rollupRebuild: {
              /** @enum {string} */
              status: 'idle' | 'queued' | 'running' | 'failed';
              /** @description 0–1; the metric days are rebuilt after a time-zone change */
              progress: number;
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
  getApiV1PublicWorkspacesIdLogo: {
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
              /** @description IANA time zone metric days, digests and schedules follow */
              timeZone: string;
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
            /** @description absent for API keys */
            twoFactor?: {
              enabled: boolean;
              requiredByWorkspace: boolean;
              /** @description the workspace requires two-factor and this person has not set it up: only set-up works */
              setupRequired: boolean;
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
                  segmentIds?: string[];
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
              /** @enum {string} */
              audience: 'customers' | 'employees';
              anonymous: boolean;
              reportingAttributes: string[];
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
              segmentIds?: string[];
            };
          };
          touchpointId?: string | null;
          /**
           * @default customers
           * @enum {string}
           */
          audience?: 'customers' | 'employees';
          /** @default false */
          anonymous?: boolean;
          /** @default [] */
          reportingAttributes?: ('department' | 'location' | 'tenure')[];
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
                segmentIds?: string[];
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
            /** @enum {string} */
            audience: 'customers' | 'employees';
            anonymous: boolean;
            reportingAttributes: string[];
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
                segmentIds?: string[];
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
            /** @enum {string} */
            audience: 'customers' | 'employees';
            anonymous: boolean;
            reportingAttributes: string[];
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
              segmentIds?: string[];
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
                segmentIds?: string[];
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
            /** @enum {string} */
            audience: 'customers' | 'employees';
            anonymous: boolean;
            reportingAttributes: string[];
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
                segmentIds?: string[];
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
            /** @enum {string} */
            audience: 'customers' | 'employees';
            anonymous: boolean;
            reportingAttributes: string[];
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
                segmentIds?: string[];
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
            /** @enum {string} */
            audience: 'customers' | 'employees';
            anonymous: boolean;
            reportingAttributes: string[];
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
            userHash?: string;
          };
          userHash?: string;
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
            userHash?: string;
          };
          userHash?: string;
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
        segmentId?: string;
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
        segmentId?: string;
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
          account?: {
            externalId: string;
            name?: string;
          };
          accountRole?: string;
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
              account?: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
              } | null;
              churnRisk?: {
                score: number;
                /** @enum {string} */
                band: 'low' | 'medium' | 'high';
                reasons: {
                  feature: string;
                  value: number | string | null;
                  contribution: number;
                  text: string;
                  kind?: string;
                  params?: {
                    [key: string]: string | number;
                  };
                }[];
                modelVersion: number;
                /** Format: date-time */
                scoredAt: string;
              } | null;
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
              account?: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
              } | null;
              churnRisk?: {
                score: number;
                /** @enum {string} */
                band: 'low' | 'medium' | 'high';
                reasons: {
                  feature: string;
                  value: number | string | null;
                  contribution: number;
                  text: string;
                  kind?: string;
                  params?: {
                    [key: string]: string | number;
                  };
                }[];
                modelVersion: number;
                /** Format: date-time */
                scoredAt: string;
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
  deleteApiV1Contacts: {
    parameters: {
      query?: {
        email?: string;
        externalId?: string;
      };
      header?: never;
      path?: never;
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
            contactId: string;
            /** @enum {string} */
            status: 'queued' | 'running' | 'done' | 'failed';
            stepsTotal: number;
            stepsDone: number;
            currentStep: string | null;
            counts: {
              [key: string]: number;
            };
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
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
            account?: {
              /** Format: uuid */
              id: string;
              name: string;
              role: string;
            } | null;
            churnRisk?: {
              score: number;
              /** @enum {string} */
              band: 'low' | 'medium' | 'high';
              reasons: {
                feature: string;
                value: number | string | null;
                contribution: number;
                text: string;
                kind?: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
              modelVersion: number;
              /** Format: date-time */
              scoredAt: string;
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
  deleteApiV1ContactsId: {
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
            contactId: string;
            /** @enum {string} */
            status: 'queued' | 'running' | 'done' | 'failed';
            stepsTotal: number;
            stepsDone: number;
            currentStep: string | null;
            counts: {
              [key: string]: number;
            };
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
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
  postApiV1ContactsIdMerge: {
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
          contactId: string;
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
              account?: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
              } | null;
              churnRisk?: {
                score: number;
                /** @enum {string} */
                band: 'low' | 'medium' | 'high';
                reasons: {
                  feature: string;
                  value: number | string | null;
                  contribution: number;
                  text: string;
                  kind?: string;
                  params?: {
                    [key: string]: string | number;
                  };
                }[];
                modelVersion: number;
                /** Format: date-time */
                scoredAt: string;
              } | null;
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
  getApiV1ContactsIdTimeline: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        kinds?: string;
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
              kind: 'event' | 'response' | 'invitation' | 'case';
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
  getApiV1Segments: {
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
              name: string;
              description: string;
              /** @enum {string} */
              kind: 'dynamic' | 'static';
              condition: components['schemas']['__schema0'] | null;
              count?: number;
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
  postApiV1Segments: {
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
          /**
           * @default dynamic
           * @enum {string}
           */
          kind?: 'dynamic' | 'static';
          condition?: components['schemas']['__schema0'];
          contactIds?: string[];
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
            /** @enum {string} */
            kind: 'dynamic' | 'static';
            condition: components['schemas']['__schema0'] | null;
            count?: number;
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
  postApiV1SegmentsPreview: {
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
          /** @default 10 */
          sampleSize?: number;
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
            count: number;
            sample: {
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
              account?: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
              } | null;
              churnRisk?: {
                score: number;
                /** @enum {string} */
                band: 'low' | 'medium' | 'high';
                reasons: {
                  feature: string;
                  value: number | string | null;
                  contribution: number;
                  text: string;
                  kind?: string;
                  params?: {
                    [key: string]: string | number;
                  };
                }[];
                modelVersion: number;
                /** Format: date-time */
                scoredAt: string;
              } | null;
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
  getApiV1SegmentsId: {
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
            /** @enum {string} */
            kind: 'dynamic' | 'static';
            condition: components['schemas']['__schema0'] | null;
            count?: number;
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
  deleteApiV1SegmentsId: {
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
  patchApiV1SegmentsId: {
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
          condition?: components['schemas']['__schema0'];
          addContactIds?: string[];
          removeContactIds?: string[];
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
            /** @enum {string} */
            kind: 'dynamic' | 'static';
            condition: components['schemas']['__schema0'] | null;
            count?: number;
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
  getApiV1SegmentsIdContacts: {
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
              account?: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
              } | null;
              churnRisk?: {
                score: number;
                /** @enum {string} */
                band: 'low' | 'medium' | 'high';
                reasons: {
                  feature: string;
                  value: number | string | null;
                  contribution: number;
                  text: string;
                  kind?: string;
                  params?: {
                    [key: string]: string | number;
                  };
                }[];
                modelVersion: number;
                /** Format: date-time */
                scoredAt: string;
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
  postApiV1EmployeesImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: unknown[];
          /** @default false */
          full?: boolean;
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
            updated: number;
            markedLeft: number;
            errors: {
              index: number;
              reason: string;
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
  getApiV1Employees: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        department?: string;
        q?: string;
        includeLeft?: 'true' | 'false';
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
              name: string;
              department: string | null;
              location: string | null;
              teamId: string | null;
              managerEmail: string | null;
              startDate: string | null;
              attributes: {
                [key: string]: string;
              };
              leftAt: string | null;
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
  getApiV1EmployeesOrgChart: {
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
            roots: components['schemas']['__schema0'][];
            unknownManagers: string[];
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
  getApiV1SurveysIdComments: {
    parameters: {
      query?: {
        questionId?: string;
        groupBy?: string;
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
            /** @constant */
            anonymous: true;
            questionId: string;
            minCommentGroupSize: number;
            suppressed: boolean;
            comments?: string[];
            n?: number;
            sentiment?: {
              positive: number;
              neutral: number;
              negative: number;
              mixed: number;
            };
            groups: (
              | {
                  key: string;
                  /** @constant */
                  suppressed: false;
                  comments: string[];
                  n: number;
                  sentiment: {
                    positive: number;
                    neutral: number;
                    negative: number;
                    mixed: number;
                  };
                }
              | {
                  key: string;
                  /** @constant */
                  suppressed: true;
                }
            )[];
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
  getApiV1SurveysIdSchedule: {
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
            schedule: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              surveyId: string;
              /** @enum {string} */
              cadence: 'weekly' | 'monthly' | 'quarterly';
              /** @enum {string} */
              scope: 'everyone' | 'per_department';
              departments: string[];
              remindAfterDays: number | null;
              closeAfterDays: number;
              /** Format: date-time */
              nextRunAt: string;
              lastRunAt: string | null;
              lastError: string | null;
              waves: {
                /** Format: uuid */
                surveyId: string;
                name: string;
                series: string;
                wave: number;
                status: string;
                /** Format: date-time */
                closeAt: string;
                /** Format: date-time */
                createdAt: string;
              }[];
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
  putApiV1SurveysIdSchedule: {
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
          cadence: 'weekly' | 'monthly' | 'quarterly';
          /**
           * @default everyone
           * @enum {string}
           */
          scope?: 'everyone' | 'per_department';
          /** @default [] */
          departments?: string[];
          /** @default null */
          remindAfterDays?: number | null;
          /** @default 14 */
          closeAfterDays?: number;
          /** Format: date-time */
          startAt?: string;
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
            schedule: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              surveyId: string;
              /** @enum {string} */
              cadence: 'weekly' | 'monthly' | 'quarterly';
              /** @enum {string} */
              scope: 'everyone' | 'per_department';
              departments: string[];
              remindAfterDays: number | null;
              closeAfterDays: number;
              /** Format: date-time */
              nextRunAt: string;
              lastRunAt: string | null;
              lastError: string | null;
              waves: {
                /** Format: uuid */
                surveyId: string;
                name: string;
                series: string;
                wave: number;
                status: string;
                /** Format: date-time */
                closeAt: string;
                /** Format: date-time */
                createdAt: string;
              }[];
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
  deleteApiV1SurveysIdSchedule: {
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
            schedule: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              surveyId: string;
              /** @enum {string} */
              cadence: 'weekly' | 'monthly' | 'quarterly';
              /** @enum {string} */
              scope: 'everyone' | 'per_department';
              departments: string[];
              remindAfterDays: number | null;
              closeAfterDays: number;
              /** Format: date-time */
              nextRunAt: string;
              lastRunAt: string | null;
              lastError: string | null;
              waves: {
                /** Format: uuid */
                surveyId: string;
                name: string;
                series: string;
                wave: number;
                status: string;
                /** Format: date-time */
                closeAt: string;
                /** Format: date-time */
                createdAt: string;
              }[];
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
  getApiV1SettingsConfidentiality: {
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
            minGroupSize: number;
            minCommentGroupSize: number;
            configured: {
              minGroupSize: number | null;
              minCommentGroupSize: number | null;
            };
            floor: number;
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
  putApiV1SettingsConfidentiality: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          minGroupSize?: number | null;
          minCommentGroupSize?: number | null;
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
            minGroupSize: number;
            minCommentGroupSize: number;
            configured: {
              minGroupSize: number | null;
              minCommentGroupSize: number | null;
            };
            floor: number;
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
  getApiV1SettingsEmployeeSurveyBudget: {
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
            employeeSurveyBudget: {
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
  putApiV1SettingsEmployeeSurveyBudget: {
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
            employeeSurveyBudget: {
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
  deleteApiV1SettingsEmployeeSurveyBudget: {
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
            employeeSurveyBudget: {
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
  getApiV1Accounts: {
    parameters: {
      query?: {
        sort?: 'health' | 'risk' | 'spend' | 'renewal' | 'name';
        q?: string;
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
              domain: string | null;
              externalId: string | null;
              ownerTeamId: string | null;
              attributes: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              people: number;
              health: number | null;
              healthN: number;
              risk: number | null;
              spend: number | null;
              renewalDate: string | null;
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
  postApiV1Accounts: {
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
          domain?: string;
          externalId?: string;
          /** Format: uuid */
          ownerTeamId?: string;
          /** @default {} */
          attributes?: {
            [key: string]: string | number | boolean | null;
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
            name: string;
            domain: string | null;
            externalId: string | null;
            ownerTeamId: string | null;
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
  getApiV1AccountsId: {
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
            domain: string | null;
            externalId: string | null;
            ownerTeamId: string | null;
            attributes: {
              [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            people: {
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
              account?: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
              } | null;
              churnRisk?: {
                score: number;
                /** @enum {string} */
                band: 'low' | 'medium' | 'high';
                reasons: {
                  feature: string;
                  value: number | string | null;
                  contribution: number;
                  text: string;
                  kind?: string;
                  params?: {
                    [key: string]: string | number;
                  };
                }[];
                modelVersion: number;
                /** Format: date-time */
                scoredAt: string;
              } | null;
              accountRole: string;
              weight: number;
              latestScores: {
                nps: {
                  value: number;
                  /** Format: date-time */
                  at: string;
                } | null;
                csat: {
                  value: number;
                  /** Format: date-time */
                  at: string;
                } | null;
                ces: {
                  value: number;
                  /** Format: date-time */
                  at: string;
                } | null;
              };
              lastAnsweredAt: string | null;
            }[];
            health: {
              windowDays: number;
              nps: {
                value: number | null;
                n: number;
                effectiveN: number;
                ci: [number, number] | null;
              };
              csat: {
                value: number | null;
                n: number;
                effectiveN: number;
                ci: [number, number] | null;
              };
              coverage: {
                decisionMakers: {
                  answered: number;
                  total: number;
                };
                people: {
                  answered: number;
                  total: number;
                };
                text: string;
              };
              trend: {
                nps: {
                  current: number | null;
                  previous: number | null;
                  change: number | null;
                };
                csat: {
                  current: number | null;
                  previous: number | null;
                  change: number | null;
                };
              };
              openCases: number;
              sentiment: {
                score: number | null;
                n: number;
                negative: number;
                positive: number;
              };
              churnRisk: {
                score: number;
                weighted: number;
                band: string | null;
                /** Format: uuid */
                contactId: string;
              } | null;
              renewalDate: string | null;
            };
            openCases: {
              /** Format: uuid */
              id: string;
              number: number;
              title: string;
              status: string;
              priority: string;
              contactId: string | null;
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
  deleteApiV1AccountsId: {
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
  patchApiV1AccountsId: {
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
          domain?: string | null;
          externalId?: string | null;
          ownerTeamId?: string | null;
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
            /** Format: uuid */
            id: string;
            name: string;
            domain: string | null;
            externalId: string | null;
            ownerTeamId: string | null;
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
  putApiV1AccountsIdContactsContactId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          role: string;
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
            accountId: string;
            /** Format: uuid */
            contactId: string;
            role: string;
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
  deleteApiV1AccountsIdContactsContactId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        contactId: string;
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
  getApiV1AccountRoleWeights: {
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
            weights: {
              [key: string]: number;
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
  putApiV1AccountRoleWeights: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          weights: {
            [key: string]: number;
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
            weights: {
              [key: string]: number;
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
  getApiV1ContactsIdProfile: {
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
            latestScores: {
              nps: {
                value: number;
                /** Format: date-time */
                at: string;
              } | null;
              csat: {
                value: number;
                /** Format: date-time */
                at: string;
              } | null;
              ces: {
                value: number;
                /** Format: date-time */
                at: string;
              } | null;
            };
            sentimentTrend: {
              month: string;
              score: number;
              n: number;
            }[];
            openCases: {
              /** Format: uuid */
              id: string;
              number: number;
              title: string;
              status: string;
              priority: string;
              contactId: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            accounts: {
              /** Format: uuid */
              id: string;
              name: string;
              role: string;
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
  postApiV1PredictionsChurnTrain: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          label:
            | {
                attribute: string;
              }
            | {
                event: string;
              };
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
            version: number;
            label:
              | {
                  attribute: string;
                }
              | {
                  event: string;
                };
            /** @enum {string} */
            status: 'training' | 'ready' | 'failed';
            progress: number;
            stage: string;
            error: string | null;
            metrics: {
              model: {
                n: number;
                rocAuc: number | null;
                prAuc: number | null;
                brier: number | null;
                f1: number | null;
                positiveRate: number | null;
                labelRate: number | null;
                threshold: number | null;
              };
              logisticRegression: {
                n: number;
                rocAuc: number | null;
                prAuc: number | null;
                brier: number | null;
                f1: number | null;
                positiveRate: number | null;
                labelRate: number | null;
                threshold: number | null;
              };
              trainedOn: number;
              positives: number;
              features: number;
              variant: string;
              leftOut?: string[];
            } | null;
            contactsScored: number;
            /** Format: date-time */
            createdAt: string;
            trainedAt: string | null;
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
  getApiV1PredictionsChurn: {
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
            current: {
              version: number;
              label:
                | {
                    attribute: string;
                  }
                | {
                    event: string;
                  };
              /** @enum {string} */
              status: 'training' | 'ready' | 'failed';
              progress: number;
              stage: string;
              error: string | null;
              metrics: {
                model: {
                  n: number;
                  rocAuc: number | null;
                  prAuc: number | null;
                  brier: number | null;
                  f1: number | null;
                  positiveRate: number | null;
                  labelRate: number | null;
                  threshold: number | null;
                };
                logisticRegression: {
                  n: number;
                  rocAuc: number | null;
                  prAuc: number | null;
                  brier: number | null;
                  f1: number | null;
                  positiveRate: number | null;
                  labelRate: number | null;
                  threshold: number | null;
                };
                trainedOn: number;
                positives: number;
                features: number;
                variant: string;
                leftOut?: string[];
              } | null;
              contactsScored: number;
              /** Format: date-time */
              createdAt: string;
              trainedAt: string | null;
            } | null;
            models: {
              version: number;
              label:
                | {
                    attribute: string;
                  }
                | {
                    event: string;
                  };
              /** @enum {string} */
              status: 'training' | 'ready' | 'failed';
              progress: number;
              stage: string;
              error: string | null;
              metrics: {
                model: {
                  n: number;
                  rocAuc: number | null;
                  prAuc: number | null;
                  brier: number | null;
                  f1: number | null;
                  positiveRate: number | null;
                  labelRate: number | null;
                  threshold: number | null;
                };
                logisticRegression: {
                  n: number;
                  rocAuc: number | null;
                  prAuc: number | null;
                  brier: number | null;
                  f1: number | null;
                  positiveRate: number | null;
                  labelRate: number | null;
                  threshold: number | null;
                };
                trainedOn: number;
                positives: number;
                features: number;
                variant: string;
                leftOut?: string[];
              } | null;
              contactsScored: number;
              /** Format: date-time */
              createdAt: string;
              trainedAt: string | null;
            }[];
            counts: {
              low: number;
              medium: number;
              high: number;
            };
            rescoring: string;
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
  getApiV1PredictionsChurnAtRisk: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        band?: 'high' | 'medium' | 'low' | 'medium_or_high';
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
              contactId: string;
              email: string | null;
              externalId: string | null;
              name: string | null;
              score: number;
              /** @enum {string} */
              band: 'low' | 'medium' | 'high';
              reasons: {
                feature: string;
                value: number | string | null;
                contribution: number;
                text: string;
                kind?: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
              /** Format: date-time */
              scoredAt: string;
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
  getApiV1ContactsIdNextBestActions: {
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
            suggestions: {
              /** Format: uuid */
              ruleId: string;
              ruleName: string;
              action: components['schemas']['NbaAction'];
              priority: number;
              /** Format: uuid */
              contactId: string;
              contactLabel: string;
              accountId: string | null;
              accountRole: string | null;
              evidence: {
                field: string;
                text: string;
              }[];
              summary: string;
            }[];
            taken: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              ruleId: string;
              ruleName: string;
              /** @enum {string} */
              kind: 'create_case' | 'send_survey' | 'send_email' | 'assign_owner';
              /** Format: uuid */
              contactId: string;
              evidence: string;
              result: {
                [key: string]: unknown;
              };
              takenBy: string | null;
              /** Format: date-time */
              takenAt: string;
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
  getApiV1AccountsIdNextBestActions: {
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
            suggestions: {
              /** Format: uuid */
              ruleId: string;
              ruleName: string;
              action: components['schemas']['NbaAction'];
              priority: number;
              /** Format: uuid */
              contactId: string;
              contactLabel: string;
              accountId: string | null;
              accountRole: string | null;
              evidence: {
                field: string;
                text: string;
              }[];
              summary: string;
            }[];
            taken: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              ruleId: string;
              ruleName: string;
              /** @enum {string} */
              kind: 'create_case' | 'send_survey' | 'send_email' | 'assign_owner';
              /** Format: uuid */
              contactId: string;
              evidence: string;
              result: {
                [key: string]: unknown;
              };
              takenBy: string | null;
              /** Format: date-time */
              takenAt: string;
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
  postApiV1NextBestActionsTake: {
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
          ruleId: string;
          /** Format: uuid */
          contactId: string;
          /** Format: uuid */
          accountId?: string;
          /** Format: uuid */
          surveyId?: string;
          /** Format: uuid */
          templateId?: string;
          /** Format: uuid */
          teamId?: string;
          /** Format: uuid */
          caseId?: string;
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
            /** Format: uuid */
            ruleId: string;
            ruleName: string;
            /** @enum {string} */
            kind: 'create_case' | 'send_survey' | 'send_email' | 'assign_owner';
            /** Format: uuid */
            contactId: string;
            evidence: string;
            result: {
              [key: string]: unknown;
            };
            takenBy: string | null;
            /** Format: date-time */
            takenAt: string;
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
  getApiV1NextBestActionRules: {
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
              builtinKey: string | null;
              name: string;
              description: string;
              condition: components['schemas']['__schema0'];
              action: components['schemas']['NbaAction'];
              priority: number;
              cooldownDays: number;
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
  postApiV1NextBestActionRules: {
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
          condition: components['schemas']['__schema0'];
          action: components['schemas']['NbaAction'];
          /** @default 50 */
          priority?: number;
          /** @default 14 */
          cooldownDays?: number;
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
            builtinKey: string | null;
            name: string;
            description: string;
            condition: components['schemas']['__schema0'];
            action: components['schemas']['NbaAction'];
            priority: number;
            cooldownDays: number;
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
  getApiV1NextBestActionRulesId: {
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
            builtinKey: string | null;
            name: string;
            description: string;
            condition: components['schemas']['__schema0'];
            action: components['schemas']['NbaAction'];
            priority: number;
            cooldownDays: number;
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
  deleteApiV1NextBestActionRulesId: {
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
  patchApiV1NextBestActionRulesId: {
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
          condition?: components['schemas']['__schema0'];
          action?: components['schemas']['NbaAction'];
          priority?: number;
          cooldownDays?: number;
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
            builtinKey: string | null;
            name: string;
            description: string;
            condition: components['schemas']['__schema0'];
            action: components['schemas']['NbaAction'];
            priority: number;
            cooldownDays: number;
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
  getApiV1Campaigns: {
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
              segmentId: string | null;
              segmentName: string;
              /** @enum {string} */
              kind: 'survey' | 'email';
              surveyId: string | null;
              templateId: string | null;
              priority: string;
              /** @enum {string} */
              status: 'draft' | 'sending' | 'sent' | 'failed';
              progress: {
                total: number;
                processed: number;
              };
              error: string | null;
              /** Format: date-time */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
              results?: {
                recipients: number;
                sent: number;
                queued: number;
                failed: number;
                skipped: number;
                skippedByReason: {
                  [key: string]: number;
                };
                opened: number;
                answered: number;
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
  postApiV1Campaigns: {
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
          /** Format: uuid */
          segmentId: string;
          survey?: {
            /** Format: uuid */
            surveyId: string;
          };
          email?: {
            /** Format: uuid */
            templateId: string;
            /**
             * @default normal
             * @enum {string}
             */
            priority?: 'high' | 'normal' | 'low';
          };
          /** @default false */
          send?: boolean;
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
            segmentId: string | null;
            segmentName: string;
            /** @enum {string} */
            kind: 'survey' | 'email';
            surveyId: string | null;
            templateId: string | null;
            priority: string;
            /** @enum {string} */
            status: 'draft' | 'sending' | 'sent' | 'failed';
            progress: {
              total: number;
              processed: number;
            };
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            results?: {
              recipients: number;
              sent: number;
              queued: number;
              failed: number;
              skipped: number;
              skippedByReason: {
                [key: string]: number;
              };
              opened: number;
              answered: number;
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
  getApiV1CampaignsId: {
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
            segmentId: string | null;
            segmentName: string;
            /** @enum {string} */
            kind: 'survey' | 'email';
            surveyId: string | null;
            templateId: string | null;
            priority: string;
            /** @enum {string} */
            status: 'draft' | 'sending' | 'sent' | 'failed';
            progress: {
              total: number;
              processed: number;
            };
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            results?: {
              recipients: number;
              sent: number;
              queued: number;
              failed: number;
              skipped: number;
              skippedByReason: {
                [key: string]: number;
              };
              opened: number;
              answered: number;
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
  postApiV1CampaignsIdSend: {
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
            name: string;
            segmentId: string | null;
            segmentName: string;
            /** @enum {string} */
            kind: 'survey' | 'email';
            surveyId: string | null;
            templateId: string | null;
            priority: string;
            /** @enum {string} */
            status: 'draft' | 'sending' | 'sent' | 'failed';
            progress: {
              total: number;
              processed: number;
            };
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            results?: {
              recipients: number;
              sent: number;
              queued: number;
              failed: number;
              skipped: number;
              skippedByReason: {
                [key: string]: number;
              };
              opened: number;
              answered: number;
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
  getApiV1CampaignsIdRecipients: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'sent' | 'skipped' | 'queued' | 'failed';
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
              contactId: string;
              email: string | null;
              language: string | null;
              /** @enum {string} */
              status: 'queued' | 'sent' | 'failed' | 'skipped';
              skipReason: string | null;
              detail: string | null;
              opened: boolean;
              answered: boolean;
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
  getApiV1EmailTemplates: {
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
              defaultLanguage: string;
              content: {
                [key: string]: {
                  subject: string;
                  body: string;
                };
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
  postApiV1EmailTemplates: {
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
          /** @default en */
          defaultLanguage?: string;
          content: {
            [key: string]: {
              subject: string;
              body: string;
            };
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
            name: string;
            defaultLanguage: string;
            content: {
              [key: string]: {
                subject: string;
                body: string;
              };
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
  getApiV1EmailTemplatesId: {
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
            defaultLanguage: string;
            content: {
              [key: string]: {
                subject: string;
                body: string;
              };
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
  deleteApiV1EmailTemplatesId: {
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
  patchApiV1EmailTemplatesId: {
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
          defaultLanguage?: string;
          content?: {
            [key: string]: {
              subject: string;
              body: string;
            };
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
            /** Format: uuid */
            id: string;
            name: string;
            defaultLanguage: string;
            content: {
              [key: string]: {
                subject: string;
                body: string;
              };
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
              contactId: string | null;
              employeeId: string | null;
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
          recipients?: {
            email: string;
            name?: string;
            language?: string;
            externalId?: string;
          }[];
          /** Format: uuid */
          segmentId?: string;
          /** @default null */
          remindAfterDays?: number | null;
          /** @enum {string} */
          audience?: 'customers' | 'employees';
          departments?: string[];
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
              contactId?: string;
              /** Format: uuid */
              employeeId?: string;
              /** Format: uuid */
              invitationId: string;
            }[];
            skipped: {
              email: string;
              /** Format: uuid */
              contactId?: string;
              /** Format: uuid */
              employeeId?: string;
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
            brand?: {
              color: string | null;
            };
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
            userHash?: string;
          };
          userHash?: string;
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
          | 'account'
          | 'department'
          | 'location'
          | 'tenure';
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
          'application/json':
            | {
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
              }
            | {
                /** @enum {string} */
                metric: 'nps' | 'csat' | 'ces' | 'rating';
                /** @constant */
                source: 'raw';
                /** @constant */
                anonymous: true;
                minGroupSize: number;
                suppressed: boolean;
                value?: number | null;
                n?: number;
                ci95?: [number, number] | null;
                smallSample?: boolean;
                groups: (
                  | {
                      key: string;
                      label: string | null;
                      /** @constant */
                      suppressed: false;
                      value: number | null;
                      n: number;
                      ci95: [number, number] | null;
                      smallSample: boolean;
                    }
                  | {
                      key: string;
                      label: string | null;
                      /** @constant */
                      suppressed: true;
                    }
                )[];
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
              itemKind: 'response' | 'review' | 'conversation';
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
              itemKind: 'response' | 'review' | 'conversation';
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
          itemKind: 'response' | 'review' | 'conversation';
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
            itemKind: 'response' | 'review' | 'conversation';
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
                itemKind: 'response' | 'review' | 'conversation';
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
                itemKind: 'response' | 'review' | 'conversation';
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
              itemKind: 'response' | 'review' | 'conversation';
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
  getApiV1TextSentimentCalibration: {
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
            active: {
              version: number;
              /** @enum {string} */
              status: 'training' | 'active' | 'inactive' | 'rejected' | 'failed';
              progress: number;
              stage: string;
              examples: number;
              heldOut: number;
              comparison: {
                builtin: {
                  n: number;
                  accuracy: number;
                  macroF1: number;
                  perClass: {
                    [key: string]: number;
                  };
                };
                calibrated: {
                  n: number;
                  accuracy: number;
                  macroF1: number;
                  perClass: {
                    [key: string]: number;
                  };
                };
                better: boolean;
                minGain: number;
              } | null;
              error: string | null;
              /** Format: date-time */
              createdAt: string;
              trainedAt: string | null;
            } | null;
            versions: {
              version: number;
              /** @enum {string} */
              status: 'training' | 'active' | 'inactive' | 'rejected' | 'failed';
              progress: number;
              stage: string;
              examples: number;
              heldOut: number;
              comparison: {
                builtin: {
                  n: number;
                  accuracy: number;
                  macroF1: number;
                  perClass: {
                    [key: string]: number;
                  };
                };
                calibrated: {
                  n: number;
                  accuracy: number;
                  macroF1: number;
                  perClass: {
                    [key: string]: number;
                  };
                };
                better: boolean;
                minGain: number;
              } | null;
              error: string | null;
              /** Format: date-time */
              createdAt: string;
              trainedAt: string | null;
            }[];
            available: {
              negative: number;
              positive: number;
            };
            minPerClass: number;
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
  postApiV1TextSentimentCalibrationTrain: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
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
            version: number;
            /** @enum {string} */
            status: 'training' | 'active' | 'inactive' | 'rejected' | 'failed';
            progress: number;
            stage: string;
            examples: number;
            heldOut: number;
            comparison: {
              builtin: {
                n: number;
                accuracy: number;
                macroF1: number;
                perClass: {
                  [key: string]: number;
                };
              };
              calibrated: {
                n: number;
                accuracy: number;
                macroF1: number;
                perClass: {
                  [key: string]: number;
                };
              };
              better: boolean;
              minGain: number;
            } | null;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            trainedAt: string | null;
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
  patchApiV1TextSentimentCalibrationVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active: boolean;
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
            version: number;
            /** @enum {string} */
            status: 'training' | 'active' | 'inactive' | 'rejected' | 'failed';
            progress: number;
            stage: string;
            examples: number;
            heldOut: number;
            comparison: {
              builtin: {
                n: number;
                accuracy: number;
                macroF1: number;
                perClass: {
                  [key: string]: number;
                };
              };
              calibrated: {
                n: number;
                accuracy: number;
                macroF1: number;
                perClass: {
                  [key: string]: number;
                };
              };
              better: boolean;
              minGain: number;
            } | null;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            trainedAt: string | null;
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
                | 'conversation.created'
                | 'conversation.handed_over'
                | 'conversation.resolved'
                | 'conversation.reply'
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
            | 'conversation.created'
            | 'conversation.handed_over'
            | 'conversation.resolved'
            | 'conversation.reply'
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
              | 'conversation.created'
              | 'conversation.handed_over'
              | 'conversation.resolved'
              | 'conversation.reply'
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
              | 'conversation.created'
              | 'conversation.handed_over'
              | 'conversation.resolved'
              | 'conversation.reply'
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
            | 'conversation.created'
            | 'conversation.handed_over'
            | 'conversation.resolved'
            | 'conversation.reply'
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
              | 'conversation.created'
              | 'conversation.handed_over'
              | 'conversation.resolved'
              | 'conversation.reply'
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
              | 'conversation.created'
              | 'conversation.handed_over'
              | 'conversation.resolved'
              | 'conversation.reply'
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
  getApiV1Maturity: {
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
            questions: {
              id: string;
              /** @enum {string} */
              competency:
                | 'strategy'
                | 'understanding'
                | 'journeys'
                | 'measurement'
                | 'action'
                | 'employees'
                | 'governance';
              text: {
                en: string;
                vi: string;
              };
              options: {
                value: number;
                text: {
                  en: string;
                  vi: string;
                };
              }[];
            }[];
            evidence: {
              /** @enum {string} */
              id:
                | 'loopClosureRate'
                | 'timeToFirstAction'
                | 'responseRate'
                | 'touchpointsWithOwners'
                | 'automationsLive'
                | 'employeeProgramme';
              /** @enum {string} */
              competency:
                | 'strategy'
                | 'understanding'
                | 'journeys'
                | 'measurement'
                | 'action'
                | 'employees'
                | 'governance';
              value: number | boolean | null;
              n: number;
              suggestedLevel: number | null;
            }[];
            latest: {
              /** Format: uuid */
              id: string;
              userId: string | null;
              userName: string | null;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
              level: number;
              mean: number;
              competencies: {
                /** @enum {string} */
                id:
                  | 'strategy'
                  | 'understanding'
                  | 'journeys'
                  | 'measurement'
                  | 'action'
                  | 'employees'
                  | 'governance';
                score: number;
                level: number;
              }[];
              recommendations: {
                /** @enum {string} */
                competency:
                  | 'strategy'
                  | 'understanding'
                  | 'journeys'
                  | 'measurement'
                  | 'action'
                  | 'employees'
                  | 'governance';
                level: number;
                text: {
                  en: string;
                  vi: string;
                };
              }[];
              answers: {
                [key: string]: number;
              };
              createdAt: string;
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
  getApiV1MaturityAssessments: {
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
              userId: string | null;
              userName: string | null;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
              level: number;
              mean: number;
              competencies: {
                /** @enum {string} */
                id:
                  | 'strategy'
                  | 'understanding'
                  | 'journeys'
                  | 'measurement'
                  | 'action'
                  | 'employees'
                  | 'governance';
                score: number;
                level: number;
              }[];
              recommendations: {
                /** @enum {string} */
                competency:
                  | 'strategy'
                  | 'understanding'
                  | 'journeys'
                  | 'measurement'
                  | 'action'
                  | 'employees'
                  | 'governance';
                level: number;
                text: {
                  en: string;
                  vi: string;
                };
              }[];
              answers: {
                [key: string]: number;
              };
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
  postApiV1MaturityAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answers: {
            [key: string]: number;
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
            userId: string | null;
            userName: string | null;
            /** @enum {string} */
            role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
            level: number;
            mean: number;
            competencies: {
              /** @enum {string} */
              id:
                | 'strategy'
                | 'understanding'
                | 'journeys'
                | 'measurement'
                | 'action'
                | 'employees'
                | 'governance';
              score: number;
              level: number;
            }[];
            recommendations: {
              /** @enum {string} */
              competency:
                | 'strategy'
                | 'understanding'
                | 'journeys'
                | 'measurement'
                | 'action'
                | 'employees'
                | 'governance';
              level: number;
              text: {
                en: string;
                vi: string;
              };
            }[];
            answers: {
              [key: string]: number;
            };
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
  getApiV1MaturityComparison: {
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
            people: {
              /** Format: uuid */
              assessmentId: string;
              userId: string | null;
              userName: string | null;
              /** @enum {string} */
              role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
              level: number;
              createdAt: string;
            }[];
            competencies: {
              /** @enum {string} */
              id:
                | 'strategy'
                | 'understanding'
                | 'journeys'
                | 'measurement'
                | 'action'
                | 'employees'
                | 'governance';
              min: number;
              max: number;
              spread: number;
              scores: {
                userId: string | null;
                /** @enum {string} */
                role: 'admin' | 'cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer';
                score: number;
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
  getApiV1ExCx: {
    parameters: {
      query?: {
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
            from: string;
            to: string;
            minGroupSize: number;
            teams: {
              /** Format: uuid */
              teamId: string;
              name: string;
              department: string | null;
              wave: {
                /** Format: uuid */
                surveyId: string;
                name: string;
                closedAt: string;
              } | null;
              enps:
                | (
                    | {
                        value: number | null;
                        n: number;
                        ci95: [number, number] | null;
                        /** @constant */
                        suppressed: false;
                      }
                    | {
                        /** @constant */
                        suppressed: true;
                      }
                  )
                | null;
              engagement:
                | (
                    | {
                        value: number | null;
                        n: number;
                        ci95: [number, number] | null;
                        /** @constant */
                        suppressed: false;
                      }
                    | {
                        /** @constant */
                        suppressed: true;
                      }
                  )
                | null;
              customer: {
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
                nps: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
                sources: {
                  touchpoints: {
                    csat: {
                      value: number | null;
                      n: number;
                      ci95: [number, number] | null;
                    };
                    nps: {
                      value: number | null;
                      n: number;
                      ci95: [number, number] | null;
                    };
                  };
                  cases: {
                    csat: {
                      value: number | null;
                      n: number;
                      ci95: [number, number] | null;
                    };
                    nps: {
                      value: number | null;
                      n: number;
                      ci95: [number, number] | null;
                    };
                  };
                  conversations: {
                    csat: {
                      value: number | null;
                      n: number;
                      ci95: [number, number] | null;
                    };
                  };
                };
              };
            }[];
            periods: {
              /** Format: uuid */
              surveyId: string;
              name: string;
              closedAt: string;
              month: string;
              teams: {
                /** Format: uuid */
                teamId: string;
                enps:
                  | (
                      | {
                          value: number | null;
                          n: number;
                          ci95: [number, number] | null;
                          /** @constant */
                          suppressed: false;
                        }
                      | {
                          /** @constant */
                          suppressed: true;
                        }
                    )
                  | null;
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
                nps: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
              }[];
            }[];
            correlation: {
              enpsCsat: {
                r: number | null;
                n: number;
                pValue: number | null;
                significant: boolean;
              };
              enpsNps: {
                r: number | null;
                n: number;
                pValue: number | null;
                significant: boolean;
              };
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
  'getApiV1SurveysIdAnonymousResults.csv': {
    parameters: {
      query?: {
        groupBy?: 'department' | 'location' | 'tenure';
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
  getApiV1CoachingAgents: {
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
              userId: string;
              name: string;
              email: string;
            }[];
            teams: {
              /** Format: uuid */
              id: string;
              name: string;
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
  getApiV1CoachingAgentsUserId: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path: {
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
            from: string;
            to: string;
            days: number;
            agent: {
              /** Format: uuid */
              userId: string;
              name: string;
              email: string;
            };
            teams: {
              /** Format: uuid */
              id: string;
              name: string;
            }[];
            figures: {
              csat: {
                value: number | null;
                n: number;
                ci95: [number, number] | null;
              };
              cases: {
                resolved: number;
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
              };
              conversations: {
                resolved: number;
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
              };
              firstResponse: {
                n: number;
                medianSeconds: number | null;
                meanSeconds: number | null;
              };
              resolution: {
                n: number;
                medianSeconds: number | null;
                meanSeconds: number | null;
              };
            };
            team: {
              csat: {
                value: number | null;
                n: number;
                ci95: [number, number] | null;
              };
              cases: {
                resolved: number;
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
              };
              conversations: {
                resolved: number;
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
              };
              firstResponse: {
                n: number;
                medianSeconds: number | null;
                meanSeconds: number | null;
              };
              resolution: {
                n: number;
                medianSeconds: number | null;
                meanSeconds: number | null;
              };
            } | null;
            topics: {
              /** Format: uuid */
              topicId: string;
              name: string;
              lowCsat: number;
              n: number;
              csat: {
                value: number | null;
                n: number;
                ci95: [number, number] | null;
              };
              teamCsat: {
                value: number | null;
                n: number;
                ci95: [number, number] | null;
              };
              teamAverageLowCsat: number;
            }[];
            suggestedTraining: {
              /** Format: uuid */
              topicId: string;
              topic: string;
              lowCsat: number;
              teamAverage: number;
              days: number;
            }[];
            notes: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              agentUserId: string;
              authorUserId: string | null;
              authorName: string | null;
              text: string;
              /** Format: date-time */
              createdAt: string;
            }[];
            canCoach: boolean;
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
  postApiV1CoachingAgentsUserIdNotes: {
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
          text: string;
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
            /** Format: uuid */
            agentUserId: string;
            authorUserId: string | null;
            authorName: string | null;
            text: string;
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
  getApiV1CoachingTeamsTeamId: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path: {
        teamId: string;
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
            from: string;
            to: string;
            team: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            figures: {
              csat: {
                value: number | null;
                n: number;
                ci95: [number, number] | null;
              };
              cases: {
                resolved: number;
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
              };
              conversations: {
                resolved: number;
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
              };
              firstResponse: {
                n: number;
                medianSeconds: number | null;
                meanSeconds: number | null;
              };
              resolution: {
                n: number;
                medianSeconds: number | null;
                meanSeconds: number | null;
              };
            };
            agents: {
              /** Format: uuid */
              userId: string;
              name: string;
              figures: {
                csat: {
                  value: number | null;
                  n: number;
                  ci95: [number, number] | null;
                };
                cases: {
                  resolved: number;
                  csat: {
                    value: number | null;
                    n: number;
                    ci95: [number, number] | null;
                  };
                };
                conversations: {
                  resolved: number;
                  csat: {
                    value: number | null;
                    n: number;
                    ci95: [number, number] | null;
                  };
                };
                firstResponse: {
                  n: number;
                  medianSeconds: number | null;
                  meanSeconds: number | null;
                };
                resolution: {
                  n: number;
                  medianSeconds: number | null;
                  meanSeconds: number | null;
                };
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
  getApiV1Suggestions: {
    parameters: {
      query?: {
        status?: 'open' | 'planned' | 'done' | 'declined';
        sort?: 'votes' | 'newest';
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
              body: string;
              anonymous: boolean;
              author: {
                /** Format: uuid */
                userId: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'open' | 'planned' | 'done' | 'declined';
              answer: string | null;
              answeredBy: {
                /** Format: uuid */
                userId: string;
                name: string;
              } | null;
              answeredAt: string | null;
              votes: number;
              votedByMe: boolean;
              sentiment: {
                label: string;
                score: number;
              };
              lang: string;
              topics: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
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
  postApiV1Suggestions: {
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
          body?: string;
          /** @default false */
          anonymous?: boolean;
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
            body: string;
            anonymous: boolean;
            author: {
              /** Format: uuid */
              userId: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'open' | 'planned' | 'done' | 'declined';
            answer: string | null;
            answeredBy: {
              /** Format: uuid */
              userId: string;
              name: string;
            } | null;
            answeredAt: string | null;
            votes: number;
            votedByMe: boolean;
            sentiment: {
              label: string;
              score: number;
            };
            lang: string;
            topics: {
              /** Format: uuid */
              id: string;
              name: string;
            }[];
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
  postApiV1SuggestionsIdVotes: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            body: string;
            anonymous: boolean;
            author: {
              /** Format: uuid */
              userId: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'open' | 'planned' | 'done' | 'declined';
            answer: string | null;
            answeredBy: {
              /** Format: uuid */
              userId: string;
              name: string;
            } | null;
            answeredAt: string | null;
            votes: number;
            votedByMe: boolean;
            sentiment: {
              label: string;
              score: number;
            };
            lang: string;
            topics: {
              /** Format: uuid */
              id: string;
              name: string;
            }[];
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
  patchApiV1SuggestionsId: {
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
          status?: 'open' | 'planned' | 'done' | 'declined';
          answer?: string | null;
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
            body: string;
            anonymous: boolean;
            author: {
              /** Format: uuid */
              userId: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'open' | 'planned' | 'done' | 'declined';
            answer: string | null;
            answeredBy: {
              /** Format: uuid */
              userId: string;
              name: string;
            } | null;
            answeredAt: string | null;
            votes: number;
            votedByMe: boolean;
            sentiment: {
              label: string;
              score: number;
            };
            lang: string;
            topics: {
              /** Format: uuid */
              id: string;
              name: string;
            }[];
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
              itemKind: 'response' | 'review' | 'conversation';
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
  getApiV1KnowledgeArticles: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        q?: string;
        status?: 'published' | 'draft';
        tag?: string;
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
              title: {
                en?: string;
                vi?: string;
              };
              body: {
                en?: string;
                vi?: string;
              };
              questions: string[];
              tags: string[];
              /** @enum {string} */
              status: 'published' | 'draft';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              score?: number;
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
  postApiV1KnowledgeArticles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: {
            en?: string;
            vi?: string;
          };
          body: {
            en?: string;
            vi?: string;
          };
          /** @default [] */
          questions?: string[];
          /** @default [] */
          tags?: string[];
          /**
           * @default published
           * @enum {string}
           */
          status?: 'published' | 'draft';
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
            title: {
              en?: string;
              vi?: string;
            };
            body: {
              en?: string;
              vi?: string;
            };
            questions: string[];
            tags: string[];
            /** @enum {string} */
            status: 'published' | 'draft';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            score?: number;
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
  getApiV1KnowledgeArticlesId: {
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
            title: {
              en?: string;
              vi?: string;
            };
            body: {
              en?: string;
              vi?: string;
            };
            questions: string[];
            tags: string[];
            /** @enum {string} */
            status: 'published' | 'draft';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            score?: number;
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
  deleteApiV1KnowledgeArticlesId: {
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
  patchApiV1KnowledgeArticlesId: {
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
          title?: {
            en?: string;
            vi?: string;
          };
          body?: {
            en?: string;
            vi?: string;
          };
          questions?: string[];
          tags?: string[];
          /** @enum {string} */
          status?: 'published' | 'draft';
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
            title: {
              en?: string;
              vi?: string;
            };
            body: {
              en?: string;
              vi?: string;
            };
            questions: string[];
            tags: string[];
            /** @enum {string} */
            status: 'published' | 'draft';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            score?: number;
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
  getApiV1PublicKnowledgeWorkspaceIdArticles: {
    parameters: {
      query?: {
        q?: string;
        language?: 'en' | 'vi';
        limit?: number;
      };
      header?: never;
      path: {
        workspaceId: string;
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
              title: string;
              body: string;
              tags: string[];
              /** @enum {string} */
              language: 'en' | 'vi';
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
  getApiV1PublicKnowledgeWorkspaceIdArticlesId: {
    parameters: {
      query?: {
        language?: 'en' | 'vi';
      };
      header?: never;
      path: {
        workspaceId: string;
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
            body: string;
            tags: string[];
            /** @enum {string} */
            language: 'en' | 'vi';
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
  postApiV1BotAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
          /** @enum {string} */
          language?: 'en' | 'vi';
          history?: {
            /** @enum {string} */
            author: 'customer' | 'bot' | 'agent' | 'system';
            text: string;
          }[];
          /** Format: uuid */
          contactId?: string;
          contactAttributes?: {
            [key: string]: unknown;
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
            answer: string | null;
            articleId?: string;
            intent?: string;
            confidence: number;
            handoff: boolean;
            reason:
              | (
                  | 'low_confidence'
                  | 'out_of_scope'
                  | 'asked_for_person'
                  | 'negative_sentiment'
                  | 'urgent'
                  | 'repeated_failure'
                  | 'vip'
                  | 'at_risk'
                  | 'workspace_rule'
                  | 'bot_disabled'
                )
              | null;
            /** @enum {string} */
            language: 'en' | 'vi';
            detail?: string;
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
  getApiV1BotSettings: {
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
            enabled: boolean;
            greeting: {
              en: string;
              vi: string;
            };
            handoffRules: {
              condition: components['schemas']['__schema0'];
              reason: string;
            }[];
            threshold: number;
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
  putApiV1BotSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          enabled?: boolean;
          greeting?: {
            en: string;
            vi: string;
          };
          handoffRules?: {
            condition: components['schemas']['__schema0'];
            reason: string;
          }[];
          threshold?: number;
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
            enabled: boolean;
            greeting: {
              en: string;
              vi: string;
            };
            handoffRules: {
              condition: components['schemas']['__schema0'];
              reason: string;
            }[];
            threshold: number;
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
  getApiV1BotIntents: {
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
              examples: string[];
              reply: {
                en: string;
                vi?: string;
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
  postApiV1BotIntents: {
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
          examples: string[];
          reply: {
            en: string;
            vi?: string;
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
            name: string;
            examples: string[];
            reply: {
              en: string;
              vi?: string;
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
  getApiV1BotIntentsId: {
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
            examples: string[];
            reply: {
              en: string;
              vi?: string;
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
  deleteApiV1BotIntentsId: {
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
  patchApiV1BotIntentsId: {
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
          examples?: string[];
          reply?: {
            en: string;
            vi?: string;
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
            /** Format: uuid */
            id: string;
            name: string;
            examples: string[];
            reply: {
              en: string;
              vi?: string;
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
              subjectKind: 'response' | 'review' | 'conversation' | 'contact' | 'case';
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
              subjectKind: 'response' | 'review' | 'conversation' | 'contact' | 'case';
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
  postApiV1PublicConversationsIdCsat: {
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
          score: number;
          comment?: string;
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
            responseId: string;
            /** Format: uuid */
            surveyId: string;
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
  postApiV1PublicConversationsIdResolve: {
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
            /** @constant */
            status: 'resolved';
            resolution: string;
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
  getApiV1ConversationsMetrics: {
    parameters: {
      query?: {
        from?: string;
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
            from: string;
            to: string;
            containment: {
              rate: number | null;
              n: number;
              ci: [number, number] | null;
              confirmed: number;
              assumed: number;
              cameBack: number;
              provisional: number;
            };
            handover: {
              rate: number | null;
              n: number;
              ci: [number, number] | null;
              reasons: {
                reason: string;
                count: number;
              }[];
            };
            firstResponse: {
              p50Seconds: number | null;
              p90Seconds: number | null;
              n: number;
            };
            resolution: {
              p50Seconds: number | null;
              p90Seconds: number | null;
              n: number;
            };
            csat: {
              value: number | null;
              n: number;
              ci: [number, number] | null;
              byAgent: {
                /** Format: uuid */
                id: string;
                name: string;
                value: number | null;
                n: number;
                ci: [number, number] | null;
              }[];
              byTeam: {
                /** Format: uuid */
                id: string;
                name: string;
                value: number | null;
                n: number;
                ci: [number, number] | null;
              }[];
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
  getApiV1Channels: {
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
              kind: 'api' | 'email';
              replyWebhookId: string | null;
              /** @description POST signed messages here (Touchpoint-Signature: t=<unix>,v1=<hex>) */
              inboundUrl: string;
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
  postApiV1Channels: {
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
          kind: 'api' | 'email';
          replyUrl?: string;
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
            kind: 'api' | 'email';
            replyWebhookId: string | null;
            /** @description POST signed messages here (Touchpoint-Signature: t=<unix>,v1=<hex>) */
            inboundUrl: string;
            /** Format: date-time */
            createdAt: string;
            /** @description signing secret, shown once: HMAC-SHA256 of "<t>.<raw body>", as for webhooks */
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
  getApiV1ChannelsId: {
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
            kind: 'api' | 'email';
            replyWebhookId: string | null;
            /** @description POST signed messages here (Touchpoint-Signature: t=<unix>,v1=<hex>) */
            inboundUrl: string;
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
  deleteApiV1ChannelsId: {
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
  postApiV1PublicConversations: {
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
            name?: string;
          };
          userHash?: string;
          /** @enum {string} */
          language?: 'en' | 'vi';
          /** @enum {string} */
          channel?: 'widget' | 'help_center';
          /** Format: uuid */
          touchpointId?: string;
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
            token: string;
            /** @enum {string} */
            status: 'bot' | 'open' | 'pending' | 'resolved';
            messages: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
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
  getApiV1PublicConversationsIdMessages: {
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
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            }[];
            /** @enum {string} */
            status: 'bot' | 'open' | 'pending' | 'resolved';
            queue: {
              position: number;
              estimatedWaitMinutes: number | null;
              message: string;
            } | null;
            csat: {
              asked: boolean;
              answered: boolean;
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
  postApiV1PublicConversationsIdMessages: {
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
          text: string;
          clientMessageId?: string;
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
            message: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            };
            replies: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            }[];
            /** @enum {string} */
            status: 'bot' | 'open' | 'pending' | 'resolved';
            queue: {
              position: number;
              estimatedWaitMinutes: number | null;
              message: string;
            } | null;
          };
        };
      };
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            };
            replies: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            }[];
            /** @enum {string} */
            status: 'bot' | 'open' | 'pending' | 'resolved';
            queue: {
              position: number;
              estimatedWaitMinutes: number | null;
              message: string;
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
  postApiV1PublicConversationsIdHandoff: {
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
            /** @enum {string} */
            status: 'bot' | 'open' | 'pending' | 'resolved';
            replies: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            }[];
            queue: {
              position: number;
              estimatedWaitMinutes: number | null;
              message: string;
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
  getApiV1PublicConversationsIdStream: {
    parameters: {
      query?: {
        token?: string;
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
  getApiV1Conversations: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'bot' | 'open' | 'pending' | 'resolved';
        teamId?: string;
        assigneeId?: string | 'me' | 'none';
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
              /** @enum {string} */
              status: 'bot' | 'open' | 'pending' | 'resolved';
              channel: string;
              contact: {
                /** Format: uuid */
                id: string;
                name: string | null;
                email: string | null;
              } | null;
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              team: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              language: 'en' | 'vi';
              lastMessage: {
                text: string;
                /** @enum {string} */
                author: 'customer' | 'bot' | 'agent' | 'system';
                /** Format: date-time */
                createdAt: string;
                private: boolean;
              } | null;
              handoffReason: string | null;
              waitingSince: string | null;
              firstResponseDueAt: string | null;
              snoozedUntil: string | null;
              caseId: string | null;
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
  getApiV1ConversationsStream: {
    parameters: {
      query?: never;
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
  getApiV1ConversationsSettings: {
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
            routing: {
              /** Format: uuid */
              teamId: string;
              /** @enum {string} */
              language?: 'en' | 'vi';
              channel?: string;
              /** Format: uuid */
              touchpointId?: string;
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
  putApiV1ConversationsSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          routing: {
            /** Format: uuid */
            teamId: string;
            /** @enum {string} */
            language?: 'en' | 'vi';
            channel?: string;
            /** Format: uuid */
            touchpointId?: string;
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
            routing: {
              /** Format: uuid */
              teamId: string;
              /** @enum {string} */
              language?: 'en' | 'vi';
              channel?: string;
              /** Format: uuid */
              touchpointId?: string;
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
  getApiV1ConversationsId: {
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
            conversation: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'bot' | 'open' | 'pending' | 'resolved';
              channel: string;
              contact: {
                /** Format: uuid */
                id: string;
                name: string | null;
                email: string | null;
              } | null;
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              team: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              language: 'en' | 'vi';
              lastMessage: {
                text: string;
                /** @enum {string} */
                author: 'customer' | 'bot' | 'agent' | 'system';
                /** Format: date-time */
                createdAt: string;
                private: boolean;
              } | null;
              handoffReason: string | null;
              waitingSince: string | null;
              firstResponseDueAt: string | null;
              snoozedUntil: string | null;
              caseId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              handedOverAt: string | null;
              firstResponseAt: string | null;
              resolvedAt: string | null;
              resolution: ('bot_confirmed' | 'bot_assumed' | 'agent') | null;
              queue: {
                position: number;
                estimatedWaitMinutes: number | null;
                message: string;
              } | null;
              unverifiedIdentity: {
                externalId: string | null;
                email: string | null;
                name: string | null;
              } | null;
            };
            messages: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            }[];
            decisions: {
              /** Format: uuid */
              messageId: string;
              confidence: number;
              handoff: boolean;
              reason: string | null;
              articleId: string | null;
              intent: string | null;
            }[];
            customer: {
              contact: {
                /** Format: uuid */
                id: string;
                externalId: string | null;
                email: string | null;
                phone: string | null;
                name: string | null;
              };
              attributes: {
                [key: string]: unknown;
              };
              recentResponses: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                surveyId: string;
                score: number | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              openCases: {
                /** Format: uuid */
                id: string;
                number: number;
                title: string;
                status: string;
              }[];
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
  patchApiV1ConversationsId: {
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
          status?: 'bot' | 'open' | 'pending' | 'resolved';
          teamId?: string | null;
          assigneeId?: string | null;
          snoozedUntil?: string | null;
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
            conversation: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'bot' | 'open' | 'pending' | 'resolved';
              channel: string;
              contact: {
                /** Format: uuid */
                id: string;
                name: string | null;
                email: string | null;
              } | null;
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              team: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              language: 'en' | 'vi';
              lastMessage: {
                text: string;
                /** @enum {string} */
                author: 'customer' | 'bot' | 'agent' | 'system';
                /** Format: date-time */
                createdAt: string;
                private: boolean;
              } | null;
              handoffReason: string | null;
              waitingSince: string | null;
              firstResponseDueAt: string | null;
              snoozedUntil: string | null;
              caseId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              handedOverAt: string | null;
              firstResponseAt: string | null;
              resolvedAt: string | null;
              resolution: ('bot_confirmed' | 'bot_assumed' | 'agent') | null;
              queue: {
                position: number;
                estimatedWaitMinutes: number | null;
                message: string;
              } | null;
              unverifiedIdentity: {
                externalId: string | null;
                email: string | null;
                name: string | null;
              } | null;
            };
            messages: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            }[];
            decisions: {
              /** Format: uuid */
              messageId: string;
              confidence: number;
              handoff: boolean;
              reason: string | null;
              articleId: string | null;
              intent: string | null;
            }[];
            customer: {
              contact: {
                /** Format: uuid */
                id: string;
                externalId: string | null;
                email: string | null;
                phone: string | null;
                name: string | null;
              };
              attributes: {
                [key: string]: unknown;
              };
              recentResponses: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                surveyId: string;
                score: number | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              openCases: {
                /** Format: uuid */
                id: string;
                number: number;
                title: string;
                status: string;
              }[];
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
  postApiV1ConversationsIdMessages: {
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
          text: string;
          /** @default false */
          private?: boolean;
          clientMessageId?: string;
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
            /** Format: uuid */
            conversationId: string;
            /** @enum {string} */
            author: 'customer' | 'bot' | 'agent' | 'system';
            authorName?: string | null;
            text: string;
            private: boolean;
            /** Format: date-time */
            createdAt: string;
            clientMessageId?: string | null;
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
  postApiV1ConversationsIdHandBack: {
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
            conversation: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'bot' | 'open' | 'pending' | 'resolved';
              channel: string;
              contact: {
                /** Format: uuid */
                id: string;
                name: string | null;
                email: string | null;
              } | null;
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              team: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              language: 'en' | 'vi';
              lastMessage: {
                text: string;
                /** @enum {string} */
                author: 'customer' | 'bot' | 'agent' | 'system';
                /** Format: date-time */
                createdAt: string;
                private: boolean;
              } | null;
              handoffReason: string | null;
              waitingSince: string | null;
              firstResponseDueAt: string | null;
              snoozedUntil: string | null;
              caseId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              handedOverAt: string | null;
              firstResponseAt: string | null;
              resolvedAt: string | null;
              resolution: ('bot_confirmed' | 'bot_assumed' | 'agent') | null;
              queue: {
                position: number;
                estimatedWaitMinutes: number | null;
                message: string;
              } | null;
              unverifiedIdentity: {
                externalId: string | null;
                email: string | null;
                name: string | null;
              } | null;
            };
            messages: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              conversationId: string;
              /** @enum {string} */
              author: 'customer' | 'bot' | 'agent' | 'system';
              authorName?: string | null;
              text: string;
              private: boolean;
              /** Format: date-time */
              createdAt: string;
              clientMessageId?: string | null;
            }[];
            decisions: {
              /** Format: uuid */
              messageId: string;
              confidence: number;
              handoff: boolean;
              reason: string | null;
              articleId: string | null;
              intent: string | null;
            }[];
            customer: {
              contact: {
                /** Format: uuid */
                id: string;
                externalId: string | null;
                email: string | null;
                phone: string | null;
                name: string | null;
              };
              attributes: {
                [key: string]: unknown;
              };
              recentResponses: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                surveyId: string;
                score: number | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              openCases: {
                /** Format: uuid */
                id: string;
                number: number;
                title: string;
                status: string;
              }[];
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
  postApiV1ConversationsIdCase: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            caseId: string;
            created: boolean;
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
  getApiV1ConversationsIdSuggestions: {
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
              articleId: string;
              title: string;
              excerpt: string;
              score: number;
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
  putApiV1MePresence: {
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
          status: 'online' | 'away' | 'offline';
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
            /** @enum {string} */
            presence: 'online' | 'away' | 'offline';
            capacity: number;
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
  getApiV1Agents: {
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
              userId: string;
              name: string;
              /** @enum {string} */
              presence: 'online' | 'away' | 'offline';
              capacity: number;
              openCount: number;
              lastSeenAt: string | null;
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
  patchApiV1AgentsUserId: {
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
          capacity: number;
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
            name: string;
            /** @enum {string} */
            presence: 'online' | 'away' | 'offline';
            capacity: number;
            openCount: number;
            lastSeenAt: string | null;
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
  getApiV1CannedReplies: {
    parameters: {
      query?: {
        q?: string;
        conversationId?: string;
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
              shortcut: string;
              title: string;
              text: {
                en: string;
                vi?: string;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              filled?: string;
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
  postApiV1CannedReplies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          shortcut: string;
          title: string;
          text: {
            en: string;
            vi?: string;
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
            shortcut: string;
            title: string;
            text: {
              en: string;
              vi?: string;
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
  deleteApiV1CannedRepliesId: {
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
  patchApiV1CannedRepliesId: {
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
          shortcut?: string;
          title?: string;
          text?: {
            en: string;
            vi?: string;
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
            /** Format: uuid */
            id: string;
            shortcut: string;
            title: string;
            text: {
              en: string;
              vi?: string;
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
  getApiV1WorkspaceSso: {
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
            configured: boolean;
            enabled: boolean;
            issuerUrl: string | null;
            clientId: string | null;
            hasClientSecret: boolean;
            allowedDomains: string[];
            requireSso: boolean;
            jitRole: ('cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer') | null;
            redirectUri: string;
            signInUrl: string;
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
  putApiV1WorkspaceSso: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          enabled?: boolean;
          /** Format: uri */
          issuerUrl: string;
          clientId: string;
          clientSecret?: string;
          allowedDomains: string[];
          requireSso?: boolean;
          jitRole?: ('cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer') | null;
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
            configured: boolean;
            enabled: boolean;
            issuerUrl: string | null;
            clientId: string | null;
            hasClientSecret: boolean;
            allowedDomains: string[];
            requireSso: boolean;
            jitRole: ('cx_manager' | 'analyst' | 'team_member' | 'agent' | 'viewer') | null;
            redirectUri: string;
            signInUrl: string;
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
  getApiV1AuthSsoStart: {
    parameters: {
      query?: {
        email?: string;
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      302: {
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
  getApiV1AuthSsoCallback: {
    parameters: {
      query?: {
        code?: string;
        state?: string;
        error?: string;
        error_description?: string;
        iss?: string;
        session_state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success, no content */
      302: {
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
  getApiV1ContactsIdExport: {
    parameters: {
      query?: {
        format?: 'json' | 'zip';
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
            [key: string]: unknown;
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
  getApiV1PrivacyErasuresId: {
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
            contactId: string;
            /** @enum {string} */
            status: 'queued' | 'running' | 'done' | 'failed';
            stepsTotal: number;
            stepsDone: number;
            currentStep: string | null;
            counts: {
              [key: string]: number;
            };
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
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
  getApiV1ContactsIdConsents: {
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
              /** Format: uuid */
              contactId: string;
              /** @enum {string} */
              channel: 'email' | 'sms' | 'phone' | 'web' | 'in_app' | 'chat' | 'any';
              purpose: string;
              granted: boolean;
              source: string;
              /** Format: date-time */
              recordedAt: string;
              withdrawnAt: string | null;
              createdBy: string | null;
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
  postApiV1ContactsIdConsents: {
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
          channel: 'email' | 'sms' | 'phone' | 'web' | 'in_app' | 'chat' | 'any';
          purpose: string;
          /** @default true */
          granted?: boolean;
          /** @default api */
          source?: string;
          /** Format: date-time */
          recordedAt?: string;
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
            /** Format: uuid */
            contactId: string;
            /** @enum {string} */
            channel: 'email' | 'sms' | 'phone' | 'web' | 'in_app' | 'chat' | 'any';
            purpose: string;
            granted: boolean;
            source: string;
            /** Format: date-time */
            recordedAt: string;
            withdrawnAt: string | null;
            createdBy: string | null;
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
  postApiV1ContactsIdConsentsConsentIdWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        consentId: string;
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
            contactId: string;
            /** @enum {string} */
            channel: 'email' | 'sms' | 'phone' | 'web' | 'in_app' | 'chat' | 'any';
            purpose: string;
            granted: boolean;
            source: string;
            /** Format: date-time */
            recordedAt: string;
            withdrawnAt: string | null;
            createdBy: string | null;
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
  getApiV1PrivacySettings: {
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
            retentionMode: 'delete' | 'anonymise';
            responsesDays: number | null;
            conversationsDays: number | null;
            eventsDays: number | null;
            selfServiceEnabled: boolean;
            selfServiceUrl: string | null;
            lastRetentionRunAt: string | null;
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
  patchApiV1PrivacySettings: {
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
          retentionMode?: 'delete' | 'anonymise';
          responsesDays?: number | null;
          conversationsDays?: number | null;
          eventsDays?: number | null;
          selfServiceEnabled?: boolean;
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
            retentionMode: 'delete' | 'anonymise';
            responsesDays: number | null;
            conversationsDays: number | null;
            eventsDays: number | null;
            selfServiceEnabled: boolean;
            selfServiceUrl: string | null;
            lastRetentionRunAt: string | null;
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
  postApiV1PrivacyRetentionPreview: {
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
          retentionMode?: 'delete' | 'anonymise';
          responsesDays?: number | null;
          conversationsDays?: number | null;
          eventsDays?: number | null;
          selfServiceEnabled?: boolean;
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
            mode: 'delete' | 'anonymise';
            responses: number;
            conversations: number;
            events: number;
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
  postApiV1PrivacyRetentionRun: {
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
            mode: 'delete' | 'anonymise';
            responses: number;
            conversations: number;
            events: number;
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
  postApiV1PublicPrivacyWorkspaceIdRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
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
            /** @constant */
            status: 'check_email';
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
