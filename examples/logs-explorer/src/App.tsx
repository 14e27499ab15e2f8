import { useState } from 'react';
import { BifrostView } from './bifrost/BifrostView.tsx';
import { usingEmulators } from './clients.ts';
import { CloudflareView } from './cloudflare/CloudflareView.tsx';

type View = 'cloudflare' | 'bifrost';

const views: { id: View; label: string }[] = [
  { id: 'cloudflare', label: 'Cloudflare AI Gateway' },
  { id: 'bifrost', label: 'Bifrost' },
];

export function App() {
  const [view, setView] = useState<View>('cloudflare');
  return (
    <div className="app">
      <header className="app-header">
        <h1>AI Gateway logs explorer</h1>
        <nav className="tabs" aria-label="API">
          {views.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              className="tab"
              aria-current={view === id ? 'page' : undefined}
              onClick={() => setView(id)}
            >
              {label}
            </button>
          ))}
        </nav>
        {usingEmulators && (
          <span
            className="pill"
            title="Seeded data from the emulators of @ai-gateway/testing: filters, paging and writes work as in the APIs"
          >
            Emulated data
          </span>
        )}
      </header>
      <main className="app-main">
        {view === 'cloudflare' ? <CloudflareView /> : <BifrostView />}
      </main>
    </div>
  );
}
