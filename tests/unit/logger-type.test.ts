import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every declaration of a type named `Logger` under `folder`, as `file` paths relative to the repository. */
function loggerTypesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => {
      const text = readFileSync(path.join(folder, file), 'utf8');
      // Parsed only where the words appear: parsing every file would take seconds.
      if (!/\b(interface|type)\s+Logger\b/.test(text)) return false;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
      return source.statements.some(
        (statement) => (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === 'Logger',
      );
    })
    .map((file) => path.join(path.basename(folder), file));
}

describe('the Logger type', () => {
  it('is declared once, in the backend, for the backend and both hosts', () => {
    expect([...loggerTypesUnder('electron'), ...loggerTypesUnder('shared')]).toEqual([path.join('electron', 'backend', 'logger.ts')]);
  });
});
