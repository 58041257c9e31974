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
}
