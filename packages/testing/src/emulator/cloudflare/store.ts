import type { components } from '@ai-gateway/validators/cloudflare';

type Schemas = components['schemas'];

export type Gateway = Schemas['Gateway'];
export type LogDetail = Schemas['LogDetail'];
export type Dataset = Schemas['Dataset'];
export type Evaluation = Schemas['Evaluation'];
export type EvaluationType = Schemas['EvaluationType'];
export type DynamicRouteVersionDetail = Schemas['DynamicRouteVersionDetail'];
export type DynamicRouteDeployment = Schemas['DynamicRouteDeployment'];
export type ProviderConfig = Schemas['ProviderConfig'];
export type CustomProvider = Schemas['CustomProvider'];
export type CustomProviderCost = Schemas['CustomProviderCost'];
export type CustomDomain = Schemas['CustomDomain'];
export type Invoice = Schemas['InvoiceHistory']['invoices'][number];
export type SpendingLimitSettings = Schemas['SpendingLimitSet'];
export type TopupConfigSettings = Schemas['TopupConfigCreate'];

/** What one request cost the account under Unified Billing, metered when it was served. */
export interface MeteredUsage {
  /** Unix milliseconds. */
  readonly time: number;
  /** US cents; fractions of a cent are kept, as meters do. */
  readonly cents: number;
}

/** A top-up's payment, known by its Stripe invoice id. */
export interface StoredTopup {
  readonly id: string;
  readonly amount: number;
  status: 'completed' | 'pending';
}

/**
 * The account's Unified Billing state. Usage is a record of what was metered, not a view of the
 * logs: deleting logs does not give credits back.
 */
export interface BillingAccount {
  /** US cents. */
  balance: number;
  paymentMethod: { brand: string; last4: string } | null;
  /** True once a manual top-up completed; a spending limit needs one. */
  firstTopupSuccess: boolean;
  topupConfig: TopupConfigSettings | null;
  spendingLimit: SpendingLimitSettings | null;
  /** Oldest first. */
  invoices: Invoice[];
  topups: Map<string, StoredTopup>;
  /** Oldest first. */
  usage: MeteredUsage[];
}

/**
 * Fields the logs API filters on (`filters[].key`) that a log response does not show. The real
 * service keeps them with each log; so does the emulator.
 */
export interface LogHiddenFields {
  event_id: string | null;
  authentication: boolean;
  wholesale: boolean;
  compatibilityMode: boolean;
  dlp_action: string | null;
  user_agent: string | null;
  feedback: number | null;
  score: number | null;
}

/** One log as the service stores it: the full record, its payloads, and its filterable fields. */
export interface StoredLog {
  /** What `GET …/logs/{id}` answers; list rows are this record trimmed to the list's fields. */
  log: LogDetail;
  /** What `GET …/logs/{id}/request` answers: the request payload as the gateway received it. */
  request: unknown;
  /** What `GET …/logs/{id}/response` answers. */
  response: unknown;
  hidden: LogHiddenFields;
}

/** A dynamic route with the history the API keeps of it. */
export interface StoredRoute {
  id: string;
  name: string;
  created_at: string;
  modified_at: string;
  versions: DynamicRouteVersionDetail[];
  deployments: DynamicRouteDeployment[];
}

/** Where new object ids come from: the seed and a counter, so a replayed session makes the same ids. */
export interface IdSource {
  readonly seed: number;
  issued: number;
}

/** Everything one emulated Cloudflare account holds. Maps keep insertion (creation) order. */
export interface CloudflareStore {
  readonly accountId: string;
  readonly ids: IdSource;
  /** By gateway id. */
  gateways: Map<string, Gateway>;
  /** By gateway id; each gateway's logs in the order they were recorded. */
  logs: Map<string, StoredLog[]>;
  /** By gateway id, then dataset id. */
  datasets: Map<string, Map<string, Dataset>>;
  /** By gateway id, then evaluation id. */
  evaluations: Map<string, Map<string, Evaluation>>;
  /** The account-wide evaluation types (read-only in the API). */
  evaluationTypes: EvaluationType[];
  /** By gateway id, then route id. */
  routes: Map<string, Map<string, StoredRoute>>;
  /** By gateway id, then provider config id. */
  providerConfigs: Map<string, Map<string, ProviderConfig>>;
  /** Account-wide, by id. */
  customProviders: Map<string, CustomProvider>;
  /** Account-wide, by id; each names its provider in `account_provider_id`. */
  customProviderCosts: Map<string, CustomProviderCost>;
  /** By gateway id, then hostname. */
  customDomains: Map<string, Map<string, CustomDomain>>;
  billing: BillingAccount;
}
