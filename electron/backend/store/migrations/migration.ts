import type { StoreImage } from '../snapshot';

/** One step of the schema. `up` changes the image in place and must not fail on valid data. */
export interface Migration {
  version: number;
  name: string;
  up(image: StoreImage): void;
}
