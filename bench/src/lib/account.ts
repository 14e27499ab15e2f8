// What the benchmarks send as Cloudflare credentials and gateway: the local logs server and the
// Prism mock accept any account, gateway and token.
export const accountId = '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13';
export const gatewayId = 'bench-gateway';
export const apiToken = 'bench-token';
