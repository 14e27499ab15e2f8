import { compareDocuments, type Difference } from './conformance.ts';
import type { Json } from './specs.ts';

export interface SpecChange {
  breaking: boolean;
  operation: string;
  subject: string;
  /** What changed, in words: `removed operation`, `narrowed enum (removed "cancelled")`, ... */
  description: string;
}

const lowerBounds = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems']);
const upperBounds = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems']);
const absent = '(absent)';

const values = (text: string) => (text === absent ? [] : text.split(' | '));
const isRequestSide = (subject: string) => !subject.startsWith('response.');

function where(subject: string): string {
  const [location] = subject.split('.');
  if (location === 'response') return 'response field';
  if (location === 'body') return 'request body field';
  return `${location} parameter`;
}

/**
 * Whether a bound moved so that fewer values are allowed. An added bound narrows; a removed one
 * widens.
 */
function narrowed(aspect: string, before: string, after: string): boolean {
  if (after === absent) return false;
  if (before === absent) return true;
  const [was, now] = [Number(before), Number(after)];
  return lowerBounds.has(aspect) ? now > was : now < was;
}

function classify(d: Difference): SpecChange {
  // `ours` is the new document, `vendor` the old one.
  const [before, after] = [d.vendor, d.ours];
  const base = { operation: d.operation, subject: d.subject };
  const request = isRequestSide(d.subject);
  switch (d.aspect) {
    case 'operation':
      return after === absent
        ? { ...base, breaking: true, description: 'removed operation' }
        : { ...base, breaking: false, description: 'added operation' };
    case 'present':
      if (after === absent)
        return { ...base, breaking: true, description: `removed ${where(d.subject)}` };
      return {
        ...base,
        breaking: request && after === 'required',
        description: `added ${after === 'required' ? 'required' : 'optional'} ${where(d.subject)}`,
      };
    case 'required':
      return after === absent
        ? { ...base, breaking: false, description: `${where(d.subject)} no longer required` }
        : { ...base, breaking: request, description: `${where(d.subject)} became required` };
    case 'type':
      return { ...base, breaking: true, description: `changed type from ${before} to ${after}` };
    case 'enum': {
      const removed = values(before).filter((v) => !values(after).includes(v));
      const added = values(after).filter((v) => !values(before).includes(v));
      const parts = [
        ...(removed.length ? [`removed ${removed.join(', ')}`] : []),
        ...(added.length ? [`added ${added.join(', ')}`] : []),
      ];
      // Callers break when a value they send disappears, or a value they read appears.
      const breaking = request
        ? removed.length > 0 || before === absent
        : added.length > 0 && before !== absent;
      const kind =
        removed.length && !added.length
          ? 'narrowed'
          : added.length && !removed.length
            ? 'widened'
            : 'changed';
      return { ...base, breaking, description: `${kind} enum (${parts.join('; ')})` };
    }
    case 'pattern':
      return { ...base, breaking: true, description: `changed pattern from ${before} to ${after}` };
    case 'default':
      return {
        ...base,
        breaking: false,
        description: `changed default from ${before} to ${after}`,
      };
    default: {
      if (!lowerBounds.has(d.aspect) && !upperBounds.has(d.aspect)) {
        return {
          ...base,
          breaking: true,
          description: `changed ${d.aspect} from ${before} to ${after}`,
        };
      }
      const tighter = narrowed(d.aspect, before, after);
      // A tighter rule breaks senders; a looser one breaks readers that validate responses.
      return {
        ...base,
        breaking: request ? tighter : !tighter,
        description: `${tighter ? 'narrowed' : 'widened'} ${d.aspect} from ${before} to ${after}`,
      };
    }
  }
}

/** Every change from one version of a spec to the next, each marked breaking or not. */
export function diffSpecs(before: Json, after: Json): SpecChange[] {
  return compareDocuments(after, before).map(classify);
}

export function formatChanges(changes: SpecChange[]): string {
  const section = (title: string, list: SpecChange[]) =>
    list.length === 0
      ? [`${title}: none`]
      : [
          `${title} (${list.length}):`,
          ...list.map(
            (c) => `  ${c.operation}${c.subject ? ` ${c.subject}` : ''}: ${c.description}`,
          ),
        ];
  return [
    ...section(
      'Breaking changes',
      changes.filter((c) => c.breaking),
    ),
    ...section(
      'Non-breaking changes',
      changes.filter((c) => !c.breaking),
    ),
  ].join('\n');
}
