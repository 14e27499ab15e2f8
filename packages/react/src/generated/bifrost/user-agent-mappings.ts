// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/bifrost';
import {
  type SkipToken,
  type UseMutationResult,
  type UseQueryResult,
  type UseSuspenseQueryResult,
} from '@tanstack/react-query';
import {
  type CallOptions,
  type ClientError,
  type MutationHookOptions,
  type QueryHookOptions,
  type ReadOperation,
  readQueryOptions,
  type SuspenseQueryHookOptions,
  useInvalidatingMutation,
  useReadQuery,
  useSuspenseReadQuery,
  type WriteOperation,
} from '../../runtime/index.js';
import { useBifrostClient } from './context.js';
import { invalidations } from './invalidation.js';
import { keySpecs } from './keys.js';

// listUserAgentMappings: List user-agent mappings — `GET /api/logs/user-agent-mappings`

const listUserAgentMappings: ReadOperation<
  Api.BifrostClient,
  Record<string, never> | undefined,
  Api.ListUserAgentMappingsResult
> = {
  api: 'bifrost',
  key: keySpecs.listUserAgentMappings,
  fetch: (client, _params, options) => client.userAgentMappings.list(options),
};

/** Query options of listUserAgentMappings, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const userAgentMappingsQueryOptions = (
  client: Api.BifrostClient,
  params?: Record<string, never> | SkipToken,
  request?: CallOptions,
) => readQueryOptions(listUserAgentMappings, client, params, request);

/** List user-agent mappings — `GET /api/logs/user-agent-mappings` */
export function useUserAgentMappings<TData = Api.ListUserAgentMappingsResult>(
  params?: Record<string, never> | SkipToken,
  options?: QueryHookOptions<Api.ListUserAgentMappingsResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    userAgentMappingsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** List user-agent mappings — `GET /api/logs/user-agent-mappings` — suspends until the data is there. */
export function useSuspenseUserAgentMappings<TData = Api.ListUserAgentMappingsResult>(
  params?: Record<string, never>,
  options?: SuspenseQueryHookOptions<Api.ListUserAgentMappingsResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    userAgentMappingsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// createUserAgentMapping: Create a user-agent mapping — `POST /api/logs/user-agent-mappings`

export interface CreateUserAgentMappingVariables {
  body: Api.CreateUserAgentMappingBody;
}

const createUserAgentMapping: WriteOperation<
  Api.BifrostClient,
  CreateUserAgentMappingVariables,
  Api.CreateUserAgentMappingResult
> = {
  api: 'bifrost',
  keySpecs,
  invalidates: invalidations.createUserAgentMapping,
  send: (client, variables, options) => client.userAgentMappings.create(variables.body, options),
};

/**
 * Create a user-agent mapping — `POST /api/logs/user-agent-mappings`
 *
 * On success it invalidates listUserAgentMappings().
 */
export function useCreateUserAgentMapping<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateUserAgentMappingResult,
    CreateUserAgentMappingVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateUserAgentMappingResult,
  ClientError,
  CreateUserAgentMappingVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createUserAgentMapping, useBifrostClient(), options);
}

// updateUserAgentMapping: Replace a user-agent mapping — `PUT /api/logs/user-agent-mappings/{id}`

export interface UpdateUserAgentMappingVariables {
  params: Api.UpdateUserAgentMappingParams;
  body: Api.UpdateUserAgentMappingBody;
}

const updateUserAgentMapping: WriteOperation<
  Api.BifrostClient,
  UpdateUserAgentMappingVariables,
  Api.UpdateUserAgentMappingResult
> = {
  api: 'bifrost',
  keySpecs,
  invalidates: invalidations.updateUserAgentMapping,
  send: (client, variables, options) =>
    client.userAgentMappings.update(variables.params, variables.body, options),
};

/**
 * Replace a user-agent mapping — `PUT /api/logs/user-agent-mappings/{id}`
 *
 * On success it invalidates listUserAgentMappings().
 */
export function useUpdateUserAgentMapping<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.UpdateUserAgentMappingResult,
    UpdateUserAgentMappingVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.UpdateUserAgentMappingResult,
  ClientError,
  UpdateUserAgentMappingVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(updateUserAgentMapping, useBifrostClient(), options);
}

// deleteUserAgentMapping: Delete a user-agent mapping — `DELETE /api/logs/user-agent-mappings/{id}`

export interface DeleteUserAgentMappingVariables {
  params: Api.DeleteUserAgentMappingParams;
}

const deleteUserAgentMapping: WriteOperation<
  Api.BifrostClient,
  DeleteUserAgentMappingVariables,
  Api.DeleteUserAgentMappingResult
> = {
  api: 'bifrost',
  keySpecs,
  invalidates: invalidations.deleteUserAgentMapping,
  send: (client, variables, options) => client.userAgentMappings.delete(variables.params, options),
};

/**
 * Delete a user-agent mapping — `DELETE /api/logs/user-agent-mappings/{id}`
 *
 * On success it invalidates listUserAgentMappings().
 */
export function useDeleteUserAgentMapping<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteUserAgentMappingResult,
    DeleteUserAgentMappingVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteUserAgentMappingResult,
  ClientError,
  DeleteUserAgentMappingVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteUserAgentMapping, useBifrostClient(), options);
}
