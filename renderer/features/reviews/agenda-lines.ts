/*
 * An agenda is edited as text, one item per line: the firm's default in Settings and each
 * scheduled review's own. Both forms convert with these, so they treat lines the same way.
 */

/** An agenda as the text to edit: one item per line. */
export function agendaText(items: readonly string[]): string {
  return items.join('\n');
}

/**
 * The agenda as typed, as the list that is kept: lines trimmed, empty ones dropped. `lines` says
 * which line of the text (from 1) each item came from, so a message about an item can name it.
 */
export function agendaOf(text: string): { items: string[]; lines: number[] } {
  const items: string[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const item = line.trim();
    if (item === '') return;
    items.push(item);
    lines.push(index + 1);
  });
  return { items, lines };
}

/**
 * The line of the text an issue is about, when its path names one item of the list under `field`
 * (`agenda.3`, `packets.agendaTemplate.0`); undefined when it is about the list as a whole.
 */
export function agendaLineOf(path: readonly string[], field: string, lines: readonly number[]): number | undefined {
  const at = path.indexOf(field);
  const index = at === -1 ? undefined : path[at + 1];
  return index === undefined || !/^\d+$/.test(index) ? undefined : lines[Number(index)];
}
