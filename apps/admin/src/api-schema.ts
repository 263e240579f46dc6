// Generated from docs/openapi.json by `npm run api:types` (openapi-typescript). Do not edit by hand:
// change the API, then run the script again.

export interface paths {
  '/api/v1/acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReviewController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acknowledgements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReviewController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ReviewController_setNote'];
    trace?: never;
  };
  '/api/v1/acknowledgements/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReviewController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acknowledgements/{id}/mark-sent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReviewController_markSent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acknowledgements/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReviewController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acknowledgements/{id}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReviewController_skip'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acknowledgements/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PromptnessController_overdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acknowledgements/promptness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PromptnessController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FundsController_listCampaigns'];
    put?: never;
    post: operations['FundsController_createCampaign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/constituents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConstituentsController_list'];
    put?: never;
    post: operations['ConstituentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/constituents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConstituentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ConstituentsController_update'];
    trace?: never;
  };
  '/api/v1/constituents/{id}/giving-summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GivingSummariesController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/constituents/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TimelineController_page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/funds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FundsController_listFunds'];
    put?: never;
    post: operations['FundsController_createFund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GiftsController_list'];
    put?: never;
    post: operations['GiftsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gifts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GiftsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/giving-summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GivingSummariesController_list'];
    put?: never;
    post: operations['GivingSummariesController_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail/captured': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CapturedMailController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail/captured/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CapturedMailController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recurring-gifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RecurringGiftsController_list'];
    put?: never;
    post: operations['RecurringGiftsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recurring-gifts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RecurringGiftsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AcknowledgementSettingsController_get'];
    put: operations['AcknowledgementSettingsController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TasksController_list'];
    put?: never;
    post: operations['TasksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TasksController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TasksController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TemplatesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/templates/{kind}/{language}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TemplatesController_save'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/templates/{kind}/{language}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TemplatesController_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/templates/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TemplatesController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
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
    patch: operations['UsersController_update'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcknowledgementPage: {
      items: components['schemas']['AcknowledgementView'][];
      nextCursor: string | null;
    };
    AcknowledgementSettingsDto: {
      /**
       * @description Target from gift to automated thank-you email, in seconds (default 300)
       * @example 300
       */
      automatedTargetSeconds: number;
      /** @description At most one per currency; a currency without one has no major gifts. PUT replaces the list. */
      majorGiftThresholds: components['schemas']['MajorGiftThresholdDto'][];
      /**
       * @description Target from gift to personal follow-up (reviewed thank-you, call), in seconds (default 48 h)
       * @example 172800
       */
      personalTargetSeconds: number;
    };
    AcknowledgementSummary: {
      attempts: number;
      /** Format: uuid */
      id: string;
      lastError: string | null;
      /** @description Why it is held, suppressed or failed */
      reason: string | null;
      /** @description Seconds from the gift received (or recorded, if later) to the thank-you sent; null until sent */
      secondsToSend: number | null;
      /** Format: date-time */
      sentAt: string | null;
      /** @enum {string} */
      status:
        | 'queued'
        | 'sending'
        | 'retrying'
        | 'sent'
        | 'failed'
        | 'bounced'
        | 'held'
        | 'deferred'
        | 'suppressed';
      /** @description The template version the message was rendered from (0: the built-in wording); null until sent */
      templateVersion: number | null;
      /**
       * @description Which thank-you the rules chose
       * @enum {string}
       */
      treatment: 'first_gift' | 'welcome_back' | 'thank_you';
    };
    AcknowledgementView: {
      /** @description Minor units */
      amount: number;
      attempts: number;
      constituentId: string;
      constituentName: string;
      currency: string;
      giftId: string;
      /** Format: date-time */
      giftReceivedAt: string;
      id: string;
      /** @enum {string} */
      kind: 'donor' | 'tribute';
      lastError: string | null;
      personalNote: string | null;
      reason: string | null;
      recipient: string | null;
      relationshipManagerId: string | null;
      /** Format: date-time */
      reviewedAt: string | null;
      reviewedBy: string | null;
      /** Format: date-time */
      sentAt: string | null;
      smtpResponse: string | null;
      /** @enum {string} */
      status:
        | 'queued'
        | 'sending'
        | 'retrying'
        | 'sent'
        | 'failed'
        | 'bounced'
        | 'held'
        | 'deferred'
        | 'suppressed';
      templateVersion: number | null;
      /** @enum {string} */
      treatment: 'first_gift' | 'welcome_back' | 'thank_you';
      /** @description Set when a send may have reached the donor without Steward knowing; null otherwise */
      unknownOutcome: components['schemas']['UnknownOutcomeView'] | null;
    };
    ApproveRequest: {
      /** @description Required (true) while unknownOutcome.awaitingDecision: send it again, accepting that the donor may already have it and get it twice. Recorded with who and when; without it such an approval is a 409. */
      confirmResend?: boolean;
      /** @description Replaces the personal note before sending; empty removes it */
      personalNote?: string;
    };
    CampaignView: {
      endsOn: string | null;
      id: string;
      name: string;
      startsOn: string | null;
    };
    CapturedMailPage: {
      items: components['schemas']['CapturedMailView'][];
      nextCursor: string | null;
    };
    CapturedMailView: {
      /** Format: date-time */
      capturedAt: string;
      from: string;
      html: string | null;
      id: string;
      messageId: string;
      subject: string;
      text: string | null;
      to: string;
    };
    CompleteTaskRequest: {
      /** @example Spoke with Ana; she would like a site visit in spring */
      outcome?: string | null;
    };
    ConstituentPage: {
      items: components['schemas']['ConstituentView'][];
      nextCursor: string | null;
    };
    ConstituentView: {
      /** Format: date-time */
      createdAt: string;
      deceased: boolean;
      /** @description Name as lists show it */
      displayName: string;
      doNotContact: boolean;
      doNotEmail: boolean;
      emails: components['schemas']['EmailView'][];
      firstName: string | null;
      formalSalutation: string | null;
      id: string;
      informalSalutation: string | null;
      /** @enum {string} */
      installmentAcknowledgement: 'each' | 'monthly_summary' | 'annual';
      /** @enum {string} */
      kind: 'individual' | 'organization';
      lastName: string | null;
      organizationName: string | null;
      preferredLocale: string | null;
      preferredName: string | null;
      pronouns: string | null;
      relationshipManagerId: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    CreateCampaignRequest: {
      /**
       * Format: date
       * @description Not before startsOn
       * @example 2027-05-31
       */
      endsOn?: string | null;
      /** @example Spring 2027 */
      name: string;
      /**
       * Format: date
       * @example 2027-03-01
       */
      startsOn?: string | null;
    };
    CreateConstituentRequest: {
      deceased?: boolean;
      doNotContact?: boolean;
      doNotEmail?: boolean;
      /** @description Replaces the list; [] removes every address */
      emails?: components['schemas']['EmailInput'][];
      /** @example Ana */
      firstName?: string | null;
      /** @example Dr. Rivera */
      formalSalutation?: string | null;
      /** @example Ana */
      informalSalutation?: string | null;
      /**
       * @description How installments of recurring gifts are thanked: each one, in a monthly summary, or yearly
       * @default each
       * @enum {string}
       */
      installmentAcknowledgement: 'each' | 'monthly_summary' | 'annual';
      /** @enum {string} */
      kind: 'individual' | 'organization';
      /** @example Rivera */
      lastName?: string | null;
      /**
       * @description Required for an organization
       * @example Casa Esperanza Foundation
       */
      organizationName?: string | null;
      /**
       * @description BCP 47; formats amounts and dates in thank-yous
       * @example en-US
       */
      preferredLocale?: string | null;
      /**
       * @description Used to greet the donor in thank-yous
       * @example Annie
       */
      preferredName?: string | null;
      /** @example she/her */
      pronouns?: string | null;
      /**
       * Format: uuid
       * @description Staff user who owns the relationship and signs personal thank-yous
       */
      relationshipManagerId?: string | null;
    };
    CreateFundRequest: {
      /** @example Your gift puts a first-generation student in a classroom this fall. */
      impactStatement?: string | null;
      /** @example Scholarships */
      name: string;
    };
    CreateGiftRequest: {
      /**
       * @description Integer in the currency minor unit, as payment processors send it: 30000 USD is $300.00. At most 999999999999999 (so that every total Steward computes stays exact).
       * @example 30000
       */
      amount: number;
      /**
       * @description Thanked privately; never named publicly nor to the family of a tribute
       * @default false
       */
      anonymous: boolean;
      /** Format: uuid */
      campaignId?: string | null;
      /** Format: uuid */
      constituentId: string;
      /**
       * @description ISO 4217 code (any case: processors send "usd")
       * @example USD
       */
      currency: string;
      /** @description The payment processor's id; unique per source */
      externalReference?: string | null;
      /** Format: uuid */
      fundId?: string | null;
      /** @example Dinner for two at the spring gala */
      goodsServicesDescription?: string | null;
      /**
       * @description Fair market value (minor units) of goods or services the donor received, e.g. a gala dinner; at most the amount
       * @example 6000
       */
      goodsServicesValue?: number | null;
      /** @example card */
      paymentMethod?: string | null;
      /**
       * Format: date-time
       * @description When the gift was received; defaults to now
       */
      receivedAt?: string;
      /**
       * Format: uuid
       * @description This gift is an installment of that recurring gift
       */
      recurringGiftId?: string | null;
      /** @description In honor or in memory of someone */
      tribute?: components['schemas']['TributeInput'] | null;
    };
    CreateRecurringGiftRequest: {
      /**
       * @description Each installment, in minor units
       * @example 2500
       */
      amount: number;
      /** Format: uuid */
      constituentId: string;
      /** @example USD */
      currency: string;
      /** @description The processor's subscription id */
      externalReference?: string | null;
      /** @enum {string} */
      frequency: 'weekly' | 'monthly' | 'quarterly' | 'annually';
      /** Format: uuid */
      fundId?: string | null;
      /**
       * Format: date-time
       * @description Defaults to now
       */
      startedAt?: string;
    };
    CreateTaskRequest: {
      /** Format: uuid */
      constituentId: string;
      details?: string | null;
      /**
       * Format: date-time
       * @example 2026-11-25T17:00:00Z
       */
      dueAt: string;
      /** Format: uuid */
      giftId?: string | null;
      /** @enum {string} */
      kind: 'call' | 'letter' | 'email' | 'meeting' | 'other';
      /**
       * Format: uuid
       * @description Defaults to the caller
       */
      ownerId?: string;
      /** @example Call to thank for the gala gift */
      title: string;
    };
    CreateUserRequest: {
      /** @example Maya Chen */
      displayName: string;
      /** @example maya@example.org */
      email: string;
      /** @description At least 12 characters */
      password: string;
      /** @enum {string} */
      role:
        | 'admin'
        | 'development_officer'
        | 'volunteer_coordinator'
        | 'program_staff'
        | 'alumni_relations'
        | 'communications'
        | 'read_only';
      /**
       * @description Sign-off of the acknowledgements this user signs as relationship manager
       * @example Maya Chen
       *     Director of Development
       */
      signature?: string | null;
    };
    EmailInput: {
      /** @example ana@example.org */
      address: string;
      /** @description At most one primary; the first address is primary when none is. */
      primary?: boolean;
      /**
       * @default personal
       * @enum {string}
       */
      type: 'personal' | 'work' | 'other';
    };
    EmailView: {
      address: string;
      primary: boolean;
      /** @enum {string} */
      type: 'personal' | 'work' | 'other';
      /**
       * Format: date-time
       * @description Set when a mail server refused this address for good; nothing more is emailed to it
       */
      undeliverableAt: string | null;
    };
    FundView: {
      active: boolean;
      id: string;
      impactStatement: string | null;
      name: string;
    };
    GiftPage: {
      items: components['schemas']['GiftView'][];
      nextCursor: string | null;
    };
    GiftView: {
      acknowledgement: components['schemas']['AcknowledgementSummary'];
      /** @description Minor units */
      amount: number;
      /** @example $300.00 */
      amountFormatted: string;
      anonymous: boolean;
      campaignId: string | null;
      constituentId: string;
      /** Format: date-time */
      createdAt: string;
      currency: string;
      externalReference: string | null;
      fundId: string | null;
      goodsServicesDescription: string | null;
      goodsServicesValue: number | null;
      id: string;
      paymentMethod: string | null;
      /**
       * @description Gapless per tenant and year, given right after the gift is stored; null only if numbering was cut short, in which case it is given before the thank-you is sent
       * @example 2026-000042
       */
      receiptNumber: string | null;
      /** Format: date-time */
      receivedAt: string;
      recurringGiftId: string | null;
      source: string;
      tribute: components['schemas']['TributeView'] | null;
    };
    GivingSummaryPage: {
      items: components['schemas']['GivingSummaryView'][];
      nextCursor: string | null;
    };
    GivingSummaryView: {
      attempts: number;
      constituentId: string;
      constituentName: string;
      /** Format: date-time */
      createdAt: string;
      id: string;
      lastError: string | null;
      /** @enum {string} */
      period: 'month' | 'year';
      /** @example 2027-01-01 */
      periodEnd: string;
      /** @example 2026-01-01 */
      periodStart: string;
      /** @description Why it was suppressed, held or failed */
      reason: string | null;
      recipient: string | null;
      /** Format: date-time */
      sentAt: string | null;
      /** @enum {string} */
      status: 'queued' | 'sending' | 'retrying' | 'sent' | 'failed' | 'bounced' | 'held' | 'suppressed';
      /** @description Null for the built-in wording */
      templateId: string | null;
      /** @description 0 for the built-in wording */
      templateVersion: number | null;
    };
    HealthView: {
      /** @example up */
      database: string;
      /**
       * @description seconds the oldest job that is due has waited to start
       * @example 0
       */
      oldestDueJobSeconds: number;
      /** @example up */
      queue: string;
      /**
       * @description readiness fails when oldestDueJobSeconds exceeds this
       * @example 300
       */
      queueLagLimitSeconds: number;
      /** @example ok */
      status: string;
      worker: components['schemas']['WorkerView'];
    };
    LoginRequest: {
      /** @example admin@steward.local */
      email: string;
      password: string;
    };
    LoginResponse: {
      /** @description Send as Authorization: Bearer <accessToken> */
      accessToken: string;
    };
    MajorGiftThresholdDto: {
      /**
       * @description From this amount in minor units (1000000 USD is $10,000.00)
       * @example 1000000
       */
      amount: number;
      /**
       * @description ISO 4217 code (any case)
       * @example USD
       */
      currency: string;
    };
    MarkSentRequest: {
      /**
       * @description What showed that the message arrived
       * @example Found in the mail server log: 250 2.0.0 Ok: queued as 4F3A1C2B9D
       */
      evidence: string;
    };
    MeResponse: {
      role: string;
      tenantId: string;
      userId: string;
    };
    OutcomeDecisionView: {
      /**
       * @description resend: sent again; delivered: recorded as sent
       * @enum {string}
       */
      choice: 'resend' | 'delivered';
      /** Format: date-time */
      decidedAt: string;
      /** @description The user who decided */
      decidedBy: string;
      decidedByName: string;
      /** @description For delivered: what showed it arrived */
      evidence: string | null;
    };
    OverdueItem: {
      /** @description Minor units */
      amount: number | null;
      /** Format: uuid */
      constituentId: string;
      constituentName: string;
      currency: string | null;
      /** Format: date-time */
      dueAt: string;
      /** Format: uuid */
      giftId: string | null;
      /** Format: uuid */
      id: string;
      /**
       * @description Acknowledgement kind (donor, tribute) or task kind (call, …)
       * @example donor
       */
      kind: string;
      /** @description Seconds past dueAt (0 for a failure that is not yet late) */
      overdueSeconds: number;
      /** @description Why it is held or failed; the task title */
      reason: string | null;
      /** @description The acknowledgement's status, or 'open' for a task */
      status: string;
      /** @enum {string} */
      type: 'acknowledgement' | 'task';
    };
    OverduePage: {
      items: components['schemas']['OverdueItem'][];
      nextCursor: string | null;
    };
    PersonalNoteRequest: {
      /**
       * @description An empty note removes it
       * @example Your support of the new library means the world to our students.
       */
      personalNote: string;
    };
    PlanGivingSummariesRequest: {
      /**
       * @description Required for period 'month': YYYY-MM, of the years 1900 to 9998
       * @example 2026-11
       */
      month?: string;
      /** @enum {string} */
      period: 'month' | 'year';
      /**
       * @description Required for period 'year'
       * @example 2026
       */
      year?: number;
    };
    PlanGivingSummariesResponse: {
      /** @description Donors whose summary for this period was planned before */
      alreadyPlanned: number;
      /** @description False when the tenant has more donors than one batch (500): the counts are for the first batch, and the rest are planned in the background, a batch at a time (GET /giving-summaries lists them) */
      complete: boolean;
      /** @enum {string} */
      period: 'month' | 'year';
      /**
       * @description The day after the period ends
       * @example 2026-12-01
       */
      periodEnd: string;
      /** @example 2026-11-01 */
      periodStart: string;
      /** @description New summaries queued for sending */
      planned: number;
      /** @description New summaries recorded as suppressed, with the reason */
      suppressed: number;
    };
    PreviewTemplateRequest: {
      /**
       * @description The HTML part; every {{ }} is HTML-escaped, and {{{ }}} is refused
       * @example <p>Dear {{greetingName}},</p><p>Thank you for your gift of {{amount}}.</p>
       */
      html: string;
      /** @enum {string} */
      kind: 'thank_you' | 'tribute_notification' | 'giving_summary';
      /**
       * @description One line; rendered as plain text
       * @example Thank you, {{greetingName}}
       */
      subject: string;
      /**
       * @description The plain-text part
       * @example Dear {{greetingName}},
       *
       *     Thank you for your gift of {{amount}}.
       *
       *     {{signature}}
       */
      text: string;
    };
    PreviewView: {
      html: string;
      subject: string;
      /** @description Template version it renders with (0 = built-in) */
      templateVersion: number;
      text: string;
      to: string | null;
    };
    PromptnessTrack: {
      /** @description Acknowledgements sent (and, for personal, calls completed) */
      count: number;
      medianSeconds: number | null;
      /** @description Of `pending`, past their due time: exactly the late items of GET /acknowledgements/overdue */
      overdue: number;
      p90Seconds: number | null;
      /** @description Open items of this track for gifts received in the range: messages still to send (tribute notices included) and, for personal, open tasks */
      pending: number;
      /** @description Of `count`, how many were done within the target */
      sentWithinTarget: number;
      /** @description sentWithinTarget / count (0..1); null when count is 0 */
      share: number | null;
      /** @description The tenant's target for this kind of acknowledgement, in seconds */
      targetSeconds: number;
    };
    PromptnessView: {
      /** @description Thank-you emails sent without a person reviewing them */
      automated: components['schemas']['PromptnessTrack'];
      /** @description Thanked later by a giving summary */
      deferred: number;
      /** @description Failed or bounced: a person must act */
      failed: number;
      /** Format: date-time */
      from: string;
      /** @description automated.pending + personal.pending */
      pending: number;
      /** @description Reviewed thank-yous (major gifts) and completed calls */
      personal: components['schemas']['PromptnessTrack'];
      /** @description Not sent on purpose (consent, no address) */
      suppressed: number;
      /** Format: date-time */
      to: string;
    };
    RecurringGiftView: {
      amount: number;
      constituentId: string;
      currency: string;
      externalReference: string | null;
      /** @enum {string} */
      frequency: 'weekly' | 'monthly' | 'quarterly' | 'annually';
      fundId: string | null;
      id: string;
      installments: number;
      /** Format: date-time */
      startedAt: string;
      /** @enum {string} */
      status: 'active' | 'paused' | 'cancelled';
    };
    RenderedTemplateView: {
      html: string;
      subject: string;
      text: string;
    };
    SkipRequest: {
      /** @example Thanked in person at the gala */
      reason: string;
    };
    TaskPage: {
      items: components['schemas']['TaskView'][];
      nextCursor: string | null;
    };
    TaskView: {
      /** Format: date-time */
      completedAt: string | null;
      completedBy: string | null;
      constituentId: string;
      constituentName: string;
      /** Format: date-time */
      createdAt: string;
      details: string | null;
      /** Format: date-time */
      dueAt: string;
      giftId: string | null;
      id: string;
      /** @enum {string} */
      kind: 'call' | 'letter' | 'email' | 'meeting' | 'other';
      outcome: string | null;
      overdue: boolean;
      ownerId: string | null;
      title: string;
    };
    TemplateSourceRequest: {
      /**
       * @description The HTML part; every {{ }} is HTML-escaped, and {{{ }}} is refused
       * @example <p>Dear {{greetingName}},</p><p>Thank you for your gift of {{amount}}.</p>
       */
      html: string;
      /**
       * @description One line; rendered as plain text
       * @example Thank you, {{greetingName}}
       */
      subject: string;
      /**
       * @description The plain-text part
       * @example Dear {{greetingName}},
       *
       *     Thank you for your gift of {{amount}}.
       *
       *     {{signature}}
       */
      text: string;
    };
    TemplateView: {
      /** @description Steward's own wording, used until the tenant saves one */
      builtIn: boolean;
      /** Format: date-time */
      createdAt: string | null;
      /** Format: uuid */
      createdBy: string | null;
      html: string;
      /**
       * Format: uuid
       * @description Null for the built-in wording
       */
      id: string | null;
      /** @enum {string} */
      kind: 'thank_you' | 'tribute_notification' | 'giving_summary';
      /**
       * @description BCP 47, lower-cased
       * @example fr-ca
       */
      language: string;
      subject: string;
      text: string;
      /** @description Highest is current; 0 is the built-in wording */
      version: number;
    };
    TimelineItem: {
      /** @enum {string} */
      department:
        | 'development'
        | 'volunteering'
        | 'alumni'
        | 'programs'
        | 'events'
        | 'communications'
        | 'social'
        | 'general';
      details: Record<string, never>;
      id: string;
      kind: string;
      /** Format: date-time */
      occurredAt: string;
      subjectId: string | null;
      subjectType: string | null;
      summary: string;
    };
    TimelinePage: {
      items: components['schemas']['TimelineItem'][];
      nextCursor: string | null;
    };
    TributeInput: {
      /**
       * @description The person honored or remembered
       * @example Rosa Rivera
       */
      name: string;
      /** @description Postal address: a card is posted when there is no email */
      notifyAddress?: string | null;
      /**
       * @description Told by email when given
       * @example rivera.family@example.org
       */
      notifyEmail?: string | null;
      /**
       * @description Who is told of the gift
       * @example The Rivera family
       */
      notifyName?: string | null;
      /** @enum {string} */
      type: 'in_honor' | 'in_memory';
    };
    TributeView: {
      name: string;
      notifyAddress: string | null;
      notifyEmail: string | null;
      notifyName: string | null;
      /** @enum {string} */
      type: 'in_honor' | 'in_memory';
    };
    UnknownOutcomeView: {
      /**
       * Format: date-time
       * @description When the attempt whose outcome is unknown began
       */
      attemptedAt: string;
      /** @description True while it is held for that reason: approve with confirmResend, mark it sent, or skip it */
      awaitingDecision: boolean;
      lastDecision: components['schemas']['OutcomeDecisionView'] | null;
      /** @description The message's Message-ID, to look for in the mail server's log */
      messageId: string;
    };
    UpdateConstituentRequest: {
      deceased?: boolean;
      doNotContact?: boolean;
      doNotEmail?: boolean;
      /** @description Replaces the list; [] removes every address */
      emails?: components['schemas']['EmailInput'][];
      /** @example Ana */
      firstName?: string | null;
      /** @example Dr. Rivera */
      formalSalutation?: string | null;
      /** @example Ana */
      informalSalutation?: string | null;
      /**
       * @description How installments of recurring gifts are thanked: each one, in a monthly summary, or yearly
       * @default each
       * @enum {string}
       */
      installmentAcknowledgement: 'each' | 'monthly_summary' | 'annual';
      /** @example Rivera */
      lastName?: string | null;
      /**
       * @description Required for an organization
       * @example Casa Esperanza Foundation
       */
      organizationName?: string | null;
      /**
       * @description BCP 47; formats amounts and dates in thank-yous
       * @example en-US
       */
      preferredLocale?: string | null;
      /**
       * @description Used to greet the donor in thank-yous
       * @example Annie
       */
      preferredName?: string | null;
      /** @example she/her */
      pronouns?: string | null;
      /**
       * Format: uuid
       * @description Staff user who owns the relationship and signs personal thank-yous
       */
      relationshipManagerId?: string | null;
    };
    UpdateUserRequest: {
      /** @description Admin only; a deactivated user can no longer sign in */
      active?: boolean;
      displayName?: string;
      password?: string;
      /**
       * @description Admin only
       * @enum {string}
       */
      role?:
        | 'admin'
        | 'development_officer'
        | 'volunteer_coordinator'
        | 'program_staff'
        | 'alumni_relations'
        | 'communications'
        | 'read_only';
      /** @description Null removes the signature */
      signature?: string | null;
    };
    UserView: {
      active: boolean;
      displayName: string;
      email: string;
      id: string;
      /** @enum {string} */
      role:
        | 'admin'
        | 'development_officer'
        | 'volunteer_coordinator'
        | 'program_staff'
        | 'alumni_relations'
        | 'communications'
        | 'read_only';
      signature: string | null;
    };
    WorkerView: {
      /** @example 5 */
      concurrency: number;
      /** @description why it last stopped taking jobs */
      lastProblem?: string;
      /**
       * @description times the runner was restarted since the process started
       * @example 0
       */
      restarts: number;
      /**
       * @description when it entered this state
       * @example 2026-11-23T10:00:00.000Z
       */
      since: string;
      /**
       * @description worker slots taking jobs now
       * @example 5
       */
      slots: number;
      /**
       * @description the job worker of this process (`not-in-this-process` with STEWARD_ROLE=api)
       * @example running
       * @enum {string}
       */
      state: 'starting' | 'running' | 'restarting' | 'stopped' | 'not-in-this-process';
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
  ReviewController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        /** @description The review queue is status=held */
        status?:
          | 'queued'
          | 'sending'
          | 'retrying'
          | 'sent'
          | 'failed'
          | 'bounced'
          | 'held'
          | 'deferred'
          | 'suppressed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description status=held (the default) is the review queue */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementPage'];
        };
      };
    };
  };
  ReviewController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementView'];
        };
      };
    };
  };
  ReviewController_setNote: {
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
        'application/json': components['schemas']['PersonalNoteRequest'];
      };
    };
    responses: {
      /** @description 409 unless it is held */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementView'];
        };
      };
    };
  };
  ReviewController_approve: {
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
        'application/json': components['schemas']['ApproveRequest'];
      };
    };
    responses: {
      /** @description Queued for sending; 409 unless it is held, and 409 when its last send may have reached the donor (unknownOutcome.awaitingDecision) unless confirmResend is true */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementView'];
        };
      };
    };
  };
  ReviewController_markSent: {
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
        'application/json': components['schemas']['MarkSentRequest'];
      };
    };
    responses: {
      /** @description Records as sent, without sending, a message whose last send had an unknown outcome and which the reviewer found arrived (in the mail server's log); 409 unless unknownOutcome.awaitingDecision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementView'];
        };
      };
    };
  };
  ReviewController_preview: {
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
      /** @description The exact message a send would deliver now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreviewView'];
        };
      };
    };
  };
  ReviewController_skip: {
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
        'application/json': components['schemas']['SkipRequest'];
      };
    };
    responses: {
      /** @description Suppressed with the reason; 409 unless it is held */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementView'];
        };
      };
    };
  };
  PromptnessController_overdue: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverduePage'];
        };
      };
    };
  };
  PromptnessController_figures: {
    parameters: {
      query?: {
        /** @description Gifts received from (inclusive); default 30 days before `to` */
        from?: string;
        /** @description Gifts received before (exclusive); default now */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromptnessView'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
    };
  };
  FundsController_listCampaigns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'][];
        };
      };
    };
  };
  FundsController_createCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCampaignRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /** @description The name is already that of another campaign (the problem names `name`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ConstituentsController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        /** @description Part of a name, or an email address */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConstituentPage'];
        };
      };
    };
  };
  ConstituentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateConstituentRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConstituentView'];
        };
      };
    };
  };
  ConstituentsController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConstituentView'];
        };
      };
    };
  };
  ConstituentsController_update: {
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
        'application/json': components['schemas']['UpdateConstituentRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConstituentView'];
        };
      };
    };
  };
  GivingSummariesController_pdf: {
    parameters: {
      query: {
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The donor's printable giving summary of the year */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TimelineController_page: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        /** @description Comma-separated departments */
        department?: string[];
        /** @description Comma-separated kinds */
        kind?: string[];
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelinePage'];
        };
      };
    };
  };
  FundsController_listFunds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundView'][];
        };
      };
    };
  };
  FundsController_createFund: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFundRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundView'];
        };
      };
      /** @description The name is already that of another fund (the problem names `name`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GiftsController_list: {
    parameters: {
      query?: {
        constituentId?: string;
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GiftPage'];
        };
      };
    };
  };
  GiftsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retried request with the same key returns the stored gift */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGiftRequest'];
      };
    };
    responses: {
      /** @description 200 instead, with the stored gift, when the Idempotency-Key was seen before or the same payment (donor, amount, currency) is already recorded under its externalReference */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GiftView'];
        };
      };
      /** @description externalReference is already recorded on another gift for a different donor, amount or currency */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GiftsController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GiftView'];
        };
      };
    };
  };
  GivingSummariesController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        period?: 'month' | 'year';
        /** @description The first day of the period */
        periodStart?: string;
        status?: 'queued' | 'sending' | 'retrying' | 'sent' | 'failed' | 'bounced' | 'held' | 'suppressed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GivingSummaryPage'];
        };
      };
    };
  };
  GivingSummariesController_plan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlanGivingSummariesRequest'];
      };
    };
    responses: {
      /** @description Planned and queued; planning a period again adds only donors not yet planned */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanGivingSummariesResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description the database, the job queue or the worker is not working */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description not working, or the job queue is falling behind */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CapturedMailController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapturedMailPage'];
        };
      };
    };
  };
  CapturedMailController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapturedMailView'];
        };
      };
    };
  };
  RecurringGiftsController_list: {
    parameters: {
      query: {
        constituentId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecurringGiftView'][];
        };
      };
    };
  };
  RecurringGiftsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRecurringGiftRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecurringGiftView'];
        };
      };
    };
  };
  RecurringGiftsController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecurringGiftView'];
        };
      };
    };
  };
  AcknowledgementSettingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementSettingsDto'];
        };
      };
    };
  };
  AcknowledgementSettingsController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcknowledgementSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcknowledgementSettingsDto'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        constituentId?: string;
        /** @description The nextCursor of the previous page */
        cursor?: string;
        kind?: 'call' | 'letter' | 'email' | 'meeting' | 'other';
        limit?: number;
        /** @description A user id, or "me" */
        owner?: string;
        state?: 'open' | 'completed' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskPage'];
        };
      };
    };
  };
  TasksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
    };
  };
  TasksController_get: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
    };
  };
  TasksController_complete: {
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
        'application/json': components['schemas']['CompleteTaskRequest'];
      };
    };
    responses: {
      /** @description 409 when it was already completed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
    };
  };
  TemplatesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current template per kind and language */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateView'][];
        };
      };
    };
  };
  TemplatesController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: 'thank_you' | 'tribute_notification' | 'giving_summary';
        language: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TemplateSourceRequest'];
      };
    };
    responses: {
      /** @description The saved version, now current */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateView'];
        };
      };
      /** @description application/problem+json naming the part (subject, text, html) and the handlebars error */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TemplatesController_versions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: 'thank_you' | 'tribute_notification' | 'giving_summary';
        language: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateView'][];
        };
      };
    };
  };
  TemplatesController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreviewTemplateRequest'];
      };
    };
    responses: {
      /** @description Rendered with sample data (Ana Rivera, $250.00) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RenderedTemplateView'];
        };
      };
      /** @description application/problem+json naming the part (subject, text, html) and the handlebars error */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'][];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
    };
  };
  UsersController_update: {
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
        'application/json': components['schemas']['UpdateUserRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
    };
  };
}
