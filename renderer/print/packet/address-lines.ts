import type { Address } from '../../../shared/model';

/**
 * An address as the lines of an envelope: street lines, then city, region and postal code on one
 * line ("Springfield, IL 62704"), then the country. Blank parts are left out.
 */
export function addressLines(address: Address): string[] {
  const regionLine = [address.region, address.postalCode].filter(Boolean).join(' ');
  const cityLine = [address.city, regionLine].filter(Boolean).join(', ');
  return [address.line1, address.line2, cityLine, address.country].map((line) => line.trim()).filter(Boolean);
}
