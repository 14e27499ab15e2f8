/** Each dotted path split once: the few an API's descriptors name are read on every answer. */
const dottedKeys = new Map<string, readonly string[]>();

/** Reads `a.b.c` from a value; '' returns the value itself. */
export function valueAt(value: unknown, dottedPath: string): unknown {
  if (dottedPath === '') return value;
  let keys = dottedKeys.get(dottedPath);
  if (!keys) {
    keys = dottedPath.split('.');
    dottedKeys.set(dottedPath, keys);
  }
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Headers whose values are credentials wherever they are set: the client's or a call's. */
const credentialHeaders = [
  'authorization',
  'proxy-authorization',
  'cf-aig-authorization',
  'x-auth-key',
  'x-api-key',
  'cookie',
];

/**
 * The secrets in `headers`: each credential header's value, and the token after its scheme
 * (`Bearer abc` → `abc` too, so a server quoting the token alone is redacted as well).
 */
export function headerSecrets(
  headers: Readonly<Record<string, string>> | undefined,
  marked: readonly string[] = [],
): string[] {
  const names = [...credentialHeaders, ...marked.map((name) => name.toLowerCase())];
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!names.includes(name.toLowerCase()) || typeof value !== 'string') continue;
    // The token first: then a quoted header reads `Bearer [redacted]`, keeping the scheme.
    const token = /^\s*\S+\s+(\S.*)$/.exec(value)?.[1];
    // A Basic credential is `user:pass` in base64: a server may quote the pair, or the password.
    const pair = token && /^\s*basic\s/i.test(value) ? decodeBase64(token.trim()) : undefined;
    if (pair?.includes(':')) secrets.push(pair, pair.slice(pair.indexOf(':') + 1));
    if (token) secrets.push(token);
    secrets.push(value);
  }
  return secrets;
}

function decodeBase64(text: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/**
 * Each secret, and each as a server may quote it base64-encoded (without its padding, so that
 * an encoding padded differently is caught too), in the order given.
 */
export function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    forms.add(secret);
    const bytes = new TextEncoder().encode(secret);
    forms.add(btoa(String.fromCharCode(...bytes)).replace(/=+$/, ''));
  }
  return [...forms];
}

/** Replaces every occurrence of each secret with a placeholder. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets)
    if (secret.length >= 4) result = result.replaceAll(secret, '[redacted]');
  return result;
}

/** `redact` applied to every string inside a parsed JSON value, object keys included. */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key, secrets), redactDeep(item, secrets)]),
    );
  }
  return value;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
