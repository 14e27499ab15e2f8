// Who a seeded request is attributed to: the governance hierarchy (business unit > team) behind
// each virtual key, the users calling with it, and the client app they call from.
import type { VirtualKey } from './catalog.ts';
import type { Draw } from './draw.ts';
import type { ClientInfo } from './store.ts';

export interface Party {
  readonly id: string;
  readonly name: string;
}

interface Attribution {
  readonly team: Party;
  readonly businessUnit: Party;
  readonly customer: Party | undefined;
  readonly users: readonly Party[];
  readonly clients: readonly ClientInfo[];
}

const emea: Party = { id: 'bu-emea', name: 'EMEA' };
const platformUnit: Party = { id: 'bu-platform', name: 'Platform' };

const browser: ClientInfo = {
  userAgent:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  app: 'Other',
};
const claudeCode: ClientInfo = {
  userAgent: 'claude-cli/2.1.168 (external, cli)',
  app: 'Claude Code',
};
const cursor: ClientInfo = { userAgent: 'Cursor/1.7.44', app: 'Cursor' };
const python: ClientInfo = { userAgent: 'OpenAI/Python 1.54.4', app: 'Other' };
const mobile: ClientInfo = { userAgent: 'AcmeMobile/4.2.0 (iOS 18.1; iPhone15,2)', app: 'Other' };

/** By the virtual key's team. */
const byTeam: Readonly<Record<string, Attribution>> = {
  support: {
    team: { id: 'team-support', name: 'Support' },
    businessUnit: emea,
    customer: { id: 'cust-acme', name: 'Acme Cloud' },
    users: [
      { id: 'user-4821', name: 'Dana Whitfield' },
      { id: 'user-5177', name: 'Tomás Ferreira' },
    ],
    clients: [browser],
  },
  platform: {
    team: { id: 'team-platform', name: 'Platform' },
    businessUnit: platformUnit,
    customer: undefined,
    users: [
      { id: 'user-1093', name: 'Priya Raman' },
      { id: 'user-2260', name: 'Jonas Berg' },
      { id: 'user-3318', name: 'Mei Tanaka' },
    ],
    clients: [claudeCode, cursor],
  },
  data: {
    team: { id: 'team-data', name: 'Data' },
    businessUnit: platformUnit,
    customer: undefined,
    users: [{ id: 'user-7702', name: 'Ada Okafor' }],
    clients: [python],
  },
  mobile: {
    team: { id: 'team-mobile', name: 'Mobile' },
    businessUnit: emea,
    customer: { id: 'cust-globex', name: 'Globex' },
    users: [{ id: 'user-6405', name: 'Liam Novak' }],
    clients: [mobile],
  },
};

const nobody = {
  user_id: null,
  user_name: null,
  team_id: null,
  team_name: null,
  customer_id: null,
  customer_name: null,
  business_unit_id: null,
  business_unit_name: null,
};

/** The row fields naming who made a request, and the client it came from. */
export function attribute(draw: Draw, virtualKey: VirtualKey | undefined) {
  const found = virtualKey && byTeam[virtualKey.team];
  if (!found) return { fields: nobody, client: draw.chance(0.5) ? python : undefined };
  const user = draw.pick(found.users);
  return {
    fields: {
      user_id: user.id,
      user_name: user.name,
      team_id: found.team.id,
      team_name: found.team.name,
      customer_id: found.customer?.id ?? null,
      customer_name: found.customer?.name ?? null,
      business_unit_id: found.businessUnit.id,
      business_unit_name: found.businessUnit.name,
    },
    client: draw.pick(found.clients),
  };
}
