/** Messages by control name (a form field, or a control inside a list such as `decision-3-dueOn` or a column's `5`). */
export type FieldErrors = Partial<Record<string, string>>;

/** An issue that names what it is about: a schema's path (`['decisions', 0, 'dueOn']`) or the backend's (`decisions.0.dueOn`). */
interface Issue {
  path: string | readonly PropertyKey[];
}

/**
 * The one place an issue is put beside the control it is about: `controlOf` names the control for
 * an issue's path (a list maps an index to its row), `describe` words it; the first message for a
 * control wins. Returns the messages by control and the issues that name none, for the whole form.
 */
export function placeIssues<I extends Issue>(
  issues: readonly I[],
  controlOf: (path: readonly string[]) => string | undefined,
  describe: (issue: I, control: string) => string,
): { placed: FieldErrors; unplaced: I[] } {
  const placed: FieldErrors = {};
  const unplaced: I[] = [];
  for (const issue of issues) {
    const control = controlOf(typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String));
    if (control === undefined) unplaced.push(issue);
    else placed[control] ??= describe(issue, control);
  }
  return { placed, unplaced };
}
