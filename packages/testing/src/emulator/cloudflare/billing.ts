// Unified Billing: credits bought with top-ups (manual, or automatic below a threshold) and spent by
// metered usage, the invoices of the top-ups, and an account-wide spending limit. Amounts are US
// cents throughout. A payment completes at once: the emulator has no card to wait for.
import type { components } from '@ai-gateway/validators/cloudflare';
import type { CloudflareOperationId } from '../../generated/emulator/cloudflare.ts';
import type { OperationHandler } from '../core/types.ts';
import { billingNotFound, billingRefused } from './errors.ts';
import { newHexId } from './ids.ts';
import { hourMs } from './seed-draw.ts';
import type { BillingAccount, CloudflareStore, Invoice } from './store.ts';

type Schemas = components['schemas'];

/** The largest single top-up; the smallest is the spec's `TopupCreate.amount` minimum. */
export const topupLimits: Schemas['TopupLimits'] = {
  min_cents: 1000,
  max_cents: 500_000,
  currency: 'USD',
};
/** Invoice history answers at most this many, newest first. */
const invoicePageSize = 20;

/** An account that has never bought credits. */
export const emptyBillingAccount = (): BillingAccount => ({
  balance: 0,
  paymentMethod: null,
  firstTopupSuccess: false,
  topupConfig: null,
  spendingLimit: null,
  invoices: [],
  topups: new Map(),
  usage: [],
});

/** The v4 envelope every billing answer comes in. */
const envelope = (result: unknown) => ({ result, success: true, errors: [], messages: [] });

/** A Stripe-style invoice id (`in_` and 24 letters and digits), from the store's id source. */
export const newInvoiceId = (store: CloudflareStore) => `in_${newHexId(store).slice(0, 24)}`;

const cents = (value: number) => Math.round(value * 100) / 100;

/** Records a paid top-up: its invoice, its payment, and the credits it adds. */
export function recordTopup(
  store: CloudflareStore,
  amount: number,
  origin: 'manual' | 'auto',
  time: number,
): Invoice {
  const billing = store.billing;
  const invoice: Invoice = {
    id: newInvoiceId(store),
    amount_due: amount,
    amount_paid: amount,
    amount_remaining: 0,
    currency: 'usd',
    status: 'paid',
    attempted: true,
    attempt_count: 1,
    auto_advance: false,
    created: Math.floor(time / 1000),
    created_by: origin === 'auto' ? 'auto_topup' : 'user',
    description: origin === 'auto' ? 'AI Gateway credits (auto top-up)' : 'AI Gateway credits',
    invoice_origin: origin,
    invoice_pdf: null,
  };
  billing.invoices.push(invoice);
  billing.topups.set(invoice.id as string, {
    id: invoice.id as string,
    amount,
    status: 'completed',
  });
  billing.balance = cents(billing.balance + amount);
  if (origin === 'manual') billing.firstTopupSuccess = true;
  return invoice;
}

function topupConfigOf(billing: BillingAccount): Schemas['TopupConfig'] {
  return {
    threshold: billing.topupConfig?.threshold ?? null,
    amount: billing.topupConfig?.amount ?? null,
    error: null,
    disabledReason: null,
    lastFailedAt: null,
  };
}

/** The start of the UTC month a time falls in, and of the next one. */
function monthOf(time: number): { start: number; end: number } {
  const date = new Date(time);
  return {
    start: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1),
    end: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1),
  };
}

function requirePaymentMethod(billing: BillingAccount): void {
  if (!billing.paymentMethod) throw billingRefused('No default payment method on the account');
}

export const billingHandlers = {
  getCreditBalance({ store }) {
    const billing = store.billing;
    return {
      body: envelope({
        balance: billing.balance,
        has_default_payment_method: billing.paymentMethod !== null,
        payment_method: billing.paymentMethod,
        first_topup_success: billing.firstTopupSuccess,
        topup_config: topupConfigOf(billing),
      }),
    };
  },

  getInvoiceHistory({ store, query }) {
    const type = query.type ?? 'all';
    const matching = [...store.billing.invoices]
      .reverse()
      .filter((invoice) => type === 'all' || invoice.invoice_origin === type);
    return {
      body: envelope({
        invoices: matching.slice(0, invoicePageSize),
        pagination: {
          has_more: matching.length > invoicePageSize,
          page: 1,
          per_page: invoicePageSize,
          total_count: matching.length,
        },
      }),
    };
  },

  getInvoicePreview({ store, clock }) {
    // This month's usage so far, all of it paid from credits (top-ups are invoiced on their own).
    const { start, end } = monthOf(clock.now().getTime());
    const used = cents(
      store.billing.usage
        .filter((entry) => entry.time >= start && entry.time < end)
        .reduce((sum, entry) => sum + entry.cents, 0),
    );
    const period = { start: start / 1000, end: end / 1000 };
    return {
      body: envelope({
        id: `upcoming_${store.accountId.slice(0, 12)}`,
        amount_due: 0,
        amount_paid: 0,
        amount_remaining: 0,
        currency: 'usd',
        period_start: period.start,
        period_end: period.end,
        status: 'draft',
        invoice_lines: [
          {
            description: 'AI Gateway Unified Billing usage',
            amount: used,
            currency: 'usd',
            quantity: 1,
            period,
            pricing: { unit_amount_decimal: String(used) },
            pretax_credit_amounts: [{ amount: used, type: 'credit_balance_transaction' }],
          },
        ],
      }),
    };
  },

  getUsageHistory({ store, query, clock }) {
    const window = query.value_grouping_window === 'hour' ? hourMs : 24 * hourMs;
    const now = clock.now().getTime();
    const from = typeof query.start_time === 'number' ? query.start_time : now - 30 * 24 * hourMs;
    const to = typeof query.end_time === 'number' ? query.end_time : now;
    if (from > to) throw billingRefused('start_time must not be after end_time');
    // One summary per window that saw usage, oldest first; UTC days and hours.
    const sums = new Map<number, number>();
    for (const entry of store.billing.usage) {
      if (entry.time < from || entry.time >= to) continue;
      const start = entry.time - (entry.time % window);
      sums.set(start, (sums.get(start) ?? 0) + entry.cents);
    }
    const history = [...sums.entries()]
      .sort(([a], [b]) => a - b)
      .map(([start, total]) => ({
        id: `${store.accountId}-${start}`,
        start_time: start,
        end_time: start + window,
        aggregated_value: cents(total),
      }));
    return { body: envelope({ history }) };
  },

  getSpendingLimit({ store }) {
    const limit = store.billing.spendingLimit;
    return {
      body: envelope({
        enabled: limit !== null,
        config: {
          amount: limit?.amount ?? null,
          duration: limit?.duration ?? null,
          strategy: limit?.strategy ?? null,
        },
      }),
    };
  },

  setSpendingLimit({ store, body }) {
    if (!store.billing.firstTopupSuccess)
      throw billingRefused('A spending limit needs one completed manual top-up first');
    store.billing.spendingLimit = structuredClone(body as Schemas['SpendingLimitSet']);
    return { status: 201, body: envelope({}) };
  },

  deleteSpendingLimit({ store }) {
    store.billing.spendingLimit = null;
    return { body: envelope({}) };
  },

  createTopup({ store, body, clock }) {
    const { amount } = body as Schemas['TopupCreate'];
    requirePaymentMethod(store.billing);
    if (amount > topupLimits.max_cents)
      throw billingRefused(`A top-up is at most ${topupLimits.max_cents} cents`);
    const onboarding = store.billing.firstTopupSuccess;
    const invoice = recordTopup(store, amount, 'manual', clock.now().getTime());
    const card = store.billing.paymentMethod;
    return {
      body: envelope({
        onboarding,
        payment_intent_id: invoice.id,
        client_secret: null,
        ...(card ? { brand: card.brand, last4: card.last4 } : {}),
      }),
    };
  },

  getTopupConfig({ store }) {
    return { body: envelope(topupConfigOf(store.billing)) };
  },

  setTopupConfig({ store, body, clock }) {
    const settings = body as Schemas['TopupConfigCreate'];
    requirePaymentMethod(store.billing);
    store.billing.topupConfig = { threshold: settings.threshold, amount: settings.amount };
    // A balance already below the new threshold is topped up at once.
    if (store.billing.balance < settings.threshold)
      recordTopup(store, settings.amount, 'auto', clock.now().getTime());
    return { body: envelope({ threshold: settings.threshold, amount: settings.amount }) };
  },

  deleteTopupConfig({ store }) {
    store.billing.topupConfig = null;
    return { body: envelope({}) };
  },

  getTopupLimits() {
    return { body: envelope(topupLimits) };
  },

  checkTopupStatus({ store, body }) {
    const { payment_intent_id } = body as Schemas['TopupStatusCheck'];
    const topup = store.billing.topups.get(payment_intent_id);
    if (!topup) throw billingNotFound('Top-up not found');
    return { body: envelope({ payment_intent_id: topup.id, status: topup.status }) };
  },
} satisfies Partial<Record<CloudflareOperationId, OperationHandler<CloudflareStore>>>;
