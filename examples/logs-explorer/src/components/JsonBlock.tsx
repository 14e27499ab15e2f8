/** A stored payload, pretty-printed; payloads are any JSON value, strings included. */
export function JsonBlock({ value }: { value: unknown }) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return <pre className="json">{text}</pre>;
}
