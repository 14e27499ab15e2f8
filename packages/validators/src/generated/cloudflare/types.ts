// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

export interface paths {
  '/accounts/{account_id}/ai-gateway/gateways': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * List gateways
     * @description Returns the account's gateways one page at a time. The response carries no total; keep requesting the next page until one comes back empty.
     */
    get: operations['listGateways'];
    put?: never;
    /**
     * Create a gateway
     * @description Creates a gateway with the given id and settings. The id becomes part of the gateway URL and cannot be changed later.
     */
    post: operations['createGateway'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        id: components['parameters']['GatewayIdSelf'];
      };
      cookie?: never;
    };
    /**
     * Get a gateway
     * @description Returns one gateway with all of its settings.
     */
    get: operations['getGateway'];
    /**
     * Replace a gateway's settings
     * @description Overwrites the gateway's settings with the body. This is a full replacement (PUT), not a partial update.
     */
    put: operations['updateGateway'];
    post?: never;
    /**
     * Delete a gateway
     * @description Deletes the gateway and returns it as it was just before deletion.
     */
    delete: operations['deleteGateway'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/evaluation-types': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * List evaluation types
     * @description Returns the evaluators that evaluations can use. Unlike most lists, the response includes paging totals.
     */
    get: operations['listEvaluationTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    /**
     * List logs
     * @description Returns the gateway's log entries, newest first by default. Narrow the list with `filters` (the older single-purpose query parameters are deprecated). `result_info` carries the total and the range of cost, duration and token counts over all matching entries.
     */
    get: operations['listLogs'];
    put?: never;
    post?: never;
    /**
     * Delete logs in bulk
     * @description Deletes the log entries that match `filters`, at most `limit` of them per call, in the given order (oldest first by default). There is no request body. Without filters this deletes up to 10,000 entries of any kind; generated clients refuse to send such a call unless it is confirmed (see `x-bulk-delete`).
     */
    delete: operations['deleteLogs'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the log entry.
         * @example 01M7WM9CQT9V7XH2M4T6R8B0CN
         */
        id: components['parameters']['LogId'];
      };
      cookie?: never;
    };
    /**
     * Get a log entry
     * @description Returns one log entry, including the stored request and response headers and body sizes.
     */
    get: operations['getLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Annotate a log entry
     * @description Sets feedback, a score or metadata on a log entry. Only the fields present in the body change. Metadata is sent as an object here but comes back as a JSON-encoded string when the entry is read.
     */
    patch: operations['editLog'];
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the log entry.
         * @example 01M7WM9CQT9V7XH2M4T6R8B0CN
         */
        id: components['parameters']['LogId'];
      };
      cookie?: never;
    };
    /**
     * Get the stored request body
     * @description Returns the body the caller sent for this log entry, exactly as stored: no `{result, success}` envelope, and not necessarily an object.
     */
    get: operations['getLogRequest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the log entry.
         * @example 01M7WM9CQT9V7XH2M4T6R8B0CN
         */
        id: components['parameters']['LogId'];
      };
      cookie?: never;
    };
    /**
     * Get the stored response body
     * @description Returns the body the provider sent back for this log entry, exactly as stored: no `{result, success}` envelope, and not necessarily an object.
     */
    get: operations['getLogResponse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    /**
     * List datasets
     * @description Returns the gateway's datasets one page at a time. The response carries no total.
     */
    get: operations['listDatasets'];
    put?: never;
    /**
     * Create a dataset
     * @description Saves a named selection of log entries, defined by filters, for use in evaluations.
     */
    post: operations['createDataset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dataset.
         * @example 4b7d9e2f-1a3c-4d5e-8f60-7a9b1c3d5e82
         */
        id: components['parameters']['DatasetId'];
      };
      cookie?: never;
    };
    /**
     * Get a dataset
     * @description Returns one dataset and its filters.
     */
    get: operations['getDataset'];
    /**
     * Replace a dataset
     * @description Overwrites the dataset's name, filters and enabled flag.
     */
    put: operations['updateDataset'];
    post?: never;
    /**
     * Delete a dataset
     * @description Deletes the dataset and returns it as it was. The log entries themselves are not touched.
     */
    delete: operations['deleteDataset'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    /**
     * List evaluations
     * @description Returns the gateway's evaluations one page at a time. The response carries no total.
     */
    get: operations['listEvaluations'];
    put?: never;
    /**
     * Start an evaluation
     * @description Runs the chosen evaluators over one to five datasets. Results fill in asynchronously; poll the evaluation until `processed` is true.
     */
    post: operations['createEvaluation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the evaluation.
         * @example 9d3f6a1c-5e8b-4b2d-a7f0-3c6e9b2d5f18
         */
        id: components['parameters']['EvaluationId'];
      };
      cookie?: never;
    };
    /**
     * Get an evaluation
     * @description Returns one evaluation with its datasets and per-evaluator results.
     */
    get: operations['getEvaluation'];
    put?: never;
    post?: never;
    /**
     * Delete an evaluation
     * @description Deletes the evaluation and returns it as it was.
     */
    delete: operations['deleteEvaluation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    /**
     * List dynamic routes
     * @description Returns the gateway's dynamic routes, each with its active version and latest deployment. The body uses a `data` wrapper instead of `result` and carries no total.
     */
    get: operations['listDynamicRoutes'];
    put?: never;
    /**
     * Create a dynamic route
     * @description Creates a route from a graph of elements. The elements become the route's first version; the response includes that version and its deployment.
     */
    post: operations['createDynamicRoute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    /**
     * Get a dynamic route
     * @description Returns one route with its elements, active version and latest deployment.
     */
    get: operations['getDynamicRoute'];
    put?: never;
    post?: never;
    /**
     * Delete a dynamic route
     * @description Deletes the route and returns it as it was.
     */
    delete: operations['deleteDynamicRoute'];
    options?: never;
    head?: never;
    /**
     * Rename a dynamic route
     * @description Changes the route's name. The updated route comes back under `route`, not `result`.
     */
    patch: operations['updateDynamicRoute'];
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    /**
     * List route deployments
     * @description Returns the route's deployment history. The endpoint takes no paging parameters; `data.page` and `data.per_page` only report what the server used.
     */
    get: operations['listDynamicRouteDeployments'];
    put?: never;
    /**
     * Deploy a route version
     * @description Makes the given version the live one for this route (also the way to roll back).
     */
    post: operations['createDynamicRouteDeployment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    /**
     * List route versions
     * @description Returns the saved versions of the route. The endpoint takes no paging parameters; `data.page` and `data.per_page` only report what the server used.
     */
    get: operations['listDynamicRouteVersions'];
    put?: never;
    /**
     * Save a new route version
     * @description Stores a new graph for the route as a new version. Deploy it with the deployments endpoint to make it live.
     */
    post: operations['createDynamicRouteVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
        /**
         * @description Id of the route version.
         * @example 5e8b1d4a-2c7f-4e9b-a3d6-8f1c4b7e0a29
         */
        version_id: components['parameters']['RouteVersionId'];
      };
      cookie?: never;
    };
    /**
     * Get a route version
     * @description Returns one saved version of the route, both as the stored string (`data`) and as parsed `elements`.
     */
    get: operations['getDynamicRouteVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    /**
     * List provider configurations
     * @description Returns the provider keys and limits configured on the gateway, one page at a time. Keys are only shown as masked previews.
     */
    get: operations['listProviderConfigs'];
    put?: never;
    /**
     * Add a provider configuration
     * @description Stores a provider key (in Secrets Store) under an alias, with an optional rate limit. Needs Secrets Store write access as well.
     */
    post: operations['createProviderConfig'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the provider configuration.
         * @example 9a2d5f8c-1b4e-4a7d-b0c3-6e9f2a5d8c14
         */
        id: components['parameters']['ProviderConfigId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Replace a provider configuration's key
     * @description Stores a new provider key for the configuration (key rotation). Alias, provider, default flag and rate limit stay as they are; the answer shows the new key's masked preview.
     */
    put: operations['updateProviderConfig'];
    post?: never;
    /**
     * Delete a provider configuration
     * @description Removes the configuration from the gateway and returns it as it was. Requests that named its alias fall back to the provider's default configuration, if any.
     */
    delete: operations['deleteProviderConfig'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Provider slug, e.g. `openai`, `anthropic` or `workers-ai`.
         * @example openai
         */
        provider: components['parameters']['Provider'];
      };
      cookie?: never;
    };
    /**
     * Get the gateway URL for a provider
     * @description Returns the base URL to send a provider's requests to through this gateway.
     */
    get: operations['getGatewayUrl'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/custom-providers': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * List custom providers
     * @description Returns the account's custom providers ordered by `position`, then by name, one page at a time. The response carries no total; keep requesting the next page until one comes back empty.
     */
    get: operations['listCustomProviders'];
    put?: never;
    /**
     * Create a custom provider
     * @description Adds an account-wide provider that forwards gateway requests to `base_url`. Requests name it `custom-{slug}` (as `provider_slug` of a provider configuration, or in the gateway URL), so the slug is unique in the account; a taken slug is refused with 400.
     */
    post: operations['createCustomProvider'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/custom-providers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the custom provider.
         * @example 7d2e9b4a-3c1f-4e8a-b5d6-0f9a2c4e6b18
         */
        id: components['parameters']['CustomProviderId'];
      };
      cookie?: never;
    };
    /**
     * Get a custom provider
     * @description Returns one custom provider, with its slug, base URL and extra headers.
     */
    get: operations['getCustomProvider'];
    put?: never;
    post?: never;
    /**
     * Delete a custom provider
     * @description Deletes the custom provider together with every cost rule that belongs to it, and returns the provider as it was.
     */
    delete: operations['deleteCustomProvider'];
    options?: never;
    head?: never;
    /**
     * Update a custom provider
     * @description Changes the fields sent and leaves the others as they are. A new slug must still be unique in the account.
     */
    patch: operations['updateCustomProvider'];
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/custom-providers/costs': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * List custom provider costs
     * @description Returns the account's cost rules for custom providers, newest first, one page at a time. `model_rule` and `cost_type` filter even when left out (their defaults are applied), so a plain list shows only `equals` rules priced in `tokens`; ask for `model_rule=starts-with` or `contains` to see the others. The response carries no total; keep requesting the next page until one comes back empty.
     */
    get: operations['listCustomProviderCosts'];
    put?: never;
    /**
     * Add a custom provider cost
     * @description Adds a pricing rule for models of a custom provider, so that the gateway can put a cost on their logs. `model` is matched against the requested model as `model_rule` says.
     */
    post: operations['createCustomProviderCost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the cost rule.
         * @example 9c4e2a7f-5b1d-4c8e-a3f6-2d8b0e4c6a91
         */
        id: components['parameters']['CustomProviderCostId'];
      };
      cookie?: never;
    };
    /**
     * Get a custom provider cost
     * @description Returns one cost rule.
     */
    get: operations['getCustomProviderCost'];
    put?: never;
    post?: never;
    /**
     * Delete a custom provider cost
     * @description Deletes the cost rule and returns it as it was. Logs priced by it keep their cost.
     */
    delete: operations['deleteCustomProviderCost'];
    options?: never;
    head?: never;
    /**
     * Update a custom provider cost
     * @description Changes the fields sent and leaves the others as they are. The rule stays with its provider.
     */
    patch: operations['updateCustomProviderCost'];
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    /**
     * List custom domains
     * @description Returns the hostnames that serve the gateway, newest first, one page at a time. The response carries no total; keep requesting the next page until one comes back empty.
     */
    get: operations['listCustomDomains'];
    put?: never;
    /**
     * Add a custom domain
     * @description Serves the gateway on a hostname of one of the account's zones. The answer names the CNAME target to point the hostname at; the domain stays `initializing`, then `pending_dcv`, until the certificate is validated and it becomes `active`. A hostname already in use is refused with 400.
     */
    post: operations['createCustomDomain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description The custom hostname.
         * @example ai.acme.example
         */
        hostname: components['parameters']['CustomDomainHostname'];
      };
      cookie?: never;
    };
    /**
     * Get a custom domain
     * @description Returns one of the gateway's custom domains, with its certificate and validation state.
     */
    get: operations['getCustomDomain'];
    put?: never;
    post?: never;
    /**
     * Delete a custom domain
     * @description Stops serving the gateway on the hostname and returns the domain as it was. The gateway's own URLs keep working.
     */
    delete: operations['deleteCustomDomain'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/credit-balance': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * Get the credit balance
     * @description Returns the Unified Billing credits left, the default payment method and the auto top-up settings. Amounts are in US cents.
     */
    get: operations['getCreditBalance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/invoice-history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * Get the invoice history
     * @description Returns past credit invoices, newest first: manual top-ups, automatic top-ups, or both.
     */
    get: operations['getInvoiceHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/invoice-preview': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * Get the invoice preview
     * @description Returns the draft of the upcoming invoice: its lines for the current period and the credits applied to them.
     */
    get: operations['getInvoicePreview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/usage-history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * Get the usage history
     * @description Returns the Unified Billing usage (in US cents) summed per day or per hour over a time range, oldest first.
     */
    get: operations['getUsageHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/spending-limit': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * Get the spending limit
     * @description Returns the account-wide cap on Unified Billing spend, or `enabled: false` with null settings when there is none.
     */
    get: operations['getSpendingLimit'];
    put?: never;
    /**
     * Set the spending limit
     * @deprecated
     * @description Caps Unified Billing spend across every gateway of the account: once `amount` (US cents, at least 100) is spent within the `duration` window, requests are refused until the window resets (`fixed`) or enough older spend leaves it (`sliding`). Refused (400) until the account has completed one manual top-up. Deprecated by Cloudflare but still served. Generated clients send it only when confirmed (see `x-confirm`).
     */
    post: operations['setSpendingLimit'];
    /**
     * Delete the spending limit
     * @description Removes the account-wide cap, so Unified Billing spend is no longer limited. Generated clients send it only when confirmed (see `x-confirm`).
     */
    delete: operations['deleteSpendingLimit'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/topup': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a top-up
     * @description Buys Unified Billing credits: charges `amount` (US cents, at least 1000) to the default payment method. The answer names the Stripe invoice to follow with `topup/status`; a `client_secret` is returned when the payment still needs the card holder (first payment or 3-D Secure). Generated clients send it only when confirmed (see `x-confirm`).
     */
    post: operations['createTopup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/topup/config': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * Get the auto top-up settings
     * @description Returns when and by how much credits are topped up automatically (all null when auto top-up is off), and why the last attempt failed, if it did.
     */
    get: operations['getTopupConfig'];
    put?: never;
    /**
     * Set the auto top-up settings
     * @description Turns on automatic top-ups: whenever the balance falls below `threshold` (US cents, at least 500), `amount` (at least 1000) is charged to the default payment method. Generated clients send it only when confirmed (see `x-confirm`).
     */
    post: operations['setTopupConfig'];
    /**
     * Delete the auto top-up settings
     * @description Turns automatic top-ups off. No money moves, so this needs no confirmation; once the credits run out, Unified Billing requests are refused.
     */
    delete: operations['deleteTopupConfig'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/topup/limits': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    /**
     * Get the top-up limits
     * @description Returns the smallest and largest top-up the account may buy at once, in cents of `currency`.
     */
    get: operations['getTopupLimits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{account_id}/ai-gateway/billing/topup/status': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a top-up
     * @description Tells whether the payment of a top-up has completed and its credits are on the balance. Moves no money (a POST only because the invoice id goes in the body).
     */
    post: operations['checkTopupStatus'];
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
     * @description Gateway id (its slug): lowercase letters, digits and underscores, in groups joined by single hyphens.
     * @example support-bot-prod
     */
    GatewayId: string;
    /** @description An AI Gateway and its settings. */
    Gateway: {
      id: components['schemas']['GatewayId'];
      /** @description When true, callers must send a `cf-aig-authorization` token to use the gateway. */
      authentication?: boolean;
      /** @description Drop cached responses whenever the gateway settings change. */
      cache_invalidate_on_update: boolean;
      /** @description How long, in seconds, responses stay cached. `0` or null disables caching. */
      cache_ttl: number | null;
      /** @description Store a log entry for every request that passes through. */
      collect_logs: boolean;
      /** @description Maximum number of log entries kept for this gateway. */
      log_management?: number | null;
      /**
       * @description What happens once `log_management` entries are stored: stop logging, or evict the oldest entries.
       * @enum {string|null}
       */
      log_management_strategy?: 'STOP_INSERTING' | 'DELETE_OLDEST' | null;
      /** @description Push logs to the account's Logpush jobs. */
      logpush?: boolean;
      /** @description Public key used to encrypt log payloads before they are pushed. */
      logpush_public_key?: string | null;
      /** @description Length of the rate-limit window, in seconds. Null disables rate limiting. */
      rate_limiting_interval: number | null;
      /** @description Requests allowed per rate-limit window. Null disables rate limiting. */
      rate_limiting_limit: number | null;
      /**
       * @description Whether the rate-limit window is fixed or sliding.
       * @enum {string|null}
       */
      rate_limiting_technique?: 'fixed' | 'sliding' | null;
      /**
       * @description How the delay grows between retries of a failed upstream request.
       * @enum {string|null}
       */
      retry_backoff?: 'constant' | 'linear' | 'exponential' | null;
      /** @description Base delay between retries, in milliseconds. */
      retry_delay?: number | null;
      /** @description How many times a failed upstream request is retried. */
      retry_max_attempts?: number | null;
      /** @description Secrets Store linked to the gateway. */
      store_id?: string | null;
      /**
       * @description How Workers AI calls made through this gateway are billed.
       * @default postpaid
       * @enum {string}
       */
      workers_ai_billing_mode?: 'postpaid' | 'unified';
      /** @description Zero data retention mode. */
      zdr?: boolean;
      /** @description True for the account's default gateway. */
      is_default?: boolean;
      /** @description Turns on classification of logged requests. */
      log_classification?: boolean;
      dlp?: components['schemas']['GatewayDlp'];
      guardrails?: components['schemas']['GatewayGuardrails'];
      otel?: components['schemas']['GatewayOtel'];
      spend_limits?: components['schemas']['GatewaySpendLimits'];
      stripe?: components['schemas']['GatewayStripe'];
      /**
       * Format: date-time
       * @description When the gateway was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the gateway settings last changed.
       */
      modified_at: string;
    };
    /** @description Settings for a new gateway. */
    GatewayCreate: {
      id: components['schemas']['GatewayId'];
      /** @description When true, callers must send a `cf-aig-authorization` token to use the gateway. */
      authentication?: boolean;
      /** @description Drop cached responses whenever the gateway settings change. */
      cache_invalidate_on_update: boolean;
      /** @description How long, in seconds, responses stay cached. `0` or null disables caching. */
      cache_ttl: number | null;
      /** @description Store a log entry for every request that passes through. */
      collect_logs: boolean;
      /** @description Maximum number of log entries kept for this gateway. */
      log_management?: number | null;
      /**
       * @description What happens once `log_management` entries are stored: stop logging, or evict the oldest entries.
       * @enum {string|null}
       */
      log_management_strategy?: 'STOP_INSERTING' | 'DELETE_OLDEST' | null;
      /** @description Push logs to the account's Logpush jobs. */
      logpush?: boolean;
      /** @description Public key used to encrypt log payloads before they are pushed. */
      logpush_public_key?: string | null;
      /** @description Length of the rate-limit window, in seconds. Null disables rate limiting. */
      rate_limiting_interval: number | null;
      /** @description Requests allowed per rate-limit window. Null disables rate limiting. */
      rate_limiting_limit: number | null;
      /**
       * @description Whether the rate-limit window is fixed or sliding.
       * @enum {string|null}
       */
      rate_limiting_technique?: 'fixed' | 'sliding' | null;
      /**
       * @description How the delay grows between retries of a failed upstream request.
       * @enum {string|null}
       */
      retry_backoff?: 'constant' | 'linear' | 'exponential' | null;
      /** @description Base delay between retries, in milliseconds. */
      retry_delay?: number | null;
      /** @description How many times a failed upstream request is retried. */
      retry_max_attempts?: number | null;
      /** @description Secrets Store linked to the gateway. */
      store_id?: string | null;
      /**
       * @description How Workers AI calls made through this gateway are billed.
       * @default postpaid
       * @enum {string}
       */
      workers_ai_billing_mode?: 'postpaid' | 'unified';
      /** @description Zero data retention mode. */
      zdr?: boolean;
    };
    /** @description Full replacement of a gateway's settings (PUT): send every setting the gateway should have, not only the ones that change. */
    GatewayUpdate: {
      /** @description When true, callers must send a `cf-aig-authorization` token to use the gateway. */
      authentication?: boolean;
      /** @description Drop cached responses whenever the gateway settings change. */
      cache_invalidate_on_update: boolean;
      /** @description How long, in seconds, responses stay cached. `0` or null disables caching. */
      cache_ttl: number | null;
      /** @description Store a log entry for every request that passes through. */
      collect_logs: boolean;
      /** @description Maximum number of log entries kept for this gateway. */
      log_management?: number | null;
      /**
       * @description What happens once `log_management` entries are stored: stop logging, or evict the oldest entries.
       * @enum {string|null}
       */
      log_management_strategy?: 'STOP_INSERTING' | 'DELETE_OLDEST' | null;
      /** @description Push logs to the account's Logpush jobs. */
      logpush?: boolean;
      /** @description Public key used to encrypt log payloads before they are pushed. */
      logpush_public_key?: string | null;
      /** @description Length of the rate-limit window, in seconds. Null disables rate limiting. */
      rate_limiting_interval: number | null;
      /** @description Requests allowed per rate-limit window. Null disables rate limiting. */
      rate_limiting_limit: number | null;
      /**
       * @description Whether the rate-limit window is fixed or sliding.
       * @enum {string|null}
       */
      rate_limiting_technique?: 'fixed' | 'sliding' | null;
      /**
       * @description How the delay grows between retries of a failed upstream request.
       * @enum {string|null}
       */
      retry_backoff?: 'constant' | 'linear' | 'exponential' | null;
      /** @description Base delay between retries, in milliseconds. */
      retry_delay?: number | null;
      /** @description How many times a failed upstream request is retried. */
      retry_max_attempts?: number | null;
      /** @description Secrets Store linked to the gateway. */
      store_id?: string | null;
      /**
       * @description How Workers AI calls made through this gateway are billed.
       * @default postpaid
       * @enum {string}
       */
      workers_ai_billing_mode?: 'postpaid' | 'unified';
      /** @description Zero data retention mode. */
      zdr?: boolean;
      /** @description Turns on classification of logged requests. */
      log_classification?: boolean;
      dlp?: components['schemas']['GatewayDlp'];
      guardrails?: components['schemas']['GatewayGuardrails'];
      otel?: components['schemas']['GatewayOtel'];
      spend_limits?: components['schemas']['GatewaySpendLimits'];
      stripe?: components['schemas']['GatewayStripe'];
    };
    /** @description Data Loss Prevention settings. Either a single action applied to a list of DLP profiles, or a list of policies with their own action and direction. */
    GatewayDlp:
      | {
          enabled: boolean;
          /**
           * @description What to do when a profile matches.
           * @enum {string}
           */
          action: 'BLOCK' | 'FLAG';
          /** @description DLP profile ids to check. */
          profiles: string[];
        }
      | {
          enabled: boolean;
          policies: {
            /** @description Policy id. */
            id: string;
            enabled: boolean;
            /**
             * @description What to do when the policy matches.
             * @enum {string}
             */
            action: 'FLAG' | 'BLOCK';
            /** @description Which side of the exchange the policy inspects. */
            check: ('REQUEST' | 'RESPONSE')[];
            /** @description DLP profile ids to check. */
            profiles: string[];
          }[];
        };
    /** @description Action per guardrail category code (`P1`, `S1` to `S13`). Categories left out are not checked. */
    GatewayGuardrailActions: {
      /** @enum {string} */
      P1?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S1?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S2?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S3?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S4?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S5?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S6?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S7?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S8?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S9?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S10?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S11?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S12?: 'FLAG' | 'BLOCK';
      /** @enum {string} */
      S13?: 'FLAG' | 'BLOCK';
    };
    /** @description Content guardrails applied to prompts and to model responses. */
    GatewayGuardrails: {
      prompt: components['schemas']['GatewayGuardrailActions'];
      response: components['schemas']['GatewayGuardrailActions'];
    } | null;
    /** @description OpenTelemetry exporters the gateway sends telemetry to (at most five). */
    GatewayOtel:
      | {
          /**
           * Format: uri
           * @description OTLP/HTTP endpoint.
           */
          url: string;
          /** @description Value sent in the `Authorization` header. Optional (the API and the official SDK take exporters without it, for endpoints that read their credentials from `headers`); older SDKs marked it required. */
          authorization?: string;
          /** @description Extra headers sent with each export. */
          headers: {
            [key: string]: string;
          };
          /**
           * @description OTLP encoding.
           * @default json
           * @enum {string}
           */
          content_type?: 'json' | 'protobuf';
        }[]
      | null;
    /** @description Spending caps enforced by the gateway. */
    GatewaySpendLimits: {
      /** @default false */
      enabled?: boolean;
      /** @default [] */
      rules?: {
        /**
         * @description Rule id.
         * @default c3b432b3
         */
        id?: string;
        /** @default true */
        enabled?: boolean;
        /**
         * @description What the limit measures.
         * @enum {string}
         */
        limitType: 'cost';
        /** @description Spend allowed per window, in USD. */
        limit: number;
        /** @description Window length, in seconds. */
        window: number;
        /**
         * @description Fixed or sliding window.
         * @default sliding
         * @enum {string}
         */
        technique?: 'fixed' | 'sliding';
        provider?: components['schemas']['GatewaySpendLimitFilter'];
        model?: components['schemas']['GatewaySpendLimitFilter'];
        /** @description Per metadata key: either count each value separately (`partition`) or only count requests whose value is listed (`filter`). */
        metadata?: {
          [key: string]:
            | {
                /** @enum {string} */
                mode: 'partition';
              }
            | components['schemas']['GatewaySpendLimitFilter'];
        };
      }[];
    } | null;
    /** @description Restricts a spend rule to requests whose value is one of `values`. */
    GatewaySpendLimitFilter: {
      /** @enum {string} */
      mode: 'filter';
      values: string[];
    };
    /** @description Stripe usage-based billing: events sent to Stripe for each request. */
    GatewayStripe: {
      /** @description Stripe API key used to report usage. */
      authorization: string;
      usage_events: {
        /** @description Template of the meter event sent to Stripe. */
        payload: string;
      }[];
    } | null;
    /** @description A kind of evaluation (evaluator) that can be run over datasets. */
    EvaluationType: {
      id: string;
      /** @description Display name. */
      name: string;
      /** @description Machine name of the evaluator. */
      type: string;
      description: string;
      /** @description Always included in new evaluations. */
      mandatory: boolean;
      /** @description Available for use. */
      enable: boolean;
      /**
       * Format: date-time
       * @description When the evaluator was added.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the evaluator was last changed.
       */
      modified_at: string;
    };
    /** @description Paging information of the evaluation-type list. */
    ResultInfo: {
      /** @description Items on this page (at most `per_page`, which is at most 50). */
      count: number;
      /** @description Current page number, from 1. */
      page: number;
      /** @description Page size (5 to 50, as the request allows). */
      per_page: number;
      /** @description Items across all pages. */
      total_count: number;
    };
    /** @description One request that went through the gateway, as shown in log listings. */
    Log: {
      /** @description Log id. */
      id: string;
      /**
       * Format: date-time
       * @description When the request reached the gateway.
       */
      created_at: string;
      /** @description Upstream provider slug, e.g. `openai`. */
      provider: string;
      /** @description Model the request was sent to. */
      model: string;
      /** @description Kind of model, e.g. chat or text-generation. */
      model_type?: string;
      /** @description Provider path the request was sent to. */
      path: string;
      request_type?: string;
      request_content_type?: string;
      response_content_type?: string;
      /** @description HTTP status returned to the caller. */
      status_code?: number;
      /** @description Step index within a multi-step (fallback) request; 0 for the first. */
      step?: number;
      success: boolean;
      /** @description Served from the gateway cache. */
      cached: boolean;
      /** @description Total time, in milliseconds. */
      duration: number;
      /** @description Prompt tokens, when known. */
      tokens_in: number | null;
      /** @description Completion tokens, when known. */
      tokens_out: number | null;
      /** @description Estimated cost, in USD. */
      cost?: number;
      /** @description The cost came from a custom price rather than the built-in table. */
      custom_cost?: boolean;
      /** @description Custom metadata attached to the request, as a JSON-encoded string (an object when you write it, a string when you read it). */
      metadata?: string;
    };
    /** @description A log entry with the stored request and response headers and sizes. */
    LogDetail: {
      /** @description Log id. */
      id: string;
      /**
       * Format: date-time
       * @description When the request reached the gateway.
       */
      created_at: string;
      /** @description Upstream provider slug, e.g. `openai`. */
      provider: string;
      /** @description Model the request was sent to. */
      model: string;
      /** @description Kind of model, e.g. chat or text-generation. */
      model_type?: string;
      /** @description Provider path the request was sent to. */
      path: string;
      request_type?: string;
      request_content_type?: string;
      response_content_type?: string;
      /** @description Stored request headers. */
      request_head?: string;
      /** @description False when the stored request headers were truncated. */
      request_head_complete?: boolean;
      /** @description Request body size, in bytes. */
      request_size?: number;
      /** @description Stored response headers. */
      response_head?: string;
      /** @description False when the stored response headers were truncated. */
      response_head_complete?: boolean;
      /** @description Response body size, in bytes. */
      response_size?: number;
      /** @description HTTP status returned to the caller. */
      status_code?: number;
      /** @description Step index within a multi-step (fallback) request; 0 for the first. */
      step?: number;
      success: boolean;
      /** @description Served from the gateway cache. */
      cached: boolean;
      /** @description Total time, in milliseconds. */
      duration: number;
      /** @description Prompt tokens, when known. */
      tokens_in: number | null;
      /** @description Completion tokens, when known. */
      tokens_out: number | null;
      /** @description Estimated cost, in USD. */
      cost?: number;
      /** @description The cost came from a custom price rather than the built-in table. */
      custom_cost?: boolean;
      /** @description Custom metadata attached to the request, as a JSON-encoded string. */
      metadata?: string;
    };
    /** @description One condition on log entries. Several filters are combined with AND. */
    LogFilter: {
      /**
       * @description Log field to test.
       * @enum {string}
       */
      key:
        | 'id'
        | 'created_at'
        | 'request_content_type'
        | 'response_content_type'
        | 'request_type'
        | 'success'
        | 'cached'
        | 'provider'
        | 'model'
        | 'model_type'
        | 'cost'
        | 'tokens'
        | 'tokens_in'
        | 'tokens_out'
        | 'duration'
        | 'feedback'
        | 'event_id'
        | 'metadata.key'
        | 'metadata.value'
        | 'authentication'
        | 'wholesale'
        | 'compatibilityMode'
        | 'dlp_action'
        | 'user_agent';
      /**
       * @description Comparison: equal, not equal, substring, less than, greater than.
       * @enum {string}
       */
      operator: 'eq' | 'neq' | 'contains' | 'lt' | 'gt';
      /** @description Values to compare the field with. */
      value: (string | number | boolean | null)[];
    };
    /** @description Fields of a log entry that can be set after the fact. Fields left out are not changed. */
    LogEdit: {
      /** @description Human feedback on the response: -1 negative, 0 neutral, 1 positive. */
      feedback?: number | null;
      /** @description Quality score from 0 to 100. */
      score?: number | null;
      /** @description Metadata to store on the entry. Values must be strings, numbers or booleans. */
      metadata?: {
        [key: string]: string | number | boolean;
      } | null;
    };
    /** @description Paging information for the log listing, plus the smallest and largest cost, duration and token counts among all matching entries. */
    LogsResultInfo: {
      /** @description Entries on this page (at most `per_page`, which is at most 50). */
      count: number;
      /** @description Current page number, from 1. */
      page: number;
      /** @description Page size (1 to 50, as the request allows). */
      per_page: number;
      /** @description Entries matching the query, across all pages. A gateway keeps at most 10,000,000 log entries (the largest `log_management`), so no total is larger. */
      total_count: number;
      /** @description Lowest cost among the matching entries, in USD. */
      min_cost?: number;
      /** @description Highest cost among the matching entries, in USD. */
      max_cost?: number;
      /** @description Shortest duration among the matching entries, in milliseconds. */
      min_duration?: number;
      /** @description Longest duration among the matching entries, in milliseconds. */
      max_duration?: number;
      min_tokens_in?: number;
      max_tokens_in?: number;
      min_tokens_out?: number;
      max_tokens_out?: number;
      min_total_tokens?: number;
      max_total_tokens?: number;
    };
    /** @description The request or response body exactly as the gateway stored it, with no envelope. Usually a JSON object (for example a chat-completion request or response), but it can be any JSON value. */
    LogPayload: unknown;
    /** @description One condition selecting the log entries that belong to a dataset. */
    DatasetFilter: {
      /**
       * @description Log field to test.
       * @enum {string}
       */
      key:
        | 'created_at'
        | 'request_content_type'
        | 'response_content_type'
        | 'success'
        | 'cached'
        | 'provider'
        | 'model'
        | 'cost'
        | 'tokens'
        | 'tokens_in'
        | 'tokens_out'
        | 'duration'
        | 'feedback';
      /**
       * @description Comparison: equal, substring, less than, greater than.
       * @enum {string}
       */
      operator: 'eq' | 'contains' | 'lt' | 'gt';
      /** @description Values to compare with. */
      value: (string | number | boolean)[];
    };
    /** @description A saved selection of a gateway's logs, used as input to evaluations. */
    Dataset: {
      /** @description Dataset id. */
      id: string;
      gateway_id: components['schemas']['GatewayId'];
      name: string;
      /** @description Whether the dataset is active. */
      enable: boolean;
      filters: components['schemas']['DatasetFilter'][];
      /**
       * Format: date-time
       * @description When the dataset was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the dataset was last changed.
       */
      modified_at: string;
    };
    /** @description Body for creating a dataset, and for replacing one (PUT). */
    DatasetCreate: {
      name: string;
      /** @description Whether the dataset is active. */
      enable: boolean;
      /** @description All conditions must hold. */
      filters: components['schemas']['DatasetFilter'][];
    };
    /** @description A dataset as embedded in an evaluation, with the owning account. */
    EvaluationDataset: {
      /** @description Dataset id. */
      id: string;
      /** @description Account identifier. */
      account_id: string;
      /** @description Account tag (the account id used in API paths). */
      account_tag: string;
      gateway_id: components['schemas']['GatewayId'];
      name: string;
      enable: boolean;
      filters: components['schemas']['DatasetFilter'][];
      /**
       * Format: date-time
       * @description When the dataset was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the dataset was last changed.
       */
      modified_at: string;
    };
    /** @description Outcome of one evaluator within an evaluation. */
    EvaluationResult: {
      id: string;
      evaluation_id: string;
      /** @description Evaluator that produced this result. */
      evaluation_type_id: string;
      /** @description Evaluator output, serialised as a string (often JSON). Empty until processed. */
      result: string;
      /** @description Processing state code; `status_description` gives its name. */
      status: number;
      status_description: string;
      /** @description Log entries the evaluator looked at. */
      total_logs: number;
      /**
       * Format: date-time
       * @description When the result row was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the result was last updated.
       */
      modified_at: string;
    };
    /** @description A run of one or more evaluators over one or more datasets. */
    Evaluation: {
      /** @description Evaluation id. */
      id: string;
      gateway_id: components['schemas']['GatewayId'];
      name: string;
      /** @description True once every evaluator has finished. */
      processed: boolean;
      /** @description Log entries covered by the evaluation. */
      total_logs: number;
      datasets: components['schemas']['EvaluationDataset'][];
      results: components['schemas']['EvaluationResult'][];
      /**
       * Format: date-time
       * @description When the evaluation was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the evaluation was last updated.
       */
      modified_at: string;
    };
    /** @description Body for starting an evaluation. */
    EvaluationCreate: {
      name: string;
      /** @description Datasets to evaluate (one to five). */
      dataset_ids: string[];
      /** @description Evaluators to run, by evaluation type id. */
      evaluation_type_ids: string[];
    };
    DynamicRouteElementRef: {
      /** @description Id of the element to continue with. */
      elementId: string;
    };
    /** @description One node of a dynamic route. The `type` field says which kind. */
    DynamicRouteElement:
      | components['schemas']['DynamicRouteStartElement']
      | components['schemas']['DynamicRouteConditionalElement']
      | components['schemas']['DynamicRoutePercentageElement']
      | components['schemas']['DynamicRouteRateElement']
      | components['schemas']['DynamicRouteModelElement']
      | components['schemas']['DynamicRouteEndElement'];
    /** @description Entry point of the route. */
    DynamicRouteStartElement: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'start';
      outputs: {
        next: components['schemas']['DynamicRouteElementRef'];
      };
    };
    /** @description Branches on a condition over the request (for example its metadata). */
    DynamicRouteConditionalElement: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'conditional';
      properties: {
        /** @description Condition expression evaluated per request. */
        conditions?: Record<string, unknown>;
      };
      outputs: {
        true: components['schemas']['DynamicRouteElementRef'];
        false: components['schemas']['DynamicRouteElementRef'];
      };
    };
    /** @description Splits traffic by percentage between the branches listed in `outputs`. */
    DynamicRoutePercentageElement: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'percentage';
      outputs: {
        [key: string]: components['schemas']['DynamicRouteElementRef'];
      };
    };
    /** @description Applies a request-count or cost limit; over-limit traffic takes the `fallback` branch. */
    DynamicRouteRateElement: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'rate';
      properties: {
        /** @description What the limit is counted per (for example a metadata field). */
        key: string;
        /**
         * @description Count requests or sum cost.
         * @enum {string}
         */
        limitType: 'count' | 'cost';
        /** @description Requests or USD allowed per window. */
        limit: number;
        /** @description Window length, in seconds. */
        window: number;
      };
      outputs: {
        success: components['schemas']['DynamicRouteElementRef'];
        fallback: components['schemas']['DynamicRouteElementRef'];
      };
    };
    /** @description Sends the request to a provider and model; failures take the `fallback` branch. */
    DynamicRouteModelElement: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'model';
      properties: {
        /** @description Provider slug, e.g. `openai`. */
        provider: string;
        /** @description Model name at that provider. */
        model: string;
        /** @description Upstream timeout, in milliseconds. */
        timeout: number;
        /** @description Retries before taking the fallback branch. */
        retries: number;
      };
      outputs: {
        success: components['schemas']['DynamicRouteElementRef'];
        fallback: components['schemas']['DynamicRouteElementRef'];
      };
    };
    /** @description Terminal node: the current response is returned to the caller. */
    DynamicRouteEndElement: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'end';
      outputs: {
        [key: string]: components['schemas']['DynamicRouteElementRef'];
      };
    };
    /** @description A saved revision of a route's graph. */
    DynamicRouteVersion: {
      version_id: string;
      /**
       * @description Whether this revision is deployed; a string, not a boolean.
       * @enum {string}
       */
      active: 'true' | 'false';
      /** @description The revision's elements, serialised as a JSON string. */
      data: string;
      /** @description Whether the graph passed validation. */
      is_valid?: boolean;
      /** @description When the revision was saved. */
      created_at: string;
    };
    /** @description One revision of a route, with the route's name and its parsed elements. */
    DynamicRouteVersionDetail: {
      /** @description Route id. */
      id: string;
      name: string;
      gateway_id: string;
      version_id: string;
      /**
       * @description Whether this revision is deployed; a string, not a boolean.
       * @enum {string}
       */
      active: 'true' | 'false';
      is_valid?: boolean;
      /** @description The revision's elements, serialised as a JSON string. */
      data: string;
      elements: components['schemas']['DynamicRouteElement'][];
      /** @description When the revision was saved. */
      created_at: string;
      /**
       * Format: date-time
       * @description When the revision was last changed.
       */
      modified_at: string;
    };
    /** @description Record of a revision being made live. */
    DynamicRouteDeployment: {
      deployment_id: string;
      /** @description Revision that was deployed. */
      version_id: string;
      /** @description When the deployment happened. */
      created_at: string;
    };
    /** @description A route with its current elements, as returned by delete and by the create-version and create-deployment calls. */
    DynamicRouteSummary: {
      /** @description Route id. */
      id: string;
      /** @description Route name, unique within the gateway. */
      name: string;
      /** @description Gateway the route belongs to. */
      gateway_id: string;
      /**
       * Format: date-time
       * @description When the route was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the route was last changed.
       */
      modified_at: string;
      /** @description The routing graph: one `start` element, any number of intermediate elements, and `end` elements. */
      elements: components['schemas']['DynamicRouteElement'][];
    };
    /** @description A route with its active revision and latest deployment (get and create). */
    DynamicRouteDetail: {
      /** @description Route id. */
      id: string;
      /** @description Route name, unique within the gateway. */
      name: string;
      /** @description Gateway the route belongs to. */
      gateway_id: string;
      /**
       * Format: date-time
       * @description When the route was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the route was last changed.
       */
      modified_at: string;
      /** @description The routing graph: one `start` element, any number of intermediate elements, and `end` elements. */
      elements: components['schemas']['DynamicRouteElement'][];
      version: components['schemas']['DynamicRouteVersion'];
      deployment: components['schemas']['DynamicRouteDeployment'];
    };
    /** @description A route as listed and as returned by update: the detail view plus the owning account. */
    DynamicRoute: {
      /** @description Route id. */
      id: string;
      /** @description Route name, unique within the gateway. */
      name: string;
      /** @description Gateway the route belongs to. */
      gateway_id: string;
      /**
       * Format: date-time
       * @description When the route was created.
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the route was last changed.
       */
      modified_at: string;
      /** @description The routing graph: one `start` element, any number of intermediate elements, and `end` elements. */
      elements: components['schemas']['DynamicRouteElement'][];
      /** @description Account id that owns the route. */
      account_tag: string;
      version: components['schemas']['DynamicRouteVersion'];
      deployment: components['schemas']['DynamicRouteDeployment'];
    };
    /** @description Body for creating a route. The elements become its first revision. */
    DynamicRouteCreate: {
      name: string;
      elements: components['schemas']['DynamicRouteElement'][];
    };
    /** @description Body for renaming a route. To change the graph, create a new version instead. */
    DynamicRouteUpdate: {
      name: string;
    };
    /** @description Body for saving a new revision of a route. */
    DynamicRouteVersionCreate: {
      elements: components['schemas']['DynamicRouteElement'][];
    };
    /** @description Body for deploying a revision. */
    DynamicRouteDeploymentCreate: {
      /** @description Revision to make live. */
      version_id: string;
    };
    /** @description Stored credentials (via Secrets Store) and limits for one upstream provider on a gateway. */
    ProviderConfig: {
      id: string;
      gateway_id: components['schemas']['GatewayId'];
      /** @description Provider this configuration is for, e.g. `openai`. */
      provider_slug: string;
      /** @description Name used to pick this configuration. */
      alias: string;
      /** @description Used when a request names no configuration. */
      default_config: boolean;
      /** @description Secrets Store entry holding the provider key. */
      secret_id: string;
      /** @description Masked preview of the key. */
      secret_preview: string;
      /** @description Requests allowed per `rate_limit_period`. */
      rate_limit?: number;
      /**
       * @description Rate-limit window, in seconds.
       * @default 60
       */
      rate_limit_period?: number;
      /**
       * Format: date-time
       * @description When the configuration last changed.
       */
      modified_at: string;
    };
    /** @description Body for adding a provider configuration. Give either the key itself (`secret`) or an existing Secrets Store entry (`secret_id`). */
    ProviderConfigCreate: {
      provider_slug: string;
      alias: string;
      default_config: boolean;
      /** @description Provider API key to store. */
      secret?: string;
      /** @description Existing Secrets Store entry to use. */
      secret_id?: string;
      rate_limit?: number;
      /**
       * @description Rate-limit window, in seconds.
       * @default 60
       */
      rate_limit_period?: number;
    };
    /** @description Body for replacing a configuration's provider key. Only the key changes. */
    ProviderConfigUpdate: {
      /** @description The new provider API key to store. */
      secret: string;
    };
    /** @description Unique in the account; requests name the provider `custom-{slug}`. */
    CustomProviderSlug: string;
    /** @description An account-wide provider that forwards gateway requests to a base URL of your choice. */
    CustomProvider: {
      /** Format: uuid */
      id: string;
      /** @description Display name. */
      name: string;
      slug: components['schemas']['CustomProviderSlug'];
      /**
       * Format: uri
       * @description HTTPS URL that requests are forwarded to, with the path after the provider name appended.
       */
      base_url: string;
      description?: string;
      /** @description False takes the provider out of service without deleting it. */
      enable?: boolean;
      /** @description Marks the provider as a beta. */
      beta?: boolean;
      /** @description Extra headers sent upstream with every request, as a JSON object in a string. */
      headers?: string;
      /** @description Where the provider is documented. */
      link?: string;
      /** @description Logo shown in the dashboard. */
      logo?: string;
      /** @description Example request with curl, shown in the dashboard. */
      curl_example?: string;
      /** @description Example request in JavaScript, shown in the dashboard. */
      js_example?: string;
      /** @description Order in lists (smaller first). */
      position?: number;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      modified_at: string;
    };
    /** @description Body for creating a custom provider. */
    CustomProviderCreate: {
      name: string;
      slug: components['schemas']['CustomProviderSlug'];
      /** Format: uri */
      base_url: string;
      description?: string;
      enable?: boolean;
      beta?: boolean;
      /** @description Extra headers sent upstream, as a JSON object in a string. */
      headers?: string;
      link?: string;
      curl_example?: string;
      js_example?: string;
      position?: number;
    };
    /** @description Body for changing a custom provider; fields left out keep their value. */
    CustomProviderUpdate: {
      name?: string;
      slug?: components['schemas']['CustomProviderSlug'];
      /** Format: uri */
      base_url?: string;
      description?: string;
      enable?: boolean;
      beta?: boolean;
      /** @description Extra headers sent upstream, as a JSON object in a string. */
      headers?: string;
      link?: string;
      logo?: string;
      curl_example?: string;
      js_example?: string;
      position?: number;
    };
    /**
     * @description How `model` is compared with the model a request names.
     * @default equals
     * @enum {string}
     */
    CostModelRule: 'equals' | 'starts-with' | 'contains';
    /** @description Prices per kind of token or item, in USD per unit, where they differ from `cost_in` / `cost_out`. */
    TokenPricing: {
      input_tokens?: number;
      input_text_tokens?: number;
      input_cached_tokens?: number;
      input_cache_creation_tokens?: number;
      input_audio_tokens?: number;
      input_image_tokens?: number;
      input_video_tokens?: number;
      input_image_count?: number;
      output_tokens?: number;
      output_reasoning_tokens?: number;
      output_image_count?: number;
      total_tokens?: number;
    };
    /** @description A pricing rule for the models of one custom provider. */
    CustomProviderCost: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The custom provider the rule prices.
       */
      account_provider_id: string;
      /** @description Model name, or the part of it that `model_rule` looks for. */
      model: string;
      model_rule?: components['schemas']['CostModelRule'];
      /**
       * @description What the prices are counted in.
       * @default tokens
       */
      cost_type?: string;
      /** @description Price of one input unit, in USD. */
      cost_in?: number;
      /** @description Price of one output unit, in USD. */
      cost_out?: number;
      /** @description The `token_pricing` object sent on create or update, as a JSON string. */
      token_pricing?: string;
      enable?: boolean;
      /**
       * @description Who last changed the rule.
       * @default manual
       */
      changed_by?: string;
      /** @description Decides between rules that match the same model (higher first). */
      weight?: number;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      modified_at: string;
    };
    /** @description Body for adding a cost rule. */
    CustomProviderCostCreate: {
      /** Format: uuid */
      account_provider_id: string;
      model: string;
      model_rule?: components['schemas']['CostModelRule'];
      /** @default tokens */
      cost_type?: string;
      cost_in?: number;
      cost_out?: number;
      token_pricing?: components['schemas']['TokenPricing'];
      enable?: boolean;
    };
    /** @description Body for changing a cost rule; fields left out keep their value. */
    CustomProviderCostUpdate: {
      model?: string;
      model_rule?: components['schemas']['CostModelRule'];
      /** @default tokens */
      cost_type?: string;
      cost_in?: number;
      cost_out?: number;
      token_pricing?: components['schemas']['TokenPricing'];
      enable?: boolean;
    };
    /** @description A lower-case hostname of at least two labels, on a zone of the account. */
    CustomDomainHostname: string;
    /**
     * @description `initializing` and `pending_dcv` (waiting for certificate validation) come before `active`; `blocked` and `error` need attention.
     * @enum {string}
     */
    CustomDomainStatus: 'initializing' | 'pending_dcv' | 'active' | 'blocked' | 'error';
    /** @description A hostname that serves one gateway. */
    CustomDomain: {
      hostname: components['schemas']['CustomDomainHostname'];
      gateway_id: components['schemas']['GatewayId'];
      /** @description The zone's custom hostname (certificate) record; null until it is created. */
      ssl_hostname_id: string | null;
      status: components['schemas']['CustomDomainStatus'];
      /** @description Unix time in milliseconds. */
      created_at: number;
      /** @description Unix time in milliseconds. */
      modified_at: number;
    };
    /** @description A new custom domain, with the CNAME target its hostname must point at. */
    CustomDomainCreated: {
      hostname: string;
      gateway_id: string;
      status: components['schemas']['CustomDomainStatus'];
      /** @description Hostname to point a CNAME record at. */
      cname_target: string;
      /** @description Unix time in milliseconds. */
      created_at: number;
      /** @description Unix time in milliseconds. */
      modified_at: number;
    };
    /** @description Body for adding a custom domain. */
    CustomDomainCreate: {
      domain: components['schemas']['CustomDomainHostname'];
      /** @description Id of the account's zone the hostname belongs to. */
      zone_id: string;
      /**
       * @description Oldest TLS version clients may use.
       * @enum {string}
       */
      minTLS?: '1.0' | '1.1' | '1.2' | '1.3';
    };
    /** @description Notes of the classic v4 envelope; empty on success. */
    BillingMessages: {
      code: number;
      message: string;
    }[];
    /** @description Paging block of the classic v4 envelope. The billing answers are single objects and leave it out. */
    BillingResultInfo: {
      has_more: boolean;
      page: number;
      per_page: number;
      total_count: number;
    };
    /** @description Always an empty object. */
    BillingEmpty: Record<string, unknown>;
    /** @description Auto top-up settings, in US cents; all null while auto top-up is off. */
    TopupConfig: {
      /** @description Balance below which a top-up is made. */
      threshold: number | null;
      /** @description Amount of each automatic top-up. */
      amount: number | null;
      /** @description Why the last automatic top-up failed. */
      error: string | null;
      /** @description Why auto top-up was switched off by the service, if it was. */
      disabledReason: string | null;
      /** @description When an automatic top-up last failed (Unix time in milliseconds). */
      lastFailedAt: number | null;
    };
    /** @description Unified Billing credits and how they are refilled. */
    CreditBalance: {
      /** @description Credits left, in US cents. Usage is metered after each request, so the last requests can take it below zero. */
      balance: number;
      has_default_payment_method: boolean;
      /** @description The card top-ups are charged to; null when there is none. */
      payment_method: {
        brand?: string;
        last4?: string;
      } | null;
      /** @description True once a manual top-up has completed, which a spending limit needs. */
      first_topup_success?: boolean;
      topup_config: components['schemas']['TopupConfig'];
    };
    InvoiceHistory: {
      invoices: {
        id?: string | null;
        amount_due: number;
        amount_paid: number;
        amount_remaining: number;
        currency: string;
        status?: string | null;
        attempted?: boolean;
        attempt_count?: number;
        auto_advance?: boolean | null;
        /** @description Unix time in seconds. */
        created?: number;
        created_by?: string;
        description?: string | null;
        /** @description `manual` or `auto` (an automatic top-up). */
        invoice_origin?: string;
        invoice_pdf?: string | null;
      }[];
      pagination: {
        has_more: boolean;
        page: number;
        per_page: number;
        total_count: number;
      };
    };
    /** @description The upcoming invoice; amounts in cents of `currency`, times in Unix seconds. */
    InvoicePreview: {
      id: string;
      amount_due: number;
      amount_paid: number;
      amount_remaining: number;
      currency: string;
      period_start: number;
      period_end: number;
      /** @enum {string} */
      status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';
      invoice_lines: {
        description: string | null;
        amount: number;
        currency: string;
        quantity: number;
        period: {
          start: number;
          end: number;
        };
        pricing: {
          unit_amount_decimal: string | null;
        };
        pretax_credit_amounts?: {
          amount: number;
          type: string;
          credit_balance_transaction?: string | null;
          discount?: string | null;
        }[];
      }[];
    };
    UsageHistory: {
      history: {
        id: string;
        /** @description Usage in the interval, in US cents. */
        aggregated_value: number;
        /** @description Start of the interval (Unix time in milliseconds). */
        start_time: number;
        /** @description End of the interval (Unix time in milliseconds). */
        end_time: number;
      }[];
    };
    /**
     * @description Window the spend is summed over.
     * @enum {string}
     */
    SpendingLimitDuration: 'daily' | 'weekly' | 'monthly';
    /**
     * @description `fixed` resets at each window boundary; `sliding` sums the last window up to now.
     * @enum {string}
     */
    SpendingLimitStrategy: 'fixed' | 'sliding';
    SpendingLimit: {
      /** @description False when no limit is set; `config` then holds nulls. */
      enabled: boolean;
      config: {
        /** @description Most spend per window, in US cents. */
        amount: number | null;
        duration: components['schemas']['SpendingLimitDuration'] | null;
        strategy: components['schemas']['SpendingLimitStrategy'] | null;
      };
    };
    /** @description Body for setting the spending limit. */
    SpendingLimitSet: {
      /** @description Most spend per window, in US cents (at least USD 1). */
      amount: number;
      duration: components['schemas']['SpendingLimitDuration'];
      strategy: components['schemas']['SpendingLimitStrategy'];
    };
    /** @description Body for buying credits. */
    TopupCreate: {
      /** @description Amount to charge, in US cents (at least USD 10). */
      amount: number;
    };
    Topup: {
      /** @description True when the account had already been set up for billing. */
      onboarding: boolean;
      /** @description The Stripe invoice of the top-up; pass it to `topup/status`. */
      payment_intent_id: string;
      /** @description Set when the card holder must still confirm the payment in the browser. */
      client_secret: string | null;
      /** @description Brand of the card charged. */
      brand?: string;
      /** @description Last four digits of the card charged. */
      last4?: string;
    };
    /** @description Body for turning auto top-up on. */
    TopupConfigCreate: {
      /** @description Balance below which a top-up is made, in US cents (at least USD 5). */
      threshold: number;
      /** @description Amount of each automatic top-up, in US cents (at least USD 10). */
      amount: number;
    };
    TopupConfigSet: {
      threshold: number;
      amount: number;
    };
    TopupLimits: {
      /** @description Smallest top-up. */
      min_cents: number;
      /** @description Largest top-up. */
      max_cents: number;
      /** @description ISO 4217 code. */
      currency: string;
    };
    /** @description Body for checking a top-up. */
    TopupStatusCheck: {
      /** @description The invoice id a top-up returned. */
      payment_intent_id: string;
    };
    TopupStatus: {
      payment_intent_id: string;
      /**
       * @description `completed` once the credits are on the balance.
       * @enum {string}
       */
      status: 'completed' | 'pending';
    };
    /** @description A billing call that was refused, with the billing service's error code. */
    ErrorBilling: {
      errors: {
        code: number;
        message: string;
      }[];
      /** @description Always null. */
      result: Record<string, unknown> | null;
      /** @enum {boolean} */
      success: false;
    };
    /** @description Generic rejection of a request. */
    ErrorBadRequest: {
      errors: {
        message: string;
      }[];
      /** @description Always an empty object. */
      result: Record<string, unknown>;
      /** @description Always false. */
      success: boolean;
    };
    /** @description The request did not pass input validation (error code 7001). `path` points at the offending input. Unlike the generic 400 body, it has no `result`. */
    ErrorInputValidation: {
      errors: {
        /** @description 7001 for validation errors. */
        code: number;
        message: string;
        /** @description Location of the invalid input, e.g. `["body", "cache_ttl"]`. */
        path: string[];
      }[];
      /** @description Always false. */
      success: boolean;
    };
    /** @description The addressed object does not exist (error code 7002). */
    ErrorNotFound: {
      errors: {
        /** @description 7002 for missing objects. */
        code: number;
        message: string;
      }[];
      /** @description Always false. */
      success: boolean;
    };
    /** @description Error produced by the Cloudflare API front end (authentication, permissions, throttling, outages) in the classic v4 shape. */
    EdgeError: {
      /** @description Always false. */
      success: boolean;
      errors: {
        code?: number;
        message: string;
      }[];
      messages?: unknown[];
      /** @description Usually null. */
      result?: unknown;
    };
  };
  responses: {
    /** @description The request was rejected. Two body shapes are used: a plain list of messages with an empty `result`, or an input-validation error (code 7001) whose `path` names the offending input. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json':
          | components['schemas']['ErrorBadRequest']
          | components['schemas']['ErrorInputValidation'];
      };
    };
    /** @description No object with this id exists (error code 7002). */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorNotFound'];
      };
    };
    /** @description Missing or invalid credentials. The Cloudflare edge may answer this itself, in which case the body can be an HTML page instead of JSON. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['EdgeError'];
        'text/html': string;
      };
    };
    /** @description The credentials lack the AI Gateway permission this call needs, or the request was blocked. The Cloudflare edge may answer this itself with an HTML page instead of JSON. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['EdgeError'];
        'text/html': string;
      };
    };
    /** @description Too many requests; wait before retrying (see `Retry-After`). The Cloudflare edge may send this with an HTML body instead of JSON. */
    TooManyRequests: {
      headers: {
        /**
         * @description How long to wait before retrying: a number of seconds, or an HTTP date. The example is 0, so a mock server that serves it (a forced 429) lets a retrying client try again at once instead of stalling the test; the real API asks for tens of seconds.
         * @example 0
         */
        'Retry-After'?: string;
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['EdgeError'];
        'text/html': string;
      };
    };
    /** @description Server-side or upstream failure (500, 502, 503, 504, ...). Safe to retry with backoff. Responses produced by the Cloudflare edge are usually HTML pages rather than JSON. */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['EdgeError'];
        'text/html': string;
      };
    };
    /** @description The billing service refused the request (its own error body, with a code), or the input did not pass validation (code 7001). */
    BillingBadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json':
          | components['schemas']['ErrorBilling']
          | components['schemas']['ErrorInputValidation'];
      };
    };
    /** @description The billing service has no such object. */
    BillingNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBilling'];
      };
    };
  };
  parameters: {
    /**
     * @description Cloudflare account id (32 hexadecimal characters).
     * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
     */
    AccountId: string;
    /**
     * @description Id of the gateway.
     * @example support-bot-prod
     */
    GatewayId: components['schemas']['GatewayId'];
    /**
     * @description Id of the gateway.
     * @example support-bot-prod
     */
    GatewayIdSelf: components['schemas']['GatewayId'];
    /**
     * @description Id of the log entry.
     * @example 01M7WM9CQT9V7XH2M4T6R8B0CN
     */
    LogId: string;
    /**
     * @description Id of the dataset.
     * @example 4b7d9e2f-1a3c-4d5e-8f60-7a9b1c3d5e82
     */
    DatasetId: string;
    /**
     * @description Id of the evaluation.
     * @example 9d3f6a1c-5e8b-4b2d-a7f0-3c6e9b2d5f18
     */
    EvaluationId: string;
    /**
     * @description Id of the dynamic route.
     * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
     */
    RouteId: string;
    /**
     * @description Id of the route version.
     * @example 5e8b1d4a-2c7f-4e9b-a3d6-8f1c4b7e0a29
     */
    RouteVersionId: string;
    /**
     * @description Provider slug, e.g. `openai`, `anthropic` or `workers-ai`.
     * @example openai
     */
    Provider: string;
    /** @description Page number, starting at 1. */
    Page: number;
    /** @description Items per page (1 to 100). */
    PerPage: number;
    /** @description Log entries per page (1 to 50). */
    LogsPerPage: number;
    /** @description Evaluators per page (5 to 50). */
    EvaluationTypesPerPage: number;
    /** @description Page number. The server echoes the page it used in `data.page`. */
    RoutesPage: number;
    /** @description Routes per page. The server echoes the size it used in `data.per_page`. */
    RoutesPerPage: number;
    /**
     * @description Conditions on log fields; an entry must satisfy all of them.
     *
     *     Wire format: each filter is sent as repeated dotted keys, with no indices, in the order key, operator, then
     *     one `filters.value` per value: `filters.key=cost&filters.operator=gt&filters.value=0.5&filters.key=provider&filters.operator=eq&filters.value=openai`.
     *     Generic form/deepObject serializers do not produce this; clients must encode it themselves (see `x-query-encoding`).
     */
    LogFilters: components['schemas']['LogFilter'][];
    /**
     * @description Id of the provider configuration.
     * @example 9a2d5f8c-1b4e-4a7d-b0c3-6e9f2a5d8c14
     */
    ProviderConfigId: string;
    /**
     * @description Id of the custom provider.
     * @example 7d2e9b4a-3c1f-4e8a-b5d6-0f9a2c4e6b18
     */
    CustomProviderId: string;
    /**
     * @description Id of the cost rule.
     * @example 9c4e2a7f-5b1d-4c8e-a3f6-2d8b0e4c6a91
     */
    CustomProviderCostId: string;
    /**
     * @description The custom hostname.
     * @example ai.acme.example
     */
    CustomDomainHostname: components['schemas']['CustomDomainHostname'];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listGateways: {
    parameters: {
      query?: {
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Items per page (1 to 100). */
        per_page?: components['parameters']['PerPage'];
        /** @description Only gateways whose id contains this text. */
        search?: string;
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of gateways. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Gateway'][];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createGateway: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GatewayCreate'];
      };
    };
    responses: {
      /** @description The new gateway. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Gateway'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getGateway: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        id: components['parameters']['GatewayIdSelf'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The gateway. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Gateway'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  updateGateway: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        id: components['parameters']['GatewayIdSelf'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GatewayUpdate'];
      };
    };
    responses: {
      /** @description The gateway after the update. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Gateway'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteGateway: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        id: components['parameters']['GatewayIdSelf'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted gateway. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Gateway'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listEvaluationTypes: {
    parameters: {
      query?: {
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Evaluators per page (5 to 50). */
        per_page?: components['parameters']['EvaluationTypesPerPage'];
        /** @description Field to sort by. */
        order_by?: string;
        /** @description Sort direction. */
        order_by_direction?: 'asc' | 'desc';
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of evaluation types. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['EvaluationType'][];
            result_info: components['schemas']['ResultInfo'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listLogs: {
    parameters: {
      query?: {
        /** @description Free-text search over the log entries. */
        search?: string;
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Log entries per page (1 to 50). */
        per_page?: components['parameters']['LogsPerPage'];
        /** @description Field to sort by. */
        order_by?: 'created_at' | 'provider' | 'model' | 'model_type' | 'success' | 'cached';
        /** @description Sort direction. */
        order_by_direction?: 'asc' | 'desc';
        /**
         * @description Conditions on log fields; an entry must satisfy all of them.
         *
         *     Wire format: each filter is sent as repeated dotted keys, with no indices, in the order key, operator, then
         *     one `filters.value` per value: `filters.key=cost&filters.operator=gt&filters.value=0.5&filters.key=provider&filters.operator=eq&filters.value=openai`.
         *     Generic form/deepObject serializers do not produce this; clients must encode it themselves (see `x-query-encoding`).
         */
        filters?: components['parameters']['LogFilters'];
        /** @description Ask for extra aggregate information about the matching entries in `result_info`. */
        meta_info?: boolean;
        /**
         * @deprecated
         * @description Sort direction (older name). Deprecated: use `order_by_direction` instead.
         */
        direction?: 'asc' | 'desc';
        /**
         * @deprecated
         * @description Only entries created at or after this time. Deprecated: use `filters` instead.
         */
        start_date?: string;
        /**
         * @deprecated
         * @description Only entries created at or before this time. Deprecated: use `filters` instead.
         */
        end_date?: string;
        /**
         * @deprecated
         * @description Lowest cost, in USD. Deprecated: use `filters` instead.
         */
        min_cost?: number;
        /**
         * @deprecated
         * @description Highest cost, in USD. Deprecated: use `filters` instead.
         */
        max_cost?: number;
        /**
         * @deprecated
         * @description Fewest prompt tokens. Deprecated: use `filters` instead.
         */
        min_tokens_in?: number;
        /**
         * @deprecated
         * @description Most prompt tokens. Deprecated: use `filters` instead.
         */
        max_tokens_in?: number;
        /**
         * @deprecated
         * @description Fewest completion tokens. Deprecated: use `filters` instead.
         */
        min_tokens_out?: number;
        /**
         * @deprecated
         * @description Most completion tokens. Deprecated: use `filters` instead.
         */
        max_tokens_out?: number;
        /**
         * @deprecated
         * @description Fewest total tokens. Deprecated: use `filters` instead.
         */
        min_total_tokens?: number;
        /**
         * @deprecated
         * @description Most total tokens. Deprecated: use `filters` instead.
         */
        max_total_tokens?: number;
        /**
         * @deprecated
         * @description Shortest duration, in milliseconds. Deprecated: use `filters` instead.
         */
        min_duration?: number;
        /**
         * @deprecated
         * @description Longest duration, in milliseconds. Deprecated: use `filters` instead.
         */
        max_duration?: number;
        /**
         * @deprecated
         * @description Only entries with this feedback value. Deprecated: use `filters` instead.
         */
        feedback?: -1 | 0 | 1;
        /**
         * @deprecated
         * @description Only successful (true) or failed (false) entries. Deprecated: use `filters` instead.
         */
        success?: boolean;
        /**
         * @deprecated
         * @description Only cached (true) or uncached (false) entries. Deprecated: use `filters` instead.
         */
        cached?: boolean;
        /**
         * @deprecated
         * @description Only entries for this model. Deprecated: use `filters` instead.
         */
        model?: string;
        /**
         * @deprecated
         * @description Only entries for this model type. Deprecated: use `filters` instead.
         */
        model_type?: string;
        /**
         * @deprecated
         * @description Only entries for this provider. Deprecated: use `filters` instead.
         */
        provider?: string;
        /**
         * @deprecated
         * @description Only entries with this request content type. Deprecated: use `filters` instead.
         */
        request_content_type?: string;
        /**
         * @deprecated
         * @description Only entries with this response content type. Deprecated: use `filters` instead.
         */
        response_content_type?: string;
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of log entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Log'][];
            result_info: components['schemas']['LogsResultInfo'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteLogs: {
    parameters: {
      query?: {
        /**
         * @description Conditions on log fields; an entry must satisfy all of them.
         *
         *     Wire format: each filter is sent as repeated dotted keys, with no indices, in the order key, operator, then
         *     one `filters.value` per value: `filters.key=cost&filters.operator=gt&filters.value=0.5&filters.key=provider&filters.operator=eq&filters.value=openai`.
         *     Generic form/deepObject serializers do not produce this; clients must encode it themselves (see `x-query-encoding`).
         */
        filters?: components['parameters']['LogFilters'];
        /** @description Most entries to delete in this call. */
        limit?: number;
        /** @description Field that decides which matching entries go first. */
        order_by?:
          | 'created_at'
          | 'provider'
          | 'model'
          | 'model_type'
          | 'success'
          | 'cached'
          | 'cost'
          | 'tokens_in'
          | 'tokens_out'
          | 'duration'
          | 'feedback';
        /** @description Sort direction. */
        order_by_direction?: 'asc' | 'desc';
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entries were deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getLog: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the log entry.
         * @example 01M7WM9CQT9V7XH2M4T6R8B0CN
         */
        id: components['parameters']['LogId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The log entry. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['LogDetail'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  editLog: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the log entry.
         * @example 01M7WM9CQT9V7XH2M4T6R8B0CN
         */
        id: components['parameters']['LogId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogEdit'];
      };
    };
    responses: {
      /** @description The entry was updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: Record<string, unknown>;
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getLogRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the log entry.
         * @example 01M7WM9CQT9V7XH2M4T6R8B0CN
         */
        id: components['parameters']['LogId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored request body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogPayload'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getLogResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the log entry.
         * @example 01M7WM9CQT9V7XH2M4T6R8B0CN
         */
        id: components['parameters']['LogId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored response body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogPayload'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listDatasets: {
    parameters: {
      query?: {
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Items per page (1 to 100). */
        per_page?: components['parameters']['PerPage'];
        /** @description Only datasets with this name. */
        name?: string;
        /** @description Only enabled (true) or disabled (false) datasets. */
        enable?: boolean;
        /** @description Text to look for in the id, name and filters. */
        search?: string;
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of datasets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Dataset'][];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createDataset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DatasetCreate'];
      };
    };
    responses: {
      /** @description The new dataset. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Dataset'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getDataset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dataset.
         * @example 4b7d9e2f-1a3c-4d5e-8f60-7a9b1c3d5e82
         */
        id: components['parameters']['DatasetId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dataset. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Dataset'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  updateDataset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dataset.
         * @example 4b7d9e2f-1a3c-4d5e-8f60-7a9b1c3d5e82
         */
        id: components['parameters']['DatasetId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DatasetCreate'];
      };
    };
    responses: {
      /** @description The dataset after the update. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Dataset'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteDataset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dataset.
         * @example 4b7d9e2f-1a3c-4d5e-8f60-7a9b1c3d5e82
         */
        id: components['parameters']['DatasetId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted dataset. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Dataset'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listEvaluations: {
    parameters: {
      query?: {
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Items per page (1 to 100). */
        per_page?: components['parameters']['PerPage'];
        /** @description Only evaluations with this name. */
        name?: string;
        /** @description Only finished (true) or unfinished (false) evaluations. */
        processed?: boolean;
        /** @description Text to look for in the id and name. */
        search?: string;
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of evaluations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Evaluation'][];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createEvaluation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvaluationCreate'];
      };
    };
    responses: {
      /** @description The new evaluation, usually not processed yet. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Evaluation'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getEvaluation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the evaluation.
         * @example 9d3f6a1c-5e8b-4b2d-a7f0-3c6e9b2d5f18
         */
        id: components['parameters']['EvaluationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The evaluation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Evaluation'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteEvaluation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the evaluation.
         * @example 9d3f6a1c-5e8b-4b2d-a7f0-3c6e9b2d5f18
         */
        id: components['parameters']['EvaluationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted evaluation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Evaluation'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listDynamicRoutes: {
    parameters: {
      query?: {
        /** @description Page number. The server echoes the page it used in `data.page`. */
        page?: components['parameters']['RoutesPage'];
        /** @description Routes per page. The server echoes the size it used in `data.per_page`. */
        per_page?: components['parameters']['RoutesPerPage'];
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of routes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** @description The routes on this page. */
              routes: components['schemas']['DynamicRoute'][];
              /** @description Page number the server used. */
              page: number;
              /** @description Page size the server used. */
              per_page: number;
              /** @description Field the server sorted by. */
              order_by: string;
              /** @description Sort direction the server used (`asc` or `desc`). */
              order_by_direction: string;
            };
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createDynamicRoute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DynamicRouteCreate'];
      };
    };
    responses: {
      /** @description The new route. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['DynamicRouteDetail'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getDynamicRoute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The route. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['DynamicRouteDetail'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteDynamicRoute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted route. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['DynamicRouteSummary'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  updateDynamicRoute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DynamicRouteUpdate'];
      };
    };
    responses: {
      /** @description The renamed route. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            route: components['schemas']['DynamicRoute'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listDynamicRouteDeployments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deployments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** @description The deployments on this page. */
              deployments: components['schemas']['DynamicRouteDeployment'][];
              /** @description Page number the server used. */
              page: number;
              /** @description Page size the server used. */
              per_page: number;
              /** @description Field the server sorted by. */
              order_by: string;
              /** @description Sort direction the server used (`asc` or `desc`). */
              order_by_direction: string;
            };
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createDynamicRouteDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DynamicRouteDeploymentCreate'];
      };
    };
    responses: {
      /** @description The route after deployment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['DynamicRouteSummary'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listDynamicRouteVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The versions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** @description The versions on this page. */
              versions: components['schemas']['DynamicRouteVersion'][];
              /** @description Page number the server used. */
              page: number;
              /** @description Page size the server used. */
              per_page: number;
              /** @description Field the server sorted by. */
              order_by: string;
              /** @description Sort direction the server used (`asc` or `desc`). */
              order_by_direction: string;
            };
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createDynamicRouteVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DynamicRouteVersionCreate'];
      };
    };
    responses: {
      /** @description The route with the new elements. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['DynamicRouteSummary'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getDynamicRouteVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the dynamic route.
         * @example 0c7e2b5a-9d4f-4a1c-b6e8-3f0a7d2c9e51
         */
        id: components['parameters']['RouteId'];
        /**
         * @description Id of the route version.
         * @example 5e8b1d4a-2c7f-4e9b-a3d6-8f1c4b7e0a29
         */
        version_id: components['parameters']['RouteVersionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['DynamicRouteVersionDetail'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listProviderConfigs: {
    parameters: {
      query?: {
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Items per page (1 to 100). */
        per_page?: components['parameters']['PerPage'];
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of provider configurations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['ProviderConfig'][];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createProviderConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderConfigCreate'];
      };
    };
    responses: {
      /** @description The new configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['ProviderConfig'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  updateProviderConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the provider configuration.
         * @example 9a2d5f8c-1b4e-4a7d-b0c3-6e9f2a5d8c14
         */
        id: components['parameters']['ProviderConfigId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderConfigUpdate'];
      };
    };
    responses: {
      /** @description The configuration with its new key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['ProviderConfig'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteProviderConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Id of the provider configuration.
         * @example 9a2d5f8c-1b4e-4a7d-b0c3-6e9f2a5d8c14
         */
        id: components['parameters']['ProviderConfigId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['ProviderConfig'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getGatewayUrl: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description Provider slug, e.g. `openai`, `anthropic` or `workers-ai`.
         * @example openai
         */
        provider: components['parameters']['Provider'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The URL, as a plain string in `result`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Base URL for the provider. */
            result: string;
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listCustomProviders: {
    parameters: {
      query?: {
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Items per page (1 to 100). */
        per_page?: components['parameters']['PerPage'];
        /** @description Only providers with this beta flag. */
        beta?: boolean;
        /** @description Only enabled (`true`) or disabled (`false`) providers. */
        enable?: boolean;
        /** @description Only providers whose id, name or slug contains this text. */
        search?: string;
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of custom providers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProvider'][];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createCustomProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomProviderCreate'];
      };
    };
    responses: {
      /** @description The new custom provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProvider'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getCustomProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the custom provider.
         * @example 7d2e9b4a-3c1f-4e8a-b5d6-0f9a2c4e6b18
         */
        id: components['parameters']['CustomProviderId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The custom provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProvider'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteCustomProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the custom provider.
         * @example 7d2e9b4a-3c1f-4e8a-b5d6-0f9a2c4e6b18
         */
        id: components['parameters']['CustomProviderId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted custom provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProvider'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  updateCustomProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the custom provider.
         * @example 7d2e9b4a-3c1f-4e8a-b5d6-0f9a2c4e6b18
         */
        id: components['parameters']['CustomProviderId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomProviderUpdate'];
      };
    };
    responses: {
      /** @description The updated custom provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProvider'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listCustomProviderCosts: {
    parameters: {
      query?: {
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Items per page (1 to 100). */
        per_page?: components['parameters']['PerPage'];
        /** @description Only enabled (`true`) or disabled (`false`) rules. */
        enable?: boolean;
        /** @description Only the rules of this custom provider. */
        account_provider_id?: string;
        /** @description Only rules that match models this way (`equals` when left out). */
        model_rule?: components['schemas']['CostModelRule'];
        /** @description Only rules of this kind of cost (`tokens` when left out). */
        cost_type?: string;
        /** @description Only rules whose model or `changed_by` contains this text. */
        search?: string;
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of cost rules. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProviderCost'][];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createCustomProviderCost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomProviderCostCreate'];
      };
    };
    responses: {
      /** @description The new cost rule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProviderCost'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getCustomProviderCost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the cost rule.
         * @example 9c4e2a7f-5b1d-4c8e-a3f6-2d8b0e4c6a91
         */
        id: components['parameters']['CustomProviderCostId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cost rule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProviderCost'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteCustomProviderCost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the cost rule.
         * @example 9c4e2a7f-5b1d-4c8e-a3f6-2d8b0e4c6a91
         */
        id: components['parameters']['CustomProviderCostId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted cost rule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProviderCost'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  updateCustomProviderCost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the cost rule.
         * @example 9c4e2a7f-5b1d-4c8e-a3f6-2d8b0e4c6a91
         */
        id: components['parameters']['CustomProviderCostId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomProviderCostUpdate'];
      };
    };
    responses: {
      /** @description The updated cost rule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomProviderCost'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  listCustomDomains: {
    parameters: {
      query?: {
        /** @description Page number, starting at 1. */
        page?: components['parameters']['Page'];
        /** @description Items per page (1 to 100). */
        per_page?: components['parameters']['PerPage'];
        /** @description Only domains in this state. */
        status?: components['schemas']['CustomDomainStatus'];
        /** @description Only hostnames that contain this text. */
        search?: string;
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of custom domains. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomDomain'][];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createCustomDomain: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomDomainCreate'];
      };
    };
    responses: {
      /** @description The new custom domain and the CNAME target to configure. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomDomainCreated'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getCustomDomain: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description The custom hostname.
         * @example ai.acme.example
         */
        hostname: components['parameters']['CustomDomainHostname'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The custom domain. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomDomain'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteCustomDomain: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
        /**
         * @description Id of the gateway.
         * @example support-bot-prod
         */
        gateway_id: components['parameters']['GatewayId'];
        /**
         * @description The custom hostname.
         * @example ai.acme.example
         */
        hostname: components['parameters']['CustomDomainHostname'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted custom domain. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CustomDomain'];
            /** @description True when the call succeeded. Failed calls use one of the error bodies instead. */
            success: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getCreditBalance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The credit balance. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['CreditBalance'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getInvoiceHistory: {
    parameters: {
      query?: {
        /** @description Which invoices to list (`auto` top-ups, `manual` ones, or `all`). */
        type?: 'auto' | 'all' | 'manual';
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoice history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['InvoiceHistory'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      400: components['responses']['BillingBadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getInvoicePreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoice preview. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['InvoicePreview'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getUsageHistory: {
    parameters: {
      query: {
        /**
         * @description Length of each summed interval.
         * @example day
         */
        value_grouping_window: 'day' | 'hour';
        /**
         * @description Start of the range, as a Unix time in milliseconds.
         * @example 1795478400000
         */
        start_time?: number | null;
        /**
         * @description End of the range, as a Unix time in milliseconds.
         * @example 1795737600000
         */
        end_time?: number | null;
      };
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The usage history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['UsageHistory'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      400: components['responses']['BillingBadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getSpendingLimit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The spending limit. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['SpendingLimit'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  setSpendingLimit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SpendingLimitSet'];
      };
    };
    responses: {
      /** @description The limit was stored (an empty result). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['BillingEmpty'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      400: components['responses']['BillingBadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['BillingNotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteSpendingLimit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The limit was removed (an empty result). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['BillingEmpty'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  createTopup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TopupCreate'];
      };
    };
    responses: {
      /** @description The payment was started. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['Topup'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      400: components['responses']['BillingBadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getTopupConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The auto top-up settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['TopupConfig'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  setTopupConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TopupConfigCreate'];
      };
    };
    responses: {
      /** @description The stored settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['TopupConfigSet'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      400: components['responses']['BillingBadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  deleteTopupConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Auto top-up is off (an empty result). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['BillingEmpty'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  getTopupLimits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The top-up limits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['TopupLimits'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
  checkTopupStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Cloudflare account id (32 hexadecimal characters).
         * @example 5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13
         */
        account_id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TopupStatusCheck'];
      };
    };
    responses: {
      /** @description The state of a top-up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            result: components['schemas']['TopupStatus'];
            /**
             * @description Always true; failed calls use one of the error bodies instead.
             * @enum {boolean}
             */
            success: true;
            errors: components['schemas']['BillingMessages'];
            messages: components['schemas']['BillingMessages'];
            result_info?: components['schemas']['BillingResultInfo'];
          };
        };
      };
      400: components['responses']['BillingBadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['BillingNotFound'];
      429: components['responses']['TooManyRequests'];
      '5XX': components['responses']['ServerError'];
    };
  };
}
