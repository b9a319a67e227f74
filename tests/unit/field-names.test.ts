// A refusal of input names each field by `messages.fields` (renderer/components/describe-error.ts):
// every key of every channel's input schema has a name there in English and in Hindi, so no reader
// sees a field's id instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { englishMessages } from '../../shared/messages-en';

/** The parts of a zod schema's definition that hold other schemas. */
interface Definition {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  options?: Schema[];
  left?: Schema;
  right?: Schema;
  valueType?: Schema;
  items?: Schema[];
  getter?: () => Schema;
}
interface Schema {
  _zod: { def: Definition };
}

/** Every object key in `schema`, however deep: inside lists, unions, defaults and transforms too. */
function fieldIds(schema: Schema, ids = new Set<string>(), seen = new Set<Schema>()): Set<string> {
  if (seen.has(schema)) return ids;
  seen.add(schema);
  const def = schema._zod.def;
  for (const [id, inner] of Object.entries(def.shape ?? {})) {
    ids.add(id);
    fieldIds(inner, ids, seen);
  }
  const inners = [def.innerType, def.in, def.out, def.element, def.left, def.right, def.valueType, def.getter?.()];
  for (const inner of [...inners, ...(def.options ?? []), ...(def.items ?? [])]) if (inner) fieldIds(inner, ids, seen);
  return ids;
}

const hindiMessages = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../renderer/i18n/hi-messages.json'), 'utf8')) as {
  fields: Record<string, string>;
};
const englishNames: Record<string, string> = englishMessages.fields;

describe('the names of the fields a request has', () => {
  const ids = new Set(Object.values(contract).flatMap(({ input }) => [...fieldIds(input as unknown as Schema)]));

  it('are found for keys nested in lists, unions and defaults', () => {
    // clients:create's address.postalCode (nullable, with a default), reviews:record's decisions.0.makeTask (a list's item),
    // settings:update's health.bands.green (a partial object's), app:boot's clientsFrom (inside a default).
    for (const nested of ['postalCode', 'makeTask', 'green', 'clientsFrom']) expect(ids).toContain(nested);
    expect(ids.size).toBeGreaterThan(150);
  });

  it('are written in English and in Hindi for every key of every channel’s input', () => {
    const unnamed = [...ids].filter((id) => !englishNames[id]?.trim() || !hindiMessages.fields[id]?.trim()).sort();
    expect(unnamed).toEqual([]);
  });
});
