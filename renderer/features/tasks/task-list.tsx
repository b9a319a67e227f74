import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskRow } from '../../../shared/model';
import { TaskBadges } from './task-badges';
import { useTaskFormat } from './task-format';
import type { TaskSelection } from './use-task-selection';
import type { TaskSteps } from './use-task-steps';

export interface TaskGroup {
  key: string;
  title: string;
  rows: TaskRow[];
  /** Said when the group has no tasks. */
  empty: string;
  /** Due dates in this group have passed. */
  overdue?: boolean;
}

interface Item {
  /** Unique across groups: a task may be listed in two of them (overdue and waiting). */
  key: string;
  row: TaskRow;
}

interface Props {
  groups: TaskGroup[];
  selection: TaskSelection;
  steps: TaskSteps;
  /** False when nobody is chosen at the workstation: tasks can be read but not changed. */
  canChange: boolean;
  showAssignee: boolean;
  editingKey: string | null;
  onEdit: (key: string | null) => void;
  renderEditor: (row: TaskRow) => ReactNode;
}

/**
 * Tasks in groups, as one keyboard list: ↑/↓ (Home/End) move, X or Space ticks the task off,
 * S skips a repeating one, Enter opens it, Shift+↑/↓ selects, U undoes the last tick, Escape
 * clears the selection. Only the focused task's own controls are in the Tab order.
 */
export function TaskList({ groups, selection, steps, canChange, showAssignee, editingKey, onEdit, renderEditor }: Props) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const items: Item[] = groups.flatMap((group) => group.rows.map((row) => ({ key: `${group.key}/${row.task.id}`, row })));
  const keys = items.map((item) => item.key);
  /** The focused task, and where it was, so focus can stay in place when it leaves the list. */
  const [active, setActive] = useState<{ key: string; index: number } | null>(null);
  const activeIndex = active === null ? 0 : keys.includes(active.key) ? keys.indexOf(active.key) : Math.min(active.index, keys.length - 1);
  const activeKey = keys[activeIndex] ?? null;
  const rowEls = useRef(new Map<string, HTMLLIElement>());
  /** Set when a keystroke may remove the focused task (ticked off): focus then moves to the one in its place. */
  const keepFocus = useRef(false);

  useLayoutEffect(() => {
    if (!keepFocus.current || activeKey === null) return;
    const focused = document.activeElement;
    const el = rowEls.current.get(activeKey);
    if (!el || focused === el) return;
    keepFocus.current = false;
    // Only take focus back if it was lost with the removed task, not if the person moved on.
    if (focused === null || focused === document.body) el.focus();
  });

  const isFinished = (row: TaskRow) => steps.finishedIds.has(row.task.id) || row.task.status === 'done';
  /** The round box and X do the same: tick off, or take back a tick. */
  const toggleDone = (row: TaskRow) => (isFinished(row) ? steps.reopen(row.task.id) : steps.complete(row));

  const focusItem = (index: number) => {
    const key = keys[index];
    if (key === undefined) return;
    setActive({ key, index });
    rowEls.current.get(key)?.focus();
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number, row: TaskRow) => {
    // Keys typed into the row's controls (or the editor) are theirs.
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(index + 1, keys.length - 1),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: keys.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const next = items[target];
      if (event.shiftKey && next) selection.extend(row.task.id, next.row.task.id);
      focusItem(target);
      return;
    }
    const key = event.key.toLowerCase();
    if ((key === 'x' || key === ' ') && canChange) {
      event.preventDefault();
      keepFocus.current = true;
      toggleDone(row);
    } else if (key === 's' && canChange && row.task.recurrence) {
      event.preventDefault();
      keepFocus.current = true;
      steps.skip(row);
    } else if (key === 'enter') {
      event.preventDefault();
      onEdit(items[index]?.key ?? null);
    } else if (key === 'u' && steps.notice) {
      event.preventDefault();
      steps.undo();
    } else if (key === 'escape' && selection.selectedIds.length > 0) {
      event.preventDefault();
      selection.clear();
    }
  };

  // When the editor closes, focus (lost with it) goes back to its task, so the keyboard carries on from there.
  const lastEditingKey = useRef(editingKey);
  useEffect(() => {
    const closed = lastEditingKey.current;
    lastEditingKey.current = editingKey;
    if (closed === null || editingKey !== null) return;
    if (document.activeElement === null || document.activeElement === document.body) rowEls.current.get(closed)?.focus();
  }, [editingKey]);

  const indexOf = new Map(keys.map((key, index) => [key, index]));
  return (
    <div className="task-groups">
      {canChange && <p className="task-keys">{t('tasks.list.keys')}</p>}
      {groups.map((group) => {
        const headingId = `${idPrefix}-${group.key}`;
        return (
          <section key={group.key} className="task-group" aria-labelledby={headingId}>
            <h2
              id={headingId}
              className={`task-group__title${group.overdue && group.rows.length > 0 ? ' task-group__title--overdue' : ''}`}
            >
              {group.title}
              <span className="task-group__count">{t('tasks.list.count', { count: group.rows.length })}</span>
            </h2>
            {group.rows.length === 0 ? (
              <p className="task-group__empty">{group.empty}</p>
            ) : (
              <ul className="task-list" aria-labelledby={headingId}>
                {group.rows.map((row) => {
                  const key = `${group.key}/${row.task.id}`;
                  const itemIndex = indexOf.get(key) ?? 0;
                  const editing = key === editingKey;
                  return (
                    <TaskListRow
                      key={key}
                      row={row}
                      focusable={key === activeKey}
                      overdue={group.overdue === true}
                      selected={selection.checked.has(row.task.id)}
                      finished={isFinished(row)}
                      canChange={canChange}
                      showAssignee={showAssignee}
                      editor={editing ? renderEditor(row) : null}
                      rowRef={(el) => {
                        if (el) rowEls.current.set(key, el);
                        else rowEls.current.delete(key);
                      }}
                      onFocus={() => setActive({ key, index: itemIndex })}
                      onKeyDown={(event) => onRowKeyDown(event, itemIndex, row)}
                      onSelect={(extend) => selection.toggle(row.task.id, extend)}
                      onToggleDone={() => toggleDone(row)}
                      onSkip={() => steps.skip(row)}
                      onEdit={() => onEdit(editing ? null : key)}
                    />
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

interface RowProps {
  row: TaskRow;
  focusable: boolean;
  overdue: boolean;
  selected: boolean;
  finished: boolean;
  canChange: boolean;
  showAssignee: boolean;
  editor: ReactNode;
  rowRef: (el: HTMLLIElement | null) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onSelect: (extend: boolean) => void;
  onToggleDone: () => void;
  onSkip: () => void;
  onEdit: () => void;
}

function TaskListRow({
  row,
  focusable,
  overdue,
  selected,
  finished,
  canChange,
  showAssignee,
  editor,
  rowRef,
  onFocus,
  onKeyDown,
  onSelect,
  onToggleDone,
  onSkip,
  onEdit,
}: RowProps) {
  const { t } = useTranslation();
  const format = useTaskFormat();
  const { task } = row;
  const tabIndex = focusable ? 0 : -1;
  const checklistDone = task.checklist.filter((item) => item.done).length;
  const className = ['task-row', finished ? 'is-done' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ');
  return (
    <>
      <li
        ref={rowRef}
        className={className}
        tabIndex={tabIndex}
        aria-keyshortcuts={canChange ? 'X Space S Enter U' : 'Enter'}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
      >
        <input
          type="checkbox"
          className="checkbox task-row__select"
          tabIndex={tabIndex}
          checked={selected}
          aria-label={t('tasks.row.select', { title: task.title })}
          onChange={() => undefined}
          onClick={(event) => onSelect(event.shiftKey)}
        />
        <input
          type="checkbox"
          className="task-row__done"
          tabIndex={tabIndex}
          checked={finished}
          disabled={!canChange}
          aria-label={t('tasks.row.done', { title: task.title })}
          onChange={onToggleDone}
        />
        <div className="task-row__main">
          <button type="button" className="task-row__title" tabIndex={tabIndex} aria-expanded={editor !== null} onClick={onEdit}>
            {task.title}
          </button>
          <span className="task-row__context">
            {task.clientId && row.clientName ? (
              <Link to={`/clients/${task.clientId}`} tabIndex={tabIndex}>
                {row.clientName}
              </Link>
            ) : (
              <span className="text-muted">{t('tasks.row.noClient')}</span>
            )}
            {showAssignee && <span>{t('tasks.row.assignee', { name: row.assigneeName })}</span>}
            {task.checklist.length > 0 && <span>{t('tasks.row.checklist', { done: checklistDone, total: task.checklist.length })}</span>}
          </span>
        </div>
        <TaskBadges row={row} />
        <span className={`task-row__due${overdue && !finished ? ' task-row__due--overdue' : ''}`}>
          {task.dueOn ? <time dateTime={task.dueOn}>{format.due(task)}</time> : <span className="text-muted">{format.due(task)}</span>}
        </span>
        <span className="task-row__actions">
          {task.recurrence && !finished && canChange && (
            <button
              type="button"
              className="button button--ghost button--small"
              tabIndex={tabIndex}
              aria-label={t('tasks.row.skipNamed', { title: task.title })}
              onClick={onSkip}
            >
              {t('tasks.row.skip')}
            </button>
          )}
        </span>
      </li>
      {editor && <li className="task-row__editor">{editor}</li>}
    </>
  );
}
