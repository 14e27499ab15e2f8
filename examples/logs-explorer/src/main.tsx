import { BifrostProvider } from '@ai-gateway/react/bifrost';
import { CloudflareProvider } from '@ai-gateway/react/cloudflare';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { bifrost, cloudflare } from './clients.ts';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // The clients already retry idempotent requests (connection errors, 429, 5xx); a second
    // layer of retries here would only multiply the wait before an error shows.
    queries: { retry: false, staleTime: 30_000 },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <CloudflareProvider client={cloudflare}>
        <BifrostProvider client={bifrost}>
          <App />
        </BifrostProvider>
      </CloudflareProvider>
    </QueryClientProvider>
  </StrictMode>,
);
