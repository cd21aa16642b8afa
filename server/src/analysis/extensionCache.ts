import type { CarrierExtension, EnvelopeExtension } from '../catalog/types';

const NO_EXTENSIONS: readonly never[] = [];

/**
 * A value derived from the table extensions, built once per pair of extension arrays: the
 * workspace hands the same arrays for every file, so each file does not rebuild the tables.
 */
export function extensionCache<T>(
  build: (envelopes: readonly EnvelopeExtension[], carriers: readonly CarrierExtension[]) => T,
): (envelopes?: readonly EnvelopeExtension[], carriers?: readonly CarrierExtension[]) => T {
  const cache = new WeakMap<object, WeakMap<object, T>>();
  return (envelopes, carriers) => {
    const envelopeKey = envelopes?.length ? envelopes : NO_EXTENSIONS;
    const carrierKey = carriers?.length ? carriers : NO_EXTENSIONS;
    let byCarriers = cache.get(envelopeKey);
    if (!byCarriers) cache.set(envelopeKey, (byCarriers = new WeakMap()));
    let value = byCarriers.get(carrierKey);
    if (value === undefined) {
      value = build(envelopeKey, carrierKey);
      byCarriers.set(carrierKey, value);
    }
    return value;
  };
}
