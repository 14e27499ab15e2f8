// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

export interface paths {
  '/api/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List request logs
     * @description Returns one page of log rows that match the filters, newest first unless `sort_by` /
     *     `order` say otherwise, together with pagination data.
     *
     *     Rows are trimmed for size: large payload fields (message history, outputs, raw bodies, …)
     *     are left out or empty. Fetch `GET /api/logs/{id}` for the complete record.
     *
     *     The `stats` object of this response is not a real aggregate on current servers: only
     *     `stats.total_requests` is filled in; the other figures come back as zero. Call
     *     `GET /api/logs/stats` with the same filters for real numbers.
     */
    get: operations['listLogs'];
    put?: never;
    post?: never;
    /**
     * Delete logs by ID
     * @description Deletes the log rows with the given IDs; IDs that match no row are skipped. Only named rows
     *     are ever deleted: an empty list is refused with 400, so there is no delete-everything
     *     form (and no bulk-delete confirmation, unlike Cloudflare's filter-based delete).
     */
    delete: operations['deleteLogs'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Aggregate statistics for matching logs
     * @description Computes totals and rates over every log row matching the filters (the same filters as
     *     the list operation, without paging or sorting).
     *
     *     `total_requests` counts rows still in progress as well; every other figure is computed
     *     from finished rows only.
     *
     *     With `compare_to_previous=true` (newer servers) and a bounded, non-empty time window
     *     (`start_time` and `end_time` both set, end after start), the response also carries the
     *     same figures for the window of equal length that ends just before `start_time`.
     */
    get: operations['getLogStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one complete log record
     * @description Returns the full record of one log, including the payload fields that list rows leave
     *     out (message history, outputs, parameters, tools, raw bodies, …). The body is the log
     *     entry object itself, not wrapped in an envelope.
     */
    get: operations['getLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Request counts over time
     * @description Requests per time bucket, with how many succeeded, failed or were cancelled.
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getLogHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Token usage over time
     * @description Prompt, completion and total tokens per time bucket.
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getTokenHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/cost': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cost over time by model
     * @description Cost per time bucket in US dollars, split by model.
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getCostHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Requests over time by model
     * @description Requests per time bucket and model, with their outcomes.
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getModelHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/latency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Latency percentiles over time
     * @description Average and p90/p95/p99 latency in milliseconds per time bucket.
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getLatencyHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/throughput': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Token throughput over time
     * @description Completion tokens per second per time bucket (newer servers).
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getThroughputHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/cost/by-provider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cost over time by provider
     * @description Cost per time bucket in US dollars, split by provider.
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getProviderCostHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/tokens/by-provider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Token usage over time by provider
     * @description Token usage per time bucket, split by provider.
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getProviderTokenHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/latency/by-provider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Latency over time by provider
     * @description Latency percentiles in milliseconds per time bucket, split by provider.
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getProviderLatencyHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/throughput/by-provider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Token throughput over time by provider
     * @description Completion tokens per second per time bucket, split by provider (newer servers).
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getProviderThroughputHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/cost/by-dimension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cost over time by dimension
     * @description Cost per time bucket in US dollars, split by provider, team, customer, user or business unit. `dimension` is required and checked strictly (400).
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getDimensionCostHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/tokens/by-dimension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Token usage over time by dimension
     * @description Token usage per time bucket, split by the chosen dimension. `dimension` is required and checked strictly (400).
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getDimensionTokenHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/histogram/latency/by-dimension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Latency over time by dimension
     * @description Latency percentiles in milliseconds per time bucket, split by the chosen dimension. `dimension` is required and checked strictly (400).
     *
     *     Same filters as the list, read as leniently (bad values are dropped and widen the query).
     *     The bucket size follows from the time window (see `BucketSizeSeconds`); without both bounds it
     *     is one hour. Buckets without rows may be left out.
     */
    get: operations['getDimensionLatencyHistogram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/sessions/{session_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The logs of one session
     * @description The rows of one session (a request and the fallback attempts that name it in
     *     `parent_request_id`), oldest first by default. Unlike the list, paging values are checked
     *     strictly: a bad `limit` (1–500), `offset` or `order` is refused with 400. An unknown session
     *     is an empty page, not a 404. Newer servers only.
     */
    get: operations['getLogSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/sessions/{session_id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Totals of one session
     * @description Row count, cost, tokens and time span over every row of a session. An unknown session has
     *     `count: 0` and no `started_at`/`latest_at`. Newer servers only.
     */
    get: operations['getLogSessionSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/dropped': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Requests that could not be logged
     * @description The number of requests whose log entry was dropped since the gateway started.
     */
    get: operations['getDroppedRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/filterdata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Values for filter menus
     * @description The distinct values seen in recent logs for each dimension asked for (all of them by
     *     default), at most 1000 per dimension, optionally narrowed by `q`. Answers without `q` are
     *     cached for 30 seconds per caller, so new values can take that long to appear.
     */
    get: operations['getLogFilterData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/rankings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Models ranked by usage
     * @description Each model (with its provider) and its requests, success rate, tokens, cost, latency and
     *     throughput over the window, most requests first, with the change against the window of the
     *     same length before it. Same lenient filters as the histograms; `limit` and `all` are checked
     *     strictly. Newer servers only.
     */
    get: operations['getModelRankings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/rankings/by-dimension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Teams, customers, users or keys ranked by usage
     * @description The values of one dimension (team, customer, business unit, user or virtual key) with their
     *     requests, tokens and cost over the window, highest cost first, with the change against the
     *     window before. `dimension`, `limit` and `all` are checked strictly (400). Newer servers only.
     */
    get: operations['getDimensionRankings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every dashboard figure at once
     * @description Stats, every histogram, the model rankings and the rankings of every dimension, plus MCP tool
     *     usage, computed over one window and one bucket size. Takes the histogram filters, `limit`/`all`
     *     for the rankings and `tool_names`/`server_labels` for the MCP section. Unlike the other
     *     routes, the MCP filters are parsed strictly here: an unparseable `start_time`, `end_time`,
     *     `min_latency` or `max_latency` is refused with 400 (unless `period` resolves). Newer servers
     *     only.
     */
    get: operations['getLogDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/user-agent-mappings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List user-agent mappings
     * @description The custom rules that name the client app of a User-Agent (on top of the built-in ones). Newer servers only.
     */
    get: operations['listUserAgentMappings'];
    put?: never;
    /**
     * Create a user-agent mapping
     * @description Stores a mapping and applies it to requests logged from then on. Newer servers only.
     */
    post: operations['createUserAgentMapping'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/user-agent-mappings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Replace a user-agent mapping
     * @description Replaces the pattern, app and match type of a mapping. The answer echoes the body with the id
     *     and a new `updated_at`; it does not read the row back, so `created_at` is Go's zero time.
     *     Newer servers only.
     */
    put: operations['updateUserAgentMapping'];
    post?: never;
    /**
     * Delete a user-agent mapping
     * @description Removes a mapping; requests logged later are no longer named by it. Newer servers only.
     */
    delete: operations['deleteUserAgentMapping'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/recalculate-cost': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start repricing logs
     * @description Starts a background job that recomputes the cost of the logs matching `filters` with the
     *     current price list, and answers 202 with the job. Only one runs at a time: while one does, the
     *     answer is 409 with that job, to poll instead. Poll `GET /api/logs/recalculate-cost/status`.
     *     Costs change as the job goes, so stats, histograms and rankings change with them.
     */
    post: operations['recalculateLogCosts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/recalculate-cost/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * State of a cost recalculation
     * @description The job with this `id`, or without one the job that runs now, or `{status: "idle"}` with zero
     *     counters when none does.
     */
    get: operations['getRecalculateCostStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logs/recalculate-cost/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stop a cost recalculation
     * @description Stops the job with this `id`, or the one that runs now. Costs already written stay. A job that
     *     already ended is returned as it is, without an error.
     */
    post: operations['cancelRecalculateCost'];
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
    /**
     * @description Lifecycle state of a logged request: `processing` while it is in flight, then `success`, `error` or `cancelled` (aborted before it finished).
     * @enum {string}
     */
    LogStatus: 'processing' | 'success' | 'error' | 'cancelled';
    /** @description One page of log rows with pagination data. */
    LogsListResponse: {
      /** @description Matching rows, in the requested order. Large payload fields are trimmed. */
      logs: components['schemas']['LogEntry'][];
      pagination: components['schemas']['LogsPagination'];
      /** @description On current servers only `total_requests` (the number of matching rows, in-progress ones included) is filled in here; the other figures are sent as zero. Use `GET /api/logs/stats` for real aggregates. */
      stats: components['schemas']['LogStats'];
      /** @description Whether the log store holds any rows at all, regardless of the filters. Lets a UI tell "nothing logged yet" apart from "no row matches". */
      has_logs: boolean;
    };
    /** @description Paging data echoed back by the server, with the number of matching rows. */
    LogsPagination: {
      /** @description Page size that was applied. */
      limit: number;
      /** @description Number of rows that were skipped. */
      offset: number;
      /**
       * @description Sort key that was applied (absent on older servers).
       * @enum {string}
       */
      sort_by?: 'timestamp' | 'latency' | 'tokens' | 'cost';
      /**
       * @description Sort direction that was applied (absent on older servers).
       * @enum {string}
       */
      order?: 'asc' | 'desc';
      /**
       * Format: int64
       * @description Number of rows matching the filters across all pages. Bounded at 10^12, far above any real log store, so that a garbage figure is reported rather than accepted.
       */
      total_count: number;
    };
    /** @description Aggregate figures over the matching log rows. */
    LogStats: {
      /**
       * Format: int64
       * @description Number of matching rows, including rows still in progress. Like every row count here, bounded at 10^12, far above any real log store.
       */
      total_requests: number;
      /**
       * Format: int64
       * @description Sum of total tokens over finished rows. Bounded at 10^15, a thousand tokens for each of the 10^12 rows a count may reach.
       */
      total_tokens: number;
      /**
       * Format: int64
       * @description Sum of input tokens over finished rows (newest servers).
       */
      prompt_tokens?: number;
      /**
       * Format: int64
       * @description Sum of output tokens over finished rows (newest servers).
       */
      completion_tokens?: number;
      /** @description Sum of request costs over finished rows, in US dollars. */
      total_cost: number;
      /** @description Mean latency of finished rows, in milliseconds. */
      average_latency: number;
      /** @description Share of finished provider attempts that succeeded, in percent (0–100). Each retry or fallback attempt counts separately. */
      success_rate: number;
      /** @description Share of caller requests that ended in success, in percent (0–100), counting a whole fallback chain as one request. Absent on older servers. */
      user_facing_success_rate?: number;
      /**
       * Format: int64
       * @description Number of caller requests (chain roots) behind `user_facing_success_rate`. Absent on older servers.
       */
      user_facing_total_requests?: number;
      /**
       * Format: int64
       * @description Finished requests used as the denominator of the local cache hit rate. Only sent when the server computes cache figures.
       */
      cache_hit_rate_total_requests?: number;
      /**
       * Format: int64
       * @description Requests answered from the cache by an exact match. Only sent with cache figures.
       */
      direct_cache_hits?: number;
      /**
       * Format: int64
       * @description Requests answered from the cache by a similarity match. Only sent with cache figures.
       */
      semantic_cache_hits?: number;
    };
    /** @description Body of the stats operation: the aggregate figures at the top level, plus the optional comparison with the previous window on newer servers. */
    LogStatsResponse: components['schemas']['LogStats'] & {
      /** @description True when `previous` is present. Newer servers always send it (false unless a comparison was asked for and possible); older servers omit it. */
      has_previous_period?: boolean;
      /** @description Figures for the window of the same length that ends just before `start_time`. Only present when `compare_to_previous=true` was honoured. */
      previous?: components['schemas']['LogStats'];
    };
    /** @description One logged request. List rows carry the summary fields only; the payload fields (histories, outputs, inputs of media requests, parameters, tools, raw bodies, …) are filled in by `GET /api/logs/{id}` and are therefore optional here. The identity fields (keys, virtual key, routing rule, prompt, user, team, customer, business unit) are always sent, `null` when unset; `latency`, `cost`, `token_usage` and the payload fields are left out when unset, never `null`. Newer servers add fields not listed here; clients should ignore unknown fields. */
    LogEntry: {
      /** @description Request ID of this attempt (normally a UUID). */
      id: string;
      /** @description For a fallback attempt, the ID of the original request of the chain; null for the first attempt. */
      parent_request_id: string | null;
      /** @description Provider that served (or was serving) the attempt, e.g. `openai`, or a custom provider name. */
      provider: string;
      /** @description Model name as requested, e.g. `gpt-4o-mini`. */
      model: string;
      /** @description Request type. Snake_case on current servers (`chat_completion`, `embedding`, …); dotted on rows written by older servers (`chat.completion`). */
      object: string;
      status: components['schemas']['LogStatus'];
      /**
       * Format: date-time
       * @description When the request started, RFC 3339 with up to nanosecond precision.
       */
      timestamp: string;
      /**
       * Format: date-time
       * @description When the row was written, RFC 3339 with up to nanosecond precision.
       */
      created_at: string;
      /** @description Retries made against the provider for this attempt. */
      number_of_retries: number;
      /** @description Position in the fallback chain; 0 for the primary provider/model. */
      fallback_index: number;
      /** @description End-to-end latency in milliseconds. Left out while the request is in progress. */
      latency?: number;
      /** @description Total cost of the request in US dollars (cache lookup included). Left out when no cost could be computed or the request has not finished. */
      cost?: number;
      /** @description ID of the provider key chosen for the attempt; empty when none was. */
      selected_key_id: string;
      /** @description Display name of the provider key chosen for the attempt; empty when none was. */
      selected_key_name: string;
      /** @description ID of the virtual key used by the caller; null when none was used. */
      virtual_key_id: string | null;
      /** @description Name of the virtual key used by the caller; null when none was used. */
      virtual_key_name: string | null;
      /** @description Routing engines that took part in routing the request (see `RoutingEngine`); left out when none did. New engines may appear, so items are not a closed list here. */
      routing_engines_used?: string[];
      /** @description ID of the routing rule that matched; null when none did. */
      routing_rule_id: string | null;
      /** @description Name of the routing rule that matched; null when none did. */
      routing_rule_name: string | null;
      /** @description Name of the prompt-repository prompt the request used; null when none. */
      selected_prompt_name: string | null;
      /** @description Version of that prompt; null when none. */
      selected_prompt_version: string | null;
      /** @description ID of that prompt; null when none. */
      selected_prompt_id: string | null;
      /** @description ID of the governance user the request is attributed to; null when none. */
      user_id: string | null;
      user_name: string | null;
      /** @description ID of the team the request is attributed to; null when none. */
      team_id: string | null;
      team_name: string | null;
      /** @description ID of the customer the request is attributed to; null when none. */
      customer_id: string | null;
      customer_name: string | null;
      /** @description ID of the business unit the request is attributed to; null when none. */
      business_unit_id: string | null;
      business_unit_name: string | null;
      /** @description Every team the request counts towards, when there are several; left out otherwise. */
      team_ids?: string[];
      team_names?: string[];
      customer_ids?: string[];
      customer_names?: string[];
      business_unit_ids?: string[];
      business_unit_names?: string[];
      /** @description Governance budgets the request was charged to. */
      budget_ids?: string[];
      /** @description Governance rate limits the request counted towards. */
      rate_limit_ids?: string[];
      /** @description The model name the caller sent, when it was resolved through an alias. */
      alias?: string;
      /** @description Canonical name configured on the resolved alias. */
      canonical_model_name?: string;
      /** @description Model family configured on the resolved alias. */
      alias_model_family?: string;
      /**
       * @description Why the model stopped (`stop`, `length`, `tool_calls`, `content_filter`, …), as the provider said.
       * @example stop
       * @example length
       * @example tool_calls
       * @example content_filter
       */
      stop_reason?: string;
      /** @description Short preview of the conversation (the text `content_search` searches); left out when empty. */
      content_summary?: string;
      /** @description One record per try of this attempt (retries included), in order. */
      attempt_trail?: {
        attempt: number;
        key_id: string;
        key_name: string;
        /** @description The provider error type that caused a retry; left out on the final try. */
        fail_reason?: string;
        /** @description Whether this try's failure moved the next one to another key (newest servers). */
        triggered_rotation?: boolean;
      }[];
      /** @description The matched routing rule, redacted; a deleted rule has only `id` and `name`. */
      routing_rule?: Record<string, unknown>;
      /** @description JSON text of the plugins' log entries, grouped by plugin name. */
      plugin_logs?: string;
      /**
       * Format: int64
       * @description Insertion sequence number assigned by the database, where it has one.
       */
      inc_number?: number;
      /** @description Cluster node that served the request, in clustered deployments. */
      cluster_node_id?: string;
      /** @description True when content logging was off for the request, so no payload is served (newest servers). */
      content_hidden?: boolean;
      /** @description Input of an OCR request. */
      ocr_input?: Record<string, unknown>;
      /** @description Result of an OCR request. */
      ocr_output?: Record<string, unknown>;
      /** @description Input of an image edit request. */
      image_edit_input?: Record<string, unknown>;
      /** @description Input of an image variation request. */
      image_variation_input?: Record<string, unknown>;
      /** @description Whether the response was streamed. */
      stream: boolean;
      /** @description Provider request body as sent, when the gateway is configured to keep raw requests; an empty string otherwise, and on list rows. */
      raw_request: string;
      /** @description Provider response body as received, when the gateway is configured to keep raw responses; an empty string otherwise, and on list rows. */
      raw_response: string;
      /** @description Placeholder-to-original mappings of reversible redactions, per phase. Only on the single-log endpoint, and only for callers allowed to reveal redacted values. */
      redaction_mapping?: {
        input?: {
          [key: string]: string;
        };
        output?: {
          [key: string]: string;
        };
      } | null;
      /** @description Token counts and cost breakdown. Left out while in progress or when the provider reported no usage. */
      token_usage?: components['schemas']['TokenUsage'];
      /** @description The error that ended the request; left out unless `status` is `error`. */
      error_details?: components['schemas']['BifrostError'];
      /** @description Chat messages sent with the request (chat and text requests). */
      input_history?: components['schemas']['ChatMessage'][] | null;
      /** @description Input items of a Responses API request. */
      responses_input_history?: components['schemas']['ResponsesItem'][] | null;
      /** @description Assistant message returned for a chat request. */
      output_message?: components['schemas']['ChatMessage'] | null;
      /** @description Output items of a Responses API request. */
      responses_output?: components['schemas']['ResponsesItem'][] | null;
      /** @description Embeddings returned. Older servers store one array of numbers per input; newer ones store embedding objects (`{index, object, embedding}`). */
      embedding_output?: (number[] | Record<string, unknown>)[] | null;
      /** @description Model parameters sent with the request (temperature, max tokens, …). */
      params?: Record<string, unknown> | null;
      /** @description Tools offered to the model. */
      tools?: components['schemas']['Tool'][] | null;
      /** @description Tool calls made by the model (kept for older rows; newer rows carry them inside `output_message`). */
      tool_calls?: components['schemas']['ToolCall'][] | null;
      /** @description Input of a text-to-speech request. */
      speech_input?: Record<string, unknown> | null;
      /** @description Input of a transcription request (audio data is not echoed in full). */
      transcription_input?: Record<string, unknown> | null;
      /** @description Input of an image generation request. */
      image_generation_input?: Record<string, unknown> | null;
      /** @description Result of a text-to-speech request. */
      speech_output?: Record<string, unknown> | null;
      /** @description Result of a transcription request. */
      transcription_output?: Record<string, unknown> | null;
      /** @description Result of an image generation request. */
      image_generation_output?: Record<string, unknown> | null;
      /** @description Diagnostics of the semantic cache lookup for this request. */
      cache_debug?: Record<string, unknown> | null;
      /** @description Custom key/value metadata captured from request headers (configured logging headers or `x-bf-lh-*` headers). */
      metadata?: Record<string, unknown> | null;
      /** @description The chosen provider key, with its secret redacted. */
      selected_key?: Record<string, unknown> | null;
      /** @description The virtual key used, with its secret redacted. */
      virtual_key?: Record<string, unknown> | null;
      /** @description Request body of a passthrough integration route, as text. */
      passthrough_request_body?: string | null;
      /** @description Response body of a passthrough integration route, as text. */
      passthrough_response_body?: string | null;
      /** @description Trace of the routing decision. Current servers send formatted text; some versions sent a structured object. */
      routing_engine_logs?: string | Record<string, unknown> | null;
      /** @description Whether the request body exceeded the large-payload threshold and was stored separately. */
      is_large_payload_request: boolean;
      /** @description Whether the response body exceeded the large-payload threshold and was stored separately. */
      is_large_payload_response: boolean;
      /** @description Result of a rerank request (a list of scored documents on current servers). */
      rerank_output?: unknown[] | Record<string, unknown> | null;
      /** @description Input of a video generation request. */
      video_generation_input?: Record<string, unknown> | null;
      /** @description Result of a video generation request. */
      video_generation_output?: Record<string, unknown> | null;
      /** @description Result of a video retrieve request. */
      video_retrieve_output?: Record<string, unknown> | null;
      /** @description Result of a video list request. */
      video_list_output?: Record<string, unknown> | null;
      /** @description Result of a video delete request. */
      video_delete_output?: Record<string, unknown> | null;
      /** @description Result of a video download request. */
      video_download_output?: Record<string, unknown> | null;
      /** @description Result of a list-models request (a list of models on current servers). */
      list_models_output?: unknown[] | Record<string, unknown> | null;
    };
    /** @description Token counts reported for a request, with the computed cost breakdown. */
    TokenUsage: {
      /** @description Input tokens, including prompt-cache reads and writes (see `prompt_tokens_details`). */
      prompt_tokens?: number;
      prompt_tokens_details?: components['schemas']['PromptTokensDetails'];
      /** @description Output tokens generated. */
      completion_tokens?: number;
      completion_tokens_details?: components['schemas']['CompletionTokensDetails'];
      /** @description Input plus output tokens. */
      total_tokens?: number;
      cost?: components['schemas']['CostBreakdown'];
    };
    /** @description Breakdown of the input tokens. */
    PromptTokensDetails: {
      text_tokens?: number;
      audio_tokens?: number;
      image_tokens?: number;
      /** @description Input tokens served from the provider's prompt cache (already counted in `prompt_tokens`). */
      cached_read_tokens?: number;
      /** @description Input tokens written to the provider's prompt cache (already counted in `prompt_tokens`). */
      cached_write_tokens?: number;
    };
    /** @description Breakdown of the output tokens. */
    CompletionTokensDetails: {
      text_tokens?: number;
      accepted_prediction_tokens?: number;
      audio_tokens?: number;
      citation_tokens?: number;
      /** @description Web searches run by the model (a count of queries, not tokens). */
      num_search_queries?: number;
      reasoning_tokens?: number;
      image_tokens?: number;
      rejected_prediction_tokens?: number;
    };
    /** @description Cost of the request split by component, all in US dollars. */
    CostBreakdown: {
      /** @description Cost of input tokens, in US dollars. */
      input_tokens_cost?: number;
      /** @description Cost of output tokens, in US dollars. */
      output_tokens_cost?: number;
      /** @description Cost of reasoning tokens, in US dollars. */
      reasoning_tokens_cost?: number;
      /** @description Cost of citation tokens, in US dollars. */
      citation_tokens_cost?: number;
      /** @description Cost of web search queries, in US dollars. */
      search_queries_cost?: number;
      /** @description Flat per-request charge, in US dollars. */
      request_cost?: number;
      /** @description Sum of all components, in US dollars. */
      total_cost?: number;
    };
    /** @description Error object used both as the body of every error response of this API and as the `error_details` of a failed log row. API errors carry `is_bifrost_error: false`, the HTTP status in `status_code` and the reason in `error.message`, and current servers add an empty `extra_fields: {}` (older ones filled it with empty strings; some left it out). */
    BifrostError: {
      /** @description Provider event ID, when the provider reported one. */
      event_id?: string;
      /** @description Provider-specific error category, when reported. */
      type?: string;
      /** @description True when the gateway itself produced the error rather than an upstream provider or a request check. */
      is_bifrost_error: boolean;
      /** @description HTTP status code associated with the error (the response status for API errors; the provider's status for a failed log row, when known). */
      status_code?: number;
      error: components['schemas']['ErrorDetail'];
      extra_fields?: components['schemas']['ErrorExtraFields'];
    };
    /** @description What went wrong. */
    ErrorDetail: {
      /** @description Human-readable reason. */
      message: string;
      /** @description Error type as reported by the provider, e.g. `rate_limit_error`. */
      type?: string;
      /** @description Error code as reported by the provider (numeric codes are sent as strings). */
      code?: string;
      /** @description Request parameter the error refers to, when reported; usually a string. */
      param?: unknown;
      /** @description Provider event ID, when reported. */
      event_id?: string;
      /** @description Text of the underlying Go error, when there was one (newer servers). */
      error?: string;
    };
    /** @description Request context of the error. On API errors current servers send it empty (`{}`) and older ones with empty strings. On a failed log row it names the provider and models: current servers send `original_model_requested` and `resolved_model_used`, older ones `model_requested`. */
    ErrorExtraFields: {
      /** @description The model the caller asked for (current servers). */
      original_model_requested?: string;
      /** @description The model actually sent to the provider after aliases and routing (current servers). */
      resolved_model_used?: string;
      /** @description The request type the call was converted to, when the provider needed another one. */
      converted_request_type?: string;
      /** @description Request parameters the compatibility plugin dropped for this provider. */
      dropped_compat_plugin_params?: string[];
      /** @description The provider request, when raw requests are kept. */
      raw_request?: unknown;
      /** @description The provider response, when raw responses are kept. */
      raw_response?: unknown;
      /** @description How each provider key tried fared. */
      key_statuses?: Record<string, unknown>[];
      /** @description Set when an MCP server asked for authorisation. */
      mcp_auth_required?: Record<string, unknown>;
      /**
       * @description Provider of the failed request: a built-in name such as `openai`, a custom provider name, or an empty string.
       * @example openai
       * @example anthropic
       * @example bedrock
       * @example
       */
      provider?: string;
      /**
       * @deprecated
       * @description Model the caller asked for, or an empty string (older servers; now `original_model_requested`).
       */
      model_requested?: string;
      /** @description Request type (e.g. `chat_completion`), or an empty string. */
      request_type?: string;
    };
    /** @description One chat message as recorded from the request or the response. */
    ChatMessage: {
      /** @enum {string} */
      role: 'assistant' | 'user' | 'system' | 'tool' | 'developer';
      name?: string;
      /** @description Text, or a list of content blocks; null for assistant messages that only call tools. */
      content?: string | components['schemas']['ChatContentBlock'][] | null;
      /** @description ID of the tool call this message answers (tool messages). */
      tool_call_id?: string;
      refusal?: string;
      audio?: {
        id?: string;
        data?: string;
        /** @description Unix time in seconds. */
        expires_at?: number;
        transcript?: string;
      };
      /** @description Reasoning text returned by the model, when exposed. */
      reasoning?: string;
      reasoning_details?: {
        id?: string;
        index?: number;
        /** @enum {string} */
        type?: 'reasoning.summary' | 'reasoning.encrypted' | 'reasoning.text';
        summary?: string;
        text?: string;
        signature?: string;
        data?: string;
      }[];
      annotations?: {
        type?: string;
        url_citation?: {
          start_index?: number;
          end_index?: number;
          title?: string;
          url?: string;
          sources?: {
            [key: string]: unknown;
          };
          type?: string;
        };
      }[];
      tool_calls?: components['schemas']['ToolCall'][];
    };
    /** @description One block of multi-part chat message content. */
    ChatContentBlock: {
      /** @enum {string} */
      type: 'text' | 'image_url' | 'input_audio' | 'file' | 'refusal';
      text?: string;
      refusal?: string;
      image_url?: {
        /** @description An http(s) URL or a `data:` URL. */
        url: string;
        /** @enum {string} */
        detail?: 'low' | 'high' | 'auto';
      };
      input_audio?: {
        /** @description Base64-encoded audio. */
        data: string;
        format?: string;
      };
      file?: {
        file_data?: string;
        file_id?: string;
        filename?: string;
        file_type?: string;
      };
      cache_control?: components['schemas']['CacheControl'];
    };
    /** @description A tool call made by the model. */
    ToolCall: {
      index?: number;
      /** @description Usually `function`. */
      type?: string;
      id?: string;
      function: {
        name?: string;
        /** @description Arguments as a JSON-encoded string. */
        arguments?: string;
      };
    };
    /** @description A tool offered to the model. */
    Tool: {
      /** @enum {string} */
      type: 'function' | 'custom';
      function?: {
        name: string;
        description?: string;
        /** @description JSON Schema of the arguments. Only the usual top-level keywords are listed; any other JSON Schema keyword may appear too. */
        parameters?: {
          type?: string | string[];
          description?: string;
          required?: string[];
          properties?: Record<string, unknown>;
          enum?: unknown[];
          additionalProperties?: boolean | Record<string, unknown>;
        };
        strict?: boolean;
      };
      custom?: {
        format?: {
          /** @description e.g. `text` or `grammar`. */
          type: string;
          grammar?: {
            definition: string;
            /** @enum {string} */
            syntax: 'lark' | 'regex';
          };
        };
      };
      cache_control?: components['schemas']['CacheControl'];
    };
    /** @description Prompt-cache hint attached to a content block or tool. */
    CacheControl: {
      /** @enum {string} */
      type?: 'ephemeral';
      /** @description Time to live, e.g. `5m` or `1h`. */
      ttl?: string;
    };
    /** @description One input or output item of a Responses API call (message, function call, function call output, reasoning, web search call, …). Item kinds, item states and content-part kinds keep growing with the upstream API, so `type`, `status` and the part `type` are open strings: a closed list would make validation reject logs recorded by a newer gateway. */
    ResponsesItem: {
      id?: string;
      /** @description Item kind, e.g. `message`, `function_call`, `function_call_output`, `reasoning`, `web_search_call`, `file_search_call`, `mcp_call`, `refusal`. */
      type?: string;
      /** @description Item state, e.g. `in_progress`, `completed`, `incomplete`, `failed`. */
      status?: string;
      /** @enum {string} */
      role?: 'assistant' | 'user' | 'system' | 'developer';
      /** @description Text, or a list of content parts. */
      content?: string | components['schemas']['ResponsesContentPart'][] | null;
      call_id?: string;
      name?: string;
      /** @description Function call arguments as a JSON-encoded string. */
      arguments?: string;
      /** @description Output of a tool call item: a string for function call outputs, structured content for other tools. */
      output?: unknown;
      action?: Record<string, unknown>;
      error?: string;
      queries?: string[];
      results?: Record<string, unknown>[];
      summary?: {
        /** @enum {string} */
        type: 'summary_text';
        text: string;
      }[];
      encrypted_content?: string;
    };
    /** @description One content part of a Responses API message. */
    ResponsesContentPart: {
      /** @description Part kind, e.g. `input_text`, `input_image`, `input_file`, `input_audio`, `output_text`, `refusal`, `reasoning_text`. */
      type: string;
      text?: string;
      signature?: string;
      refusal?: string;
      file_id?: string;
      image_url?: string;
      detail?: string;
      file_data?: string;
      file_url?: string;
      filename?: string;
      file_type?: string;
      input_audio?: {
        /** @description e.g. `mp3` or `wav`. */
        format: string;
        /** @description Base64-encoded audio. */
        data: string;
      };
      annotations?: {
        /** @description e.g. `url_citation`, `file_citation`. */
        type?: string;
        index?: number;
        file_id?: string;
        text?: string;
        start_index?: number;
        end_index?: number;
        filename?: string;
        title?: string;
        url?: string;
        container_id?: string;
      }[];
      logprobs?: {
        token?: string;
        logprob?: number;
        bytes?: number[];
        top_logprobs?: {
          token?: string;
          logprob?: number;
          bytes?: number[];
        }[];
      }[];
      cache_control?: components['schemas']['CacheControl'];
    };
    /** @description The IDs of the logs to delete. */
    DeleteLogsRequest: {
      /** @description Log IDs. Unknown IDs are skipped without an error. An empty or missing list is refused (400 "No log IDs provided"), so this call can never delete more than it names. */
      ids: string[];
    };
    /** @description A confirmation. */
    MessageResponse: {
      /** @description What was done, e.g. "Logs deleted successfully". */
      message: string;
    };
    /** @description One page of the rows of a session, with the session's size. */
    SessionLogsResponse: {
      /** @description The session ID that was asked for. */
      session_id: string;
      /** @description Rows of the session in time order, trimmed like list rows. */
      logs: components['schemas']['LogEntry'][];
      pagination: components['schemas']['LogsPagination'];
      /**
       * Format: int64
       * @description Rows in the whole session.
       */
      count: number;
      /** @description Rows on this page. */
      returned_count: number;
      /** @description Whether rows follow this page. */
      has_more: boolean;
    };
    /** @description Totals over every row of a session. */
    SessionSummary: {
      session_id: string;
      /**
       * Format: int64
       * @description Rows in the session; 0 for an unknown session (not a 404).
       */
      count: number;
      /** @description Sum of the rows' costs, in US dollars. */
      total_cost: number;
      /**
       * Format: int64
       * @description Sum of the rows' total tokens.
       */
      total_tokens: number;
      /**
       * Format: date-time
       * @description Time of the earliest row; left out for an empty session.
       */
      started_at?: string;
      /**
       * Format: date-time
       * @description Time of the latest row; left out for an empty session.
       */
      latest_at?: string;
      /**
       * Format: int64
       * @description Milliseconds from `started_at` to `latest_at`.
       */
      duration_ms: number;
    };
    /**
     * Format: int64
     * @description Width of every bucket in seconds, chosen from the time window: 60 below 2 hours, 600 below 24 hours, 3600 below 3 days (and without both bounds), 28800 below 7 days, 86400 up to 31 days, 259200 below 90 days, 604800 below 365 days, 2592000 beyond.
     * @example 60
     * @example 3600
     * @example 86400
     */
    BucketSizeSeconds: number;
    /**
     * Format: date-time
     * @description Start of the bucket (UTC, a multiple of the bucket size since the Unix epoch).
     */
    BucketTimestamp: string;
    /** @description Request counts per time bucket. Buckets without rows may be left out; treat a missing bucket as zero. */
    RequestHistogram: {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        /**
         * Format: int64
         * @description Rows in the bucket, in-progress ones included.
         */
        count: number;
        /** Format: int64 */
        success: number;
        /** Format: int64 */
        error: number;
        /**
         * Format: int64
         * @description Cancelled rows (newer servers; older ones leave it out).
         */
        cancelled: number;
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
    };
    /** @description Token usage per time bucket. */
    TokenHistogram: {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        /** Format: int64 */
        prompt_tokens: number;
        /** Format: int64 */
        completion_tokens: number;
        /** Format: int64 */
        total_tokens: number;
        /**
         * Format: int64
         * @description Input tokens read from the provider's prompt cache (newer servers).
         */
        cached_read_tokens?: number;
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
    };
    /** @description Cost in US dollars per name (model, provider or dimension value). */
    CostByName: {
      [key: string]: number;
    };
    /** @description Cost per time bucket, in US dollars, split by model. */
    CostHistogram: {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        total_cost: number;
        by_model: components['schemas']['CostByName'];
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
      /** @description Every model that appears in some bucket. */
      models: string[];
    };
    OutcomeCounts: {
      /** Format: int64 */
      total: number;
      /** Format: int64 */
      success: number;
      /** Format: int64 */
      error: number;
      /** Format: int64 */
      cancelled: number;
    };
    /** @description Requests per time bucket and model, with their outcomes. */
    ModelHistogram: {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        by_model: {
          [key: string]: components['schemas']['OutcomeCounts'];
        };
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
      models: string[];
    };
    /** @description Latency of the finished rows with a latency, in milliseconds. */
    LatencyFigures: {
      avg_latency: number;
      p90_latency: number;
      p95_latency: number;
      p99_latency: number;
      /**
       * Format: int64
       * @description Rows the figures are computed from.
       */
      total_requests: number;
    };
    /** @description Latency percentiles per time bucket, in milliseconds. */
    LatencyHistogram: {
      buckets: (components['schemas']['LatencyFigures'] & {
        timestamp: components['schemas']['BucketTimestamp'];
      })[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
    };
    /** @description Token generation rate: completion tokens divided by latency in seconds, summed over the finished rows with a latency above 0 (an overall rate, not a mean of per-request rates). */
    ThroughputFigures: {
      /** @description Completion tokens per second. */
      tokens_per_second: number;
      /** Format: int64 */
      total_completion_tokens: number;
      /** Format: int64 */
      total_requests: number;
    };
    /** @description Token generation throughput per time bucket (newer servers). */
    ThroughputHistogram: {
      buckets: (components['schemas']['ThroughputFigures'] & {
        timestamp: components['schemas']['BucketTimestamp'];
      })[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
    };
    TokenFigures: {
      /** Format: int64 */
      prompt_tokens: number;
      /** Format: int64 */
      completion_tokens: number;
      /** Format: int64 */
      total_tokens: number;
    };
    /** @description Cost per time bucket, in US dollars, split by provider. */
    ProviderCostHistogram: {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        total_cost: number;
        by_provider: components['schemas']['CostByName'];
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
      providers: string[];
    };
    /** @description Token usage per time bucket, split by provider. */
    ProviderTokenHistogram: {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        by_provider: {
          [key: string]: components['schemas']['TokenFigures'];
        };
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
      providers: string[];
    };
    /** @description Latency percentiles per time bucket, in milliseconds, split by provider. */
    ProviderLatencyHistogram: {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        by_provider: {
          [key: string]: components['schemas']['LatencyFigures'];
        };
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
      providers: string[];
    };
    /** @description Token generation throughput per time bucket, split by provider (newer servers). */
    ProviderThroughputHistogram: {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        by_provider: {
          [key: string]: components['schemas']['ThroughputFigures'];
        };
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
      providers: string[];
    };
    DimensionHistogramFields: {
      /**
       * @description The dimension that was asked for.
       * @enum {string}
       */
      dimension: 'provider' | 'team_id' | 'customer_id' | 'user_id' | 'business_unit_id';
      /** @description Every value of the dimension that appears in some bucket; rows without one are left out. */
      dimension_values: string[];
    };
    /** @description Cost per time bucket, in US dollars, split by the chosen dimension. */
    DimensionCostHistogram: components['schemas']['DimensionHistogramFields'] & {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        total_cost: number;
        by_dimension: components['schemas']['CostByName'];
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
    };
    /** @description Token usage per time bucket, split by the chosen dimension. */
    DimensionTokenHistogram: components['schemas']['DimensionHistogramFields'] & {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        by_dimension: {
          [key: string]: components['schemas']['TokenFigures'];
        };
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
    };
    /** @description Latency percentiles per time bucket, in milliseconds, split by the chosen dimension. */
    DimensionLatencyHistogram: components['schemas']['DimensionHistogramFields'] & {
      buckets: {
        timestamp: components['schemas']['BucketTimestamp'];
        by_dimension: {
          [key: string]: components['schemas']['LatencyFigures'];
        };
      }[];
      bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
    };
    DroppedRequests: {
      /**
       * Format: int64
       * @description Requests whose log could not be written (the write queue was full) since the gateway started.
       */
      dropped_requests: number;
    };
    /** @description An ID with its display name. Keys, virtual keys and routing rules are sent as the gateway's own (redacted) objects, which carry more fields; a deleted one has only these two, its name suffixed " (deleted)". */
    IdName: {
      id: string;
      name: string;
    };
    /** @description The distinct values of each requested dimension over recent logs (at most 1000 each), for filter menus. Only the requested dimensions are present. Lists of plain values are `null` when the store found none; the key lists are always arrays. */
    FilterData: {
      models?: string[] | null;
      aliases?: string[] | null;
      selected_keys?: components['schemas']['IdName'][];
      virtual_keys?: components['schemas']['IdName'][];
      routing_rules?: components['schemas']['IdName'][];
      routing_engines?: string[] | null;
      stop_reasons?: string[] | null;
      apps?: string[] | null;
      user_agents?: string[] | null;
      teams?: components['schemas']['IdName'][] | null;
      customers?: components['schemas']['IdName'][] | null;
      users?: components['schemas']['IdName'][] | null;
      business_units?: components['schemas']['IdName'][] | null;
      /** @description Each metadata key seen, with the values seen for it. */
      metadata_keys?: {
        [key: string]: string[];
      };
    };
    /** @description Change against the window of the same length just before, in percent (`12.5` is 12.5 % more). All zero, with `has_previous_period` false, without both time bounds or without rows in the previous window. */
    Trend: {
      has_previous_period: boolean;
      requests_trend: number;
      tokens_trend: number;
      cost_trend: number;
      /** @description Model rankings only. */
      latency_trend?: number;
      /** @description Model rankings only (newer servers). */
      throughput_trend?: number;
    };
    /** @description Usage of one model (with its provider) over the window. */
    ModelRanking: {
      model: string;
      /** @description Canonical name configured on the model's alias, when there is one. */
      canonical_model_name?: string;
      provider: string;
      /** Format: int64 */
      total_requests: number;
      /** Format: int64 */
      success_count: number;
      /** @description Percent of the requests that succeeded. */
      success_rate: number;
      /** Format: int64 */
      total_tokens: number;
      /** @description US dollars. */
      total_cost: number;
      /** @description Milliseconds. */
      avg_latency: number;
      /** @description Completion tokens per second over successful rows (newer servers). */
      throughput?: number;
      trend: components['schemas']['Trend'];
    };
    /** @description Models ranked by request count, most used first. */
    ModelRankings: {
      rankings: components['schemas']['ModelRanking'][];
    };
    DimensionRanking: {
      /** @description ID of the team, customer, business unit, user or virtual key. */
      id: string;
      /** @description Its display name, left out when unknown. */
      name?: string;
      /** Format: int64 */
      total_requests: number;
      /** Format: int64 */
      total_tokens: number;
      /** @description US dollars. */
      total_cost: number;
      trend: components['schemas']['Trend'];
    };
    /** @description The values of one dimension ranked by cost, highest first. */
    DimensionRankings: {
      rankings: components['schemas']['DimensionRanking'][];
      /** @enum {string} */
      dimension: 'team' | 'customer' | 'business_unit' | 'user' | 'virtual_key';
      /**
       * Format: int64
       * @description Real number of requests in the window; left out when not computed.
       */
      total_actual_requests?: number;
      /**
       * Format: int64
       * @description Requests credited to some ranked value; left out when not computed.
       */
      total_attributed_requests?: number;
    };
    /** @description Every figure of the gateway's dashboard page in one answer, each section computed as its own route computes it, over one window and one bucket size (newer servers). */
    Dashboard: {
      meta: {
        /** Format: date-time */
        generated_at: string;
        bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
        /**
         * Format: date-time
         * @description Resolved start of the window; left out when unbounded.
         */
        start_time?: string;
        /**
         * Format: date-time
         * @description Resolved end of the window; left out when unbounded.
         */
        end_time?: string;
      };
      overview: {
        stats: components['schemas']['LogStats'];
        requests: components['schemas']['RequestHistogram'];
        tokens: components['schemas']['TokenHistogram'];
        cost: components['schemas']['CostHistogram'];
        models: components['schemas']['ModelHistogram'];
        latency: components['schemas']['LatencyHistogram'];
        throughput?: components['schemas']['ThroughputHistogram'];
      };
      provider_usage: {
        cost: components['schemas']['ProviderCostHistogram'];
        tokens: components['schemas']['ProviderTokenHistogram'];
        latency: components['schemas']['ProviderLatencyHistogram'];
        throughput?: components['schemas']['ProviderThroughputHistogram'];
      };
      model_rankings: {
        rankings: components['schemas']['ModelRankings'];
        histogram: components['schemas']['ModelHistogram'];
      };
      /** @description One ranking per dimension, keyed by dimension. */
      dimension_rankings: {
        team: components['schemas']['DimensionRankings'];
        user: components['schemas']['DimensionRankings'];
        virtual_key: components['schemas']['DimensionRankings'];
        customer: components['schemas']['DimensionRankings'];
        business_unit: components['schemas']['DimensionRankings'];
      };
      /** @description MCP tool calls over the same window (from the gateway's MCP tool logs). */
      mcp: {
        volume: {
          buckets: {
            timestamp: components['schemas']['BucketTimestamp'];
            /** Format: int64 */
            count: number;
            /** Format: int64 */
            success: number;
            /** Format: int64 */
            error: number;
          }[];
          bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
        };
        cost: {
          buckets: {
            timestamp: components['schemas']['BucketTimestamp'];
            total_cost: number;
          }[];
          bucket_size_seconds: components['schemas']['BucketSizeSeconds'];
        };
        top_tools: {
          tools: {
            tool_name: string;
            /** Format: int64 */
            count: number;
            cost: number;
          }[];
        };
      };
    };
    /**
     * @description How `pattern` is compared with a User-Agent, ignoring case: `contains`, `starts_with`, `exact`, or `regex` (a Go regular expression, checked when the mapping is saved).
     * @enum {string}
     */
    UserAgentMatchType: 'contains' | 'starts_with' | 'exact' | 'regex';
    /** @description A custom rule naming the client app of matching User-Agents. Surrounding spaces are trimmed; an empty `pattern` or `app`, an unknown `match_type` or an invalid regex is refused with 400. */
    UserAgentMappingInput: {
      pattern: string;
      /** @description The app name shown for matching requests. */
      app: string;
      match_type: components['schemas']['UserAgentMatchType'];
    };
    /** @description A stored user-agent mapping. */
    UserAgentMapping: components['schemas']['UserAgentMappingInput'] & {
      id: string;
      /**
       * Format: date-time
       * @description When it was created. The answer to an update does not read the row back and sends Go's zero time, `0001-01-01T00:00:00Z`.
       */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    UserAgentMappings: {
      /** @description Every mapping; `null` when there are none. */
      mappings: components['schemas']['UserAgentMapping'][] | null;
    };
    SuccessFlag: {
      /** @constant */
      success: true;
    };
    /** @description Which logs to reprice, with the list's filters as JSON (arrays instead of comma lists, RFC 3339 times), plus `period`. `missing_cost_only: true` reprices only rows without a positive cost; otherwise every matching row is repriced. */
    RecalculateCostFilters: {
      providers?: string[];
      models?: string[];
      aliases?: string[];
      status?: components['schemas']['LogStatus'][];
      stop_reasons?: string[];
      objects?: string[];
      parent_request_id?: string;
      selected_key_ids?: string[];
      virtual_key_ids?: string[];
      routing_rule_ids?: string[];
      team_ids?: string[];
      customer_ids?: string[];
      user_ids?: string[];
      business_unit_ids?: string[];
      routing_engine_used?: components['schemas']['RoutingEngine'][];
      /** Format: date-time */
      start_time?: string;
      /** Format: date-time */
      end_time?: string;
      /** @description A relative window such as `24h`; replaces the time bounds when the server resolves it. */
      period?: string;
      min_latency?: number;
      max_latency?: number;
      min_tokens?: number;
      max_tokens?: number;
      min_cost?: number;
      max_cost?: number;
      missing_cost_only?: boolean;
      cache_hit_types?: ('direct' | 'semantic')[];
      content_search?: string;
      /** @description Metadata key to the value it must have. */
      metadata_filters?: {
        [key: string]: string;
      };
    };
    /** @description The logs to reprice. An empty body reprices every log. */
    RecalculateCostRequest: {
      filters?: components['schemas']['RecalculateCostFilters'];
      /** @description Rows per batch (not a total cap). */
      limit?: number;
    };
    /** @description State of a cost-recalculation job, polled until it is terminal. Counters come from the job's progress and are 0 until the first batch. */
    CostRecalculationJob: {
      /** @description Job ID; left out on the `idle` answer. */
      id?: string;
      /**
       * @description `pending` or `running` while it works, then `completed`, `failed` or `cancelled`; the status route answers `idle` when no job runs.
       * @example pending
       * @example running
       * @example completed
       * @example failed
       * @example cancelled
       * @example idle
       */
      status: string;
      /**
       * Format: int64
       * @description Rows matching the filters when the job started.
       */
      total: number;
      processed: number;
      /** @description Rows whose cost was written. */
      updated: number;
      /** @description Rows left as they were (no usage to price, or a zero price). */
      skipped: number;
      /** @description Skipped rows whose pricing inputs could not be recovered; left out when 0. */
      unpriceable?: number;
      message?: string;
      last_error?: string;
      /** Format: date-time */
      started_at?: string;
      /** Format: date-time */
      updated_at?: string;
    };
    /**
     * @description A routing engine recorded in `routing_engines_used` (core/schemas/bifrost.go): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
     * @enum {string}
     */
    RoutingEngine:
      | 'governance'
      | 'routing-rule'
      | 'loadbalancing'
      | 'model-catalog'
      | 'circuit-breaker'
      | 'session-affinity'
      | 'core';
  };
  responses: {
    /** @description `limit` or `offset` is out of range (`limit` must be 1–1000, `offset` at least 0). These are the only query values the list operation rejects; other bad filter values are ignored. Current servers send `extra_fields: {}` with every API error; older ones sent empty strings in it. */
    ListBadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['BifrostError'];
      };
    };
    /** @description Authentication is enabled on the gateway and the request carried no valid admin API key, virtual key, session token or admin credentials. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['BifrostError'];
      };
    };
    /** @description No log record has this ID. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['BifrostError'];
      };
    };
  };
  parameters: {
    /**
     * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
     * @example openai,anthropic
     */
    Providers: string;
    /**
     * @description Comma-separated model names as requested by the caller; matches any of them.
     * @example gpt-4o-mini,claude-3-5-sonnet-20241022
     */
    Models: string;
    /**
     * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
     * @example error,cancelled
     */
    Status: string;
    /**
     * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
     * @example chat_completion,chat_completion_stream
     */
    Objects: string;
    /**
     * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
     * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
     */
    SelectedKeyIds: string;
    /**
     * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
     * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
     */
    VirtualKeyIds: string;
    /**
     * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
     * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
     */
    RoutingRuleIds: string;
    /**
     * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
     * @example routing-rule,model-catalog
     */
    RoutingEngineUsed: string;
    /**
     * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
     * @example 2026-11-19T14:00:00Z
     */
    StartTime: string;
    /**
     * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
     * @example 2026-11-20T14:00:00Z
     */
    EndTime: string;
    /**
     * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
     * @example 500
     */
    MinLatency: number;
    /**
     * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
     * @example 5000
     */
    MaxLatency: number;
    /**
     * @description Lowest total token count to include. Non-integer values are ignored.
     * @example 100
     */
    MinTokens: number;
    /**
     * @description Highest total token count to include. Non-integer values are ignored.
     * @example 8000
     */
    MaxTokens: number;
    /**
     * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
     * @example 0.001
     */
    MinCost: number;
    /**
     * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
     * @example 0.5
     */
    MaxCost: number;
    /**
     * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
     * @example true
     */
    MissingCostOnly: boolean;
    /**
     * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
     * @example rotate api key
     */
    ContentSearch: string;
    /**
     * @description Page size. Values of 0 or less are rejected (400 "limit must be greater than 0") and values above 1000 are rejected, not clamped (400 "limit cannot exceed 1000"). A non-integer value is ignored and the default applies.
     * @example 50
     */
    Limit: number;
    /**
     * @description Number of matching rows to skip. Negative values are rejected with 400. A non-integer value is ignored and the default applies.
     * @example 0
     */
    Offset: number;
    /**
     * @description Sort key: request time, latency, total tokens or cost. An unknown value falls back to `timestamp` without an error.
     * @example timestamp
     */
    SortBy: 'timestamp' | 'latency' | 'tokens' | 'cost';
    /**
     * @description Sort direction. An unknown value falls back to `desc` without an error.
     * @example desc
     */
    Order: 'asc' | 'desc';
    /**
     * @description Newer servers only (older ones ignore it). When true and both `start_time` and `end_time` are given with the end after the start, the response also holds `previous`: the same figures for the preceding window of equal length. Otherwise `has_previous_period` is false and `previous` is absent.
     * @example true
     */
    CompareToPrevious: boolean;
    /**
     * @description ID of the log record, i.e. the gateway's request ID (normally a UUID).
     * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
     */
    LogId: string;
    /**
     * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
     * @example fast-chat
     */
    Aliases: string;
    /**
     * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
     * @example team-support
     */
    TeamIds: string;
    /**
     * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
     * @example cust-acme
     */
    CustomerIds: string;
    /**
     * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
     * @example user-4821
     */
    UserIds: string;
    /**
     * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
     * @example bu-emea
     */
    BusinessUnitIds: string;
    /**
     * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
     * @example length,content_filter
     */
    StopReasons: string;
    /**
     * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
     * @example direct,semantic
     */
    CacheHitTypes: string;
    /**
     * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
     * @example 24h
     */
    Period: string;
    /**
     * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
     * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
     */
    RequestId: string;
    /**
     * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
     * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
     */
    ParentRequestId: string;
    /**
     * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
     * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
     */
    SessionIdFilter: string;
    /**
     * @description When true, keep only the first attempt of each chain (rows without a `parent_request_id`). List only; values other than a boolean are ignored. Newer servers only.
     * @example true
     */
    RootsOnly: boolean;
    /**
     * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
     * @example ["claude-cli/2.1.168 (external, cli)"]
     */
    UserAgents: string;
    /**
     * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
     * @example ["Claude Code","Cursor"]
     */
    Apps: string;
    /**
     * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
     * @example {
     *       "env": "prod"
     *     }
     */
    MetadataFilters: {
      [key: string]: string;
    };
    /**
     * @description ID of the session: the ID of the first request of a chain. The session is that request and every row whose `parent_request_id` names it.
     * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
     */
    SessionId: string;
    /**
     * @description Page size, 1–500 (default 500). Checked strictly, unlike the list: a non-integer is refused (400 "invalid limit"), as are 0 or less and more than 500.
     * @example 100
     */
    SessionLimit: number;
    /**
     * @description Rows of the session to skip. A non-integer (400 "invalid offset") or a negative value is refused.
     * @example 0
     */
    SessionOffset: number;
    /**
     * @description Order by time; oldest first by default. Any other value is refused with 400.
     * @example asc
     */
    SessionOrder: 'asc' | 'desc';
    /**
     * @description Column the buckets are split by. Missing or unknown values are refused with 400 ("Missing required query parameter: dimension. …" / "Invalid dimension: …").
     * @example team_id
     */
    HistogramDimension: 'provider' | 'team_id' | 'customer_id' | 'user_id' | 'business_unit_id';
    /**
     * @description What to rank. Missing or unknown values are refused with 400. (The server's error message lists four values but it also accepts `virtual_key`.)
     * @example team
     */
    RankingDimension: 'team' | 'customer' | 'business_unit' | 'user' | 'virtual_key';
    /**
     * @description Most rows to return (the store caps rankings at 100 by default). Anything but a positive integer is refused with 400 "Invalid limit: … Expected a positive integer, or all=true for no limit". Ignored when `all=true`.
     * @example 10
     */
    RankingLimit: number;
    /**
     * @description When true, return every ranked row (exports are never truncated). A non-boolean is refused with 400.
     * @example false
     */
    RankingAll: boolean;
    /**
     * @description Comma-separated MCP tool names, for the dashboard's MCP section only.
     * @example search_docs
     */
    ToolNames: string;
    /**
     * @description Comma-separated MCP server labels, for the dashboard's MCP section only.
     * @example docs
     */
    ServerLabels: string;
    /**
     * @description Comma-separated dimensions to return; absent or empty means all of them. Unknown names are dropped by the server (and all are returned if none is left).
     * @example models,virtual_keys
     */
    FilterDimensions: string;
    /**
     * @description Text the values must contain. Answers with a search text are never cached.
     * @example gpt
     */
    FilterSearch: string;
    /**
     * @description ID of a cost-recalculation job. Without it the running job (if any) is meant.
     * @example 3f6c1a9e-52d7-4b08-9e41-7a2d0c8b5f13
     */
    JobId: string;
    /**
     * @description ID of the user-agent mapping (a UUID).
     * @example 9d2e7b41-0c5a-4f83-b6e1-2a7f4c9d0e58
     */
    UserAgentMappingId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listLogs: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
        /**
         * @description When true, keep only the first attempt of each chain (rows without a `parent_request_id`). List only; values other than a boolean are ignored. Newer servers only.
         * @example true
         */
        roots_only?: components['parameters']['RootsOnly'];
        /**
         * @description Page size. Values of 0 or less are rejected (400 "limit must be greater than 0") and values above 1000 are rejected, not clamped (400 "limit cannot exceed 1000"). A non-integer value is ignored and the default applies.
         * @example 50
         */
        limit?: components['parameters']['Limit'];
        /**
         * @description Number of matching rows to skip. Negative values are rejected with 400. A non-integer value is ignored and the default applies.
         * @example 0
         */
        offset?: components['parameters']['Offset'];
        /**
         * @description Sort key: request time, latency, total tokens or cost. An unknown value falls back to `timestamp` without an error.
         * @example timestamp
         */
        sort_by?: components['parameters']['SortBy'];
        /**
         * @description Sort direction. An unknown value falls back to `desc` without an error.
         * @example desc
         */
        order?: components['parameters']['Order'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of matching log rows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogsListResponse'];
        };
      };
      400: components['responses']['ListBadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description The log store could not run the search. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  deleteLogs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeleteLogsRequest'];
      };
    };
    responses: {
      /** @description The rows are gone. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageResponse'];
        };
      };
      /** @description The body is not JSON, or names no ID. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not delete the rows. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getLogStats: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
        /**
         * @description Newer servers only (older ones ignore it). When true and both `start_time` and `end_time` are given with the end after the start, the response also holds `previous`: the same figures for the preceding window of equal length. Otherwise `has_previous_period` is false and `previous` is absent.
         * @example true
         */
        compare_to_previous?: components['parameters']['CompareToPrevious'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Aggregates over the matching logs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogStatsResponse'];
        };
      };
      /** @description Not produced by the stats handler of current servers: bad filter values are ignored rather than rejected. Declared because the gateway's shared error path can answer 400; the body then has the usual error shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the statistics. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getLog: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the log record, i.e. the gateway's request ID (normally a UUID).
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        id: components['parameters']['LogId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The complete log record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogEntry'];
        };
      };
      /** @description The ID path segment was empty. Ordinary clients never hit this, since they always send an ID. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      /** @description The log store could not load the record. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getLogHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Request counts over time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getTokenHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Token usage over time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getCostHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cost over time by model. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getModelHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Requests over time by model. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getLatencyHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Latency percentiles over time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LatencyHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getThroughputHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Token throughput over time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThroughputHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getProviderCostHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cost over time by provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderCostHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getProviderTokenHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Token usage over time by provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderTokenHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getProviderLatencyHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Latency over time by provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderLatencyHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getProviderThroughputHistogram: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Token throughput over time by provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderThroughputHistogram'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getDimensionCostHistogram: {
    parameters: {
      query: {
        /**
         * @description Column the buckets are split by. Missing or unknown values are refused with 400 ("Missing required query parameter: dimension. …" / "Invalid dimension: …").
         * @example team_id
         */
        dimension: components['parameters']['HistogramDimension'];
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cost over time by dimension. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DimensionCostHistogram'];
        };
      };
      /** @description dimension is missing or not one of the accepted values. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getDimensionTokenHistogram: {
    parameters: {
      query: {
        /**
         * @description Column the buckets are split by. Missing or unknown values are refused with 400 ("Missing required query parameter: dimension. …" / "Invalid dimension: …").
         * @example team_id
         */
        dimension: components['parameters']['HistogramDimension'];
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Token usage over time by dimension. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DimensionTokenHistogram'];
        };
      };
      /** @description dimension is missing or not one of the accepted values. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getDimensionLatencyHistogram: {
    parameters: {
      query: {
        /**
         * @description Column the buckets are split by. Missing or unknown values are refused with 400 ("Missing required query parameter: dimension. …" / "Invalid dimension: …").
         * @example team_id
         */
        dimension: components['parameters']['HistogramDimension'];
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Latency over time by dimension. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DimensionLatencyHistogram'];
        };
      };
      /** @description dimension is missing or not one of the accepted values. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getLogSession: {
    parameters: {
      query?: {
        /**
         * @description Page size, 1–500 (default 500). Checked strictly, unlike the list: a non-integer is refused (400 "invalid limit"), as are 0 or less and more than 500.
         * @example 100
         */
        limit?: components['parameters']['SessionLimit'];
        /**
         * @description Rows of the session to skip. A non-integer (400 "invalid offset") or a negative value is refused.
         * @example 0
         */
        offset?: components['parameters']['SessionOffset'];
        /**
         * @description Order by time; oldest first by default. Any other value is refused with 400.
         * @example asc
         */
        order?: components['parameters']['SessionOrder'];
      };
      header?: never;
      path: {
        /**
         * @description ID of the session: the ID of the first request of a chain. The session is that request and every row whose `parent_request_id` names it.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id: components['parameters']['SessionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The logs of one session. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionLogsResponse'];
        };
      };
      /** @description The request was refused. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getLogSessionSummary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the session: the ID of the first request of a chain. The session is that request and every row whose `parent_request_id` names it.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id: components['parameters']['SessionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Totals of one session. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionSummary'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getDroppedRequests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Requests that could not be logged. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DroppedRequests'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  getLogFilterData: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated dimensions to return; absent or empty means all of them. Unknown names are dropped by the server (and all are returned if none is left).
         * @example models,virtual_keys
         */
        dimensions?: components['parameters']['FilterDimensions'];
        /**
         * @description Text the values must contain. Answers with a search text are never cached.
         * @example gpt
         */
        q?: components['parameters']['FilterSearch'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Values for filter menus. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilterData'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getModelRankings: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
        /**
         * @description Most rows to return (the store caps rankings at 100 by default). Anything but a positive integer is refused with 400 "Invalid limit: … Expected a positive integer, or all=true for no limit". Ignored when `all=true`.
         * @example 10
         */
        limit?: components['parameters']['RankingLimit'];
        /**
         * @description When true, return every ranked row (exports are never truncated). A non-boolean is refused with 400.
         * @example false
         */
        all?: components['parameters']['RankingAll'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Models ranked by usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelRankings'];
        };
      };
      /** @description The request was refused. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getDimensionRankings: {
    parameters: {
      query: {
        /**
         * @description What to rank. Missing or unknown values are refused with 400. (The server's error message lists four values but it also accepts `virtual_key`.)
         * @example team
         */
        dimension: components['parameters']['RankingDimension'];
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
        /**
         * @description Most rows to return (the store caps rankings at 100 by default). Anything but a positive integer is refused with 400 "Invalid limit: … Expected a positive integer, or all=true for no limit". Ignored when `all=true`.
         * @example 10
         */
        limit?: components['parameters']['RankingLimit'];
        /**
         * @description When true, return every ranked row (exports are never truncated). A non-boolean is refused with 400.
         * @example false
         */
        all?: components['parameters']['RankingAll'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Teams, customers, users or keys ranked by usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DimensionRankings'];
        };
      };
      /** @description dimension is missing or unknown, or limit/all is malformed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getLogDashboard: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated provider names; a row matches if its provider is any of them. Built-in names (`openai`, `anthropic`, `bedrock`, …) or the name of a custom provider.
         * @example openai,anthropic
         */
        providers?: components['parameters']['Providers'];
        /**
         * @description Comma-separated model names as requested by the caller; matches any of them.
         * @example gpt-4o-mini,claude-3-5-sonnet-20241022
         */
        models?: components['parameters']['Models'];
        /**
         * @description Comma-separated model aliases as the caller sent them (rows whose model was resolved through an alias mapping record the original name in `alias`); matches any of them. Newer servers only.
         * @example fast-chat
         */
        aliases?: components['parameters']['Aliases'];
        /**
         * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
         * @example error,cancelled
         */
        status?: components['parameters']['Status'];
        /**
         * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
         * @example chat_completion,chat_completion_stream
         */
        objects?: components['parameters']['Objects'];
        /**
         * @description Keeps the attempts of one request chain: the rows whose `parent_request_id` is this ID. Takes precedence over `session_id`. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        parent_request_id?: components['parameters']['ParentRequestId'];
        /**
         * @description Another name for `parent_request_id`, read only when that is absent. Newer servers only.
         * @example e3b90d17-5c2a-48f1-9e7d-0a64c8b2f519
         */
        session_id?: components['parameters']['SessionIdFilter'];
        /**
         * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
         * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
         */
        selected_key_ids?: components['parameters']['SelectedKeyIds'];
        /**
         * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
         * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
         */
        virtual_key_ids?: components['parameters']['VirtualKeyIds'];
        /**
         * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
         * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
         */
        routing_rule_ids?: components['parameters']['RoutingRuleIds'];
        /**
         * @description Comma-separated governance team IDs; a row matches if its `team_id` is any of them. Newer servers only.
         * @example team-support
         */
        team_ids?: components['parameters']['TeamIds'];
        /**
         * @description Comma-separated governance customer IDs; matches a row's `customer_id`. Newer servers only.
         * @example cust-acme
         */
        customer_ids?: components['parameters']['CustomerIds'];
        /**
         * @description Comma-separated user IDs; matches a row's `user_id`. Newer servers only.
         * @example user-4821
         */
        user_ids?: components['parameters']['UserIds'];
        /**
         * @description Comma-separated business unit IDs; matches a row's `business_unit_id`. Newer servers only.
         * @example bu-emea
         */
        business_unit_ids?: components['parameters']['BusinessUnitIds'];
        /**
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of the engines the server records (`core/schemas/bifrost.go`): `governance`, `routing-rule`, `loadbalancing`, `model-catalog`, `circuit-breaker`, `session-affinity`, `core`.
         * @example routing-rule,model-catalog
         */
        routing_engine_used?: components['parameters']['RoutingEngineUsed'];
        /**
         * @description Comma-separated stop reasons recorded in `stop_reason` (`stop`, `length`, `tool_calls`, `content_filter`, `refusal`, … as the provider reported them); matches any of them. Newer servers only.
         * @example length,content_filter
         */
        stop_reasons?: components['parameters']['StopReasons'];
        /**
         * @description Raw `User-Agent` strings of the calling clients; a row matches if its client sent any of them. Send a JSON array (`["Mozilla/5.0 (X11; Linux x86_64) … KHTML, like Gecko"]`): user agents contain commas, and a value that is not a JSON array is split on commas like the other lists. Newer servers only.
         * @example ["claude-cli/2.1.168 (external, cli)"]
         */
        user_agents?: components['parameters']['UserAgents'];
        /**
         * @description Client applications detected from the user agent (built-in names such as `Claude Code` or `Cursor`, or the `app` of a user-agent mapping). A JSON array or a comma list, as for `user_agents`. Newer servers only.
         * @example ["Claude Code","Cursor"]
         */
        apps?: components['parameters']['Apps'];
        /**
         * @description Metadata the row must carry: each entry `<key>: <value>` keeps rows whose metadata `<key>` equals `<value>` (compared as text), and several entries must all match. Sent as one `metadata_<key>=<value>` parameter per entry (`?metadata_env=prod&metadata_team=search`), not as `metadata=…`; see `x-query-encoding`.
         * @example {
         *       "env": "prod"
         *     }
         */
        metadata?: components['parameters']['MetadataFilters'];
        /**
         * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
         * @example 2026-11-19T14:00:00Z
         */
        start_time?: components['parameters']['StartTime'];
        /**
         * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
         * @example 2026-11-20T14:00:00Z
         */
        end_time?: components['parameters']['EndTime'];
        /**
         * @description A window that ends now, used instead of `start_time`/`end_time`: a relative period such as `1h`, `24h`, `7d` or `30d`. When the server resolves it, it replaces both time bounds; a value it cannot resolve is ignored and the bounds apply. Newer servers only.
         * @example 24h
         */
        period?: components['parameters']['Period'];
        /**
         * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 500
         */
        min_latency?: components['parameters']['MinLatency'];
        /**
         * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
         * @example 5000
         */
        max_latency?: components['parameters']['MaxLatency'];
        /**
         * @description Lowest total token count to include. Non-integer values are ignored.
         * @example 100
         */
        min_tokens?: components['parameters']['MinTokens'];
        /**
         * @description Highest total token count to include. Non-integer values are ignored.
         * @example 8000
         */
        max_tokens?: components['parameters']['MaxTokens'];
        /**
         * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.001
         */
        min_cost?: components['parameters']['MinCost'];
        /**
         * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
         * @example 0.5
         */
        max_cost?: components['parameters']['MaxCost'];
        /**
         * @description When true, keep only rows without a positive cost: the cost is null **or 0 or less** (a model with no known price, or one priced at zero), and the row did not fail (`error` rows are left out). Values other than a boolean are ignored.
         * @example true
         */
        missing_cost_only?: components['parameters']['MissingCostOnly'];
        /**
         * @description Comma-separated kinds of local cache hit: `direct` (exact match) or `semantic` (similarity match). Keeps rows answered from the gateway's cache that way. Newer servers only.
         * @example direct,semantic
         */
        cache_hit_types?: components['parameters']['CacheHitTypes'];
        /**
         * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
         * @example rotate api key
         */
        content_search?: components['parameters']['ContentSearch'];
        /**
         * @description One log ID. The store then looks the row up by key and ignores the time bounds, so an ID is never hidden by the selected window. Newer servers only.
         * @example 7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604
         */
        request_id?: components['parameters']['RequestId'];
        /**
         * @description Most rows to return (the store caps rankings at 100 by default). Anything but a positive integer is refused with 400 "Invalid limit: … Expected a positive integer, or all=true for no limit". Ignored when `all=true`.
         * @example 10
         */
        limit?: components['parameters']['RankingLimit'];
        /**
         * @description When true, return every ranked row (exports are never truncated). A non-boolean is refused with 400.
         * @example false
         */
        all?: components['parameters']['RankingAll'];
        /**
         * @description Comma-separated MCP tool names, for the dashboard's MCP section only.
         * @example search_docs
         */
        tool_names?: components['parameters']['ToolNames'];
        /**
         * @description Comma-separated MCP server labels, for the dashboard's MCP section only.
         * @example docs
         */
        server_labels?: components['parameters']['ServerLabels'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every dashboard figure at once. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Dashboard'];
        };
      };
      /** @description A ranking or MCP filter value is malformed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  listUserAgentMappings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List user-agent mappings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserAgentMappings'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  createUserAgentMapping: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserAgentMappingInput'];
      };
    };
    responses: {
      /** @description Create a user-agent mapping. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserAgentMapping'];
        };
      };
      /** @description The body is not JSON, or the mapping is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  updateUserAgentMapping: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the user-agent mapping (a UUID).
         * @example 9d2e7b41-0c5a-4f83-b6e1-2a7f4c9d0e58
         */
        id: components['parameters']['UserAgentMappingId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserAgentMappingInput'];
      };
    };
    responses: {
      /** @description Replace a user-agent mapping. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserAgentMapping'];
        };
      };
      /** @description The body is not JSON, or the mapping is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description No mapping has this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  deleteUserAgentMapping: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the user-agent mapping (a UUID).
         * @example 9d2e7b41-0c5a-4f83-b6e1-2a7f4c9d0e58
         */
        id: components['parameters']['UserAgentMappingId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Delete a user-agent mapping. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuccessFlag'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description No mapping has this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  recalculateLogCosts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RecalculateCostRequest'];
      };
    };
    responses: {
      /** @description Start repricing logs. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostRecalculationJob'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description A recalculation is already running; its job is returned. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostRecalculationJob'];
        };
      };
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      /** @description The gateway runs without background jobs. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  getRecalculateCostStatus: {
    parameters: {
      query?: {
        /**
         * @description ID of a cost-recalculation job. Without it the running job (if any) is meant.
         * @example 3f6c1a9e-52d7-4b08-9e41-7a2d0c8b5f13
         */
        id?: components['parameters']['JobId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description State of a cost recalculation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostRecalculationJob'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description No job has this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      /** @description The gateway runs without background jobs. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
  cancelRecalculateCost: {
    parameters: {
      query?: {
        /**
         * @description ID of a cost-recalculation job. Without it the running job (if any) is meant.
         * @example 3f6c1a9e-52d7-4b08-9e41-7a2d0c8b5f13
         */
        id?: components['parameters']['JobId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Stop a cost recalculation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostRecalculationJob'];
        };
      };
      /** @description The job is not a cost recalculation. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description There is no such job, or none runs. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      /** @description The log store could not compute the answer. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
      /** @description The gateway runs without background jobs. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BifrostError'];
        };
      };
    };
  };
}
