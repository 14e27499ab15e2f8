// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

export interface paths {
    "/api/logs": {
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
        get: operations["listLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/logs/stats": {
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
        get: operations["getLogStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/logs/{id}": {
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
        get: operations["getLog"];
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
        /**
         * @description Lifecycle state of a logged request: `processing` while it is in flight, then `success`, `error` or `cancelled` (aborted before it finished).
         * @enum {string}
         */
        LogStatus: "processing" | "success" | "error" | "cancelled";
        /** @description One page of log rows with pagination data. */
        LogsListResponse: {
            /** @description Matching rows, in the requested order. Large payload fields are trimmed. */
            logs: components["schemas"]["LogEntry"][];
            pagination: components["schemas"]["LogsPagination"];
            /** @description On current servers only `total_requests` (the number of matching rows, in-progress ones included) is filled in here; the other figures are sent as zero. Use `GET /api/logs/stats` for real aggregates. */
            stats: components["schemas"]["LogStats"];
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
            sort_by?: "timestamp" | "latency" | "tokens" | "cost";
            /**
             * @description Sort direction that was applied (absent on older servers).
             * @enum {string}
             */
            order?: "asc" | "desc";
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
        LogStatsResponse: components["schemas"]["LogStats"] & {
            /** @description True when `previous` is present. Newer servers always send it (false unless a comparison was asked for and possible); older servers omit it. */
            has_previous_period?: boolean;
            /** @description Figures for the window of the same length that ends just before `start_time`. Only present when `compare_to_previous=true` was honoured. */
            previous?: components["schemas"]["LogStats"];
        };
        /** @description One logged request. List rows carry the summary fields only; the payload fields (histories, outputs, inputs of media requests, parameters, tools, raw bodies, …) are filled in by `GET /api/logs/{id}` and are therefore optional here. Many fields are `null` rather than absent when unset. Newer servers add fields not listed here; clients should ignore unknown fields. */
        LogEntry: {
            /** @description Request ID of this attempt (normally a UUID). */
            id: string;
            /** @description For a fallback attempt, the ID of the original request of the chain; null for the first attempt. */
            parent_request_id?: string | null;
            /** @description Provider that served (or was serving) the attempt, e.g. `openai`, or a custom provider name. */
            provider: string;
            /** @description Model name as requested, e.g. `gpt-4o-mini`. */
            model: string;
            /** @description Request type. Snake_case on current servers (`chat_completion`, `embedding`, …); dotted on rows written by older servers (`chat.completion`). */
            object: string;
            status: components["schemas"]["LogStatus"];
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
            /** @description End-to-end latency in milliseconds. Absent while the request is in progress. */
            latency?: number | null;
            /** @description Total cost of the request in US dollars (cache lookup included). Absent or null when no cost could be computed or the request has not finished. */
            cost?: number | null;
            /** @description ID of the provider key chosen for the attempt. */
            selected_key_id?: string | null;
            /** @description Display name of the provider key chosen for the attempt. */
            selected_key_name?: string | null;
            /** @description ID of the virtual key used by the caller; null when none was used. */
            virtual_key_id?: string | null;
            /** @description Name of the virtual key used by the caller; null when none was used. */
            virtual_key_name?: string | null;
            /** @description Routing engines that took part in routing the request (`routing-rule`, `governance`, `loadbalancing`). */
            routing_engines_used?: string[] | null;
            /** @description ID of the routing rule that matched; null when none did. */
            routing_rule_id?: string | null;
            /** @description Name of the routing rule that matched; null when none did. */
            routing_rule_name?: string | null;
            /** @description Whether the response was streamed. */
            stream: boolean;
            /** @description Provider request body as sent, when the gateway is configured to keep raw requests; empty or null otherwise, and trimmed from list rows. */
            raw_request?: string | null;
            /** @description Provider response body as received, when the gateway is configured to keep raw responses; empty or null otherwise, and trimmed from list rows. */
            raw_response?: string | null;
            /** @description Placeholder-to-original mappings of reversible redactions, per phase. Only on the single-log endpoint, and only for callers allowed to reveal redacted values. */
            redaction_mapping?: {
                input?: {
                    [key: string]: string;
                };
                output?: {
                    [key: string]: string;
                };
            } | null;
            /** @description Token counts and cost breakdown. Absent or null while in progress or when the provider reported no usage. */
            token_usage?: components["schemas"]["TokenUsage"] | null;
            /** @description The error that ended the request; absent or null unless `status` is `error`. */
            error_details?: components["schemas"]["BifrostError"] | null;
            /** @description Chat messages sent with the request (chat and text requests). */
            input_history?: components["schemas"]["ChatMessage"][] | null;
            /** @description Input items of a Responses API request. */
            responses_input_history?: components["schemas"]["ResponsesItem"][] | null;
            /** @description Assistant message returned for a chat request. */
            output_message?: components["schemas"]["ChatMessage"] | null;
            /** @description Output items of a Responses API request. */
            responses_output?: components["schemas"]["ResponsesItem"][] | null;
            /** @description Embeddings returned. Older servers store one array of numbers per input; newer ones store embedding objects (`{index, object, embedding}`). */
            embedding_output?: (number[] | Record<string, unknown>)[] | null;
            /** @description Model parameters sent with the request (temperature, max tokens, …). */
            params?: Record<string, unknown> | null;
            /** @description Tools offered to the model. */
            tools?: components["schemas"]["Tool"][] | null;
            /** @description Tool calls made by the model (kept for older rows; newer rows carry them inside `output_message`). */
            tool_calls?: components["schemas"]["ToolCall"][] | null;
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
            is_large_payload_request?: boolean;
            /** @description Whether the response body exceeded the large-payload threshold and was stored separately. */
            is_large_payload_response?: boolean;
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
            prompt_tokens_details?: components["schemas"]["PromptTokensDetails"];
            /** @description Output tokens generated. */
            completion_tokens?: number;
            completion_tokens_details?: components["schemas"]["CompletionTokensDetails"];
            /** @description Input plus output tokens. */
            total_tokens?: number;
            cost?: components["schemas"]["CostBreakdown"];
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
        /** @description Error object used both as the body of every error response of this API and as the `error_details` of a failed log row. API errors carry `is_bifrost_error: false`, the HTTP status in `status_code` and the reason in `error.message`. Older servers also send `extra_fields` whose members are empty strings; newer ones omit it on API errors. */
        BifrostError: {
            /** @description Provider event ID, when the provider reported one. */
            event_id?: string;
            /** @description Provider-specific error category, when reported. */
            type?: string;
            /** @description True when the gateway itself produced the error rather than an upstream provider or a request check. */
            is_bifrost_error: boolean;
            /** @description HTTP status code associated with the error (the response status for API errors; the provider's status for a failed log row, when known). */
            status_code?: number;
            error: components["schemas"]["ErrorDetail"];
            extra_fields?: components["schemas"]["ErrorExtraFields"];
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
        /** @description Request context of the error. Older servers always send this object, with empty strings for an API error; both forms are valid. */
        ErrorExtraFields: {
            /**
             * @description Provider of the failed request: a built-in name such as `openai`, a custom provider name, or an empty string.
             * @example openai
             * @example anthropic
             * @example bedrock
             * @example
             */
            provider?: string;
            /** @description Model the caller asked for, or an empty string. */
            model_requested?: string;
            /** @description Request type (e.g. `chat_completion`), or an empty string. */
            request_type?: string;
        };
        /** @description One chat message as recorded from the request or the response. */
        ChatMessage: {
            /** @enum {string} */
            role: "assistant" | "user" | "system" | "tool" | "developer";
            name?: string;
            /** @description Text, or a list of content blocks; null for assistant messages that only call tools. */
            content?: string | components["schemas"]["ChatContentBlock"][] | null;
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
                type?: "reasoning.summary" | "reasoning.encrypted" | "reasoning.text";
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
            tool_calls?: components["schemas"]["ToolCall"][];
        };
        /** @description One block of multi-part chat message content. */
        ChatContentBlock: {
            /** @enum {string} */
            type: "text" | "image_url" | "input_audio" | "file" | "refusal";
            text?: string;
            refusal?: string;
            image_url?: {
                /** @description An http(s) URL or a `data:` URL. */
                url: string;
                /** @enum {string} */
                detail?: "low" | "high" | "auto";
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
            cache_control?: components["schemas"]["CacheControl"];
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
            type: "function" | "custom";
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
                        syntax: "lark" | "regex";
                    };
                };
            };
            cache_control?: components["schemas"]["CacheControl"];
        };
        /** @description Prompt-cache hint attached to a content block or tool. */
        CacheControl: {
            /** @enum {string} */
            type?: "ephemeral";
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
            role?: "assistant" | "user" | "system" | "developer";
            /** @description Text, or a list of content parts. */
            content?: string | components["schemas"]["ResponsesContentPart"][] | null;
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
                type: "summary_text";
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
            cache_control?: components["schemas"]["CacheControl"];
        };
    };
    responses: {
        /** @description `limit` or `offset` is out of range (`limit` must be 1–1000, `offset` at least 0). These are the only query values the list operation rejects; other bad filter values are ignored. */
        ListBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BifrostError"];
            };
        };
        /** @description Authentication is enabled on the gateway and the request carried no valid management key, session token or admin credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BifrostError"];
            };
        };
        /** @description No log record has this ID. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BifrostError"];
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
         * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of `routing-rule`, `governance`, `loadbalancing`.
         * @example routing-rule,loadbalancing
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
         * @description When true, keep only rows for which no cost could be computed (for example a model with no known pricing). Values other than a boolean are ignored.
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
        SortBy: "timestamp" | "latency" | "tokens" | "cost";
        /**
         * @description Sort direction. An unknown value falls back to `desc` without an error.
         * @example desc
         */
        Order: "asc" | "desc";
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
                providers?: components["parameters"]["Providers"];
                /**
                 * @description Comma-separated model names as requested by the caller; matches any of them.
                 * @example gpt-4o-mini,claude-3-5-sonnet-20241022
                 */
                models?: components["parameters"]["Models"];
                /**
                 * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
                 * @example error,cancelled
                 */
                status?: components["parameters"]["Status"];
                /**
                 * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
                 * @example chat_completion,chat_completion_stream
                 */
                objects?: components["parameters"]["Objects"];
                /**
                 * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
                 * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
                 */
                selected_key_ids?: components["parameters"]["SelectedKeyIds"];
                /**
                 * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
                 * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
                 */
                virtual_key_ids?: components["parameters"]["VirtualKeyIds"];
                /**
                 * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
                 * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
                 */
                routing_rule_ids?: components["parameters"]["RoutingRuleIds"];
                /**
                 * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of `routing-rule`, `governance`, `loadbalancing`.
                 * @example routing-rule,loadbalancing
                 */
                routing_engine_used?: components["parameters"]["RoutingEngineUsed"];
                /**
                 * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
                 * @example 2026-11-19T14:00:00Z
                 */
                start_time?: components["parameters"]["StartTime"];
                /**
                 * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
                 * @example 2026-11-20T14:00:00Z
                 */
                end_time?: components["parameters"]["EndTime"];
                /**
                 * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
                 * @example 500
                 */
                min_latency?: components["parameters"]["MinLatency"];
                /**
                 * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
                 * @example 5000
                 */
                max_latency?: components["parameters"]["MaxLatency"];
                /**
                 * @description Lowest total token count to include. Non-integer values are ignored.
                 * @example 100
                 */
                min_tokens?: components["parameters"]["MinTokens"];
                /**
                 * @description Highest total token count to include. Non-integer values are ignored.
                 * @example 8000
                 */
                max_tokens?: components["parameters"]["MaxTokens"];
                /**
                 * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
                 * @example 0.001
                 */
                min_cost?: components["parameters"]["MinCost"];
                /**
                 * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
                 * @example 0.5
                 */
                max_cost?: components["parameters"]["MaxCost"];
                /**
                 * @description When true, keep only rows for which no cost could be computed (for example a model with no known pricing). Values other than a boolean are ignored.
                 * @example true
                 */
                missing_cost_only?: components["parameters"]["MissingCostOnly"];
                /**
                 * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
                 * @example rotate api key
                 */
                content_search?: components["parameters"]["ContentSearch"];
                /**
                 * @description Page size. Values of 0 or less are rejected (400 "limit must be greater than 0") and values above 1000 are rejected, not clamped (400 "limit cannot exceed 1000"). A non-integer value is ignored and the default applies.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of matching rows to skip. Negative values are rejected with 400. A non-integer value is ignored and the default applies.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Sort key: request time, latency, total tokens or cost. An unknown value falls back to `timestamp` without an error.
                 * @example timestamp
                 */
                sort_by?: components["parameters"]["SortBy"];
                /**
                 * @description Sort direction. An unknown value falls back to `desc` without an error.
                 * @example desc
                 */
                order?: components["parameters"]["Order"];
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
                    "application/json": components["schemas"]["LogsListResponse"];
                };
            };
            400: components["responses"]["ListBadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The log store could not run the search. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BifrostError"];
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
                providers?: components["parameters"]["Providers"];
                /**
                 * @description Comma-separated model names as requested by the caller; matches any of them.
                 * @example gpt-4o-mini,claude-3-5-sonnet-20241022
                 */
                models?: components["parameters"]["Models"];
                /**
                 * @description Comma-separated row statuses; matches any of them. Each item is one of `processing`, `success`, `error`, `cancelled`.
                 * @example error,cancelled
                 */
                status?: components["parameters"]["Status"];
                /**
                 * @description Comma-separated request types; matches any of them. Current servers record snake_case types such as `chat_completion`, `chat_completion_stream`, `text_completion`, `responses`, `embedding`, `rerank`, `speech`, `transcription`, `image_generation`, `list_models` or `count_tokens`, and new types appear as the gateway grows. Rows written by older servers carry dotted names (`chat.completion`, `text.completion`), so an item is checked against a lowercase name pattern instead of a closed enum.
                 * @example chat_completion,chat_completion_stream
                 */
                objects?: components["parameters"]["Objects"];
                /**
                 * @description Comma-separated IDs of provider keys chosen for the request; matches any of them.
                 * @example 2b6f0e84-3d1c-4a97-8e25-f7c90b1d4a63
                 */
                selected_key_ids?: components["parameters"]["SelectedKeyIds"];
                /**
                 * @description Comma-separated IDs of virtual keys the requests were made with; matches any of them.
                 * @example 0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20
                 */
                virtual_key_ids?: components["parameters"]["VirtualKeyIds"];
                /**
                 * @description Comma-separated IDs of routing rules that routed the requests; matches any of them.
                 * @example 8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94
                 */
                routing_rule_ids?: components["parameters"]["RoutingRuleIds"];
                /**
                 * @description Comma-separated routing engines; a row matches if any of them took part in routing it. Each item is one of `routing-rule`, `governance`, `loadbalancing`.
                 * @example routing-rule,loadbalancing
                 */
                routing_engine_used?: components["parameters"]["RoutingEngineUsed"];
                /**
                 * @description Lower bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without a lower bound, so validate before sending.
                 * @example 2026-11-19T14:00:00Z
                 */
                start_time?: components["parameters"]["StartTime"];
                /**
                 * @description Upper bound on the request timestamp, RFC 3339 with an explicit offset (`Z` or `±hh:mm`), fractional seconds optional. A value the server cannot parse is silently dropped and the query runs without an upper bound, so validate before sending.
                 * @example 2026-11-20T14:00:00Z
                 */
                end_time?: components["parameters"]["EndTime"];
                /**
                 * @description Lowest latency to include, in milliseconds. Unparseable values are ignored.
                 * @example 500
                 */
                min_latency?: components["parameters"]["MinLatency"];
                /**
                 * @description Highest latency to include, in milliseconds. Unparseable values are ignored.
                 * @example 5000
                 */
                max_latency?: components["parameters"]["MaxLatency"];
                /**
                 * @description Lowest total token count to include. Non-integer values are ignored.
                 * @example 100
                 */
                min_tokens?: components["parameters"]["MinTokens"];
                /**
                 * @description Highest total token count to include. Non-integer values are ignored.
                 * @example 8000
                 */
                max_tokens?: components["parameters"]["MaxTokens"];
                /**
                 * @description Lowest request cost to include, in US dollars. Unparseable values are ignored.
                 * @example 0.001
                 */
                min_cost?: components["parameters"]["MinCost"];
                /**
                 * @description Highest request cost to include, in US dollars. Unparseable values are ignored.
                 * @example 0.5
                 */
                max_cost?: components["parameters"]["MaxCost"];
                /**
                 * @description When true, keep only rows for which no cost could be computed (for example a model with no known pricing). Values other than a boolean are ignored.
                 * @example true
                 */
                missing_cost_only?: components["parameters"]["MissingCostOnly"];
                /**
                 * @description Free-text search over a short content summary stored with each row (a preview of the conversation), not over the raw request or response payloads. Text that appears only deep inside a payload is not found.
                 * @example rotate api key
                 */
                content_search?: components["parameters"]["ContentSearch"];
                /**
                 * @description Newer servers only (older ones ignore it). When true and both `start_time` and `end_time` are given with the end after the start, the response also holds `previous`: the same figures for the preceding window of equal length. Otherwise `has_previous_period` is false and `previous` is absent.
                 * @example true
                 */
                compare_to_previous?: components["parameters"]["CompareToPrevious"];
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
                    "application/json": components["schemas"]["LogStatsResponse"];
                };
            };
            /** @description Not produced by the stats handler of current servers: bad filter values are ignored rather than rejected. Declared because the gateway's shared error path can answer 400; the body then has the usual error shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BifrostError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The log store could not compute the statistics. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BifrostError"];
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
                id: components["parameters"]["LogId"];
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
                    "application/json": components["schemas"]["LogEntry"];
                };
            };
            /** @description The ID path segment was empty. Ordinary clients never hit this, since they always send an ID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BifrostError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The log store could not load the record. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BifrostError"];
                };
            };
        };
    };
}
