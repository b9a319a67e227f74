import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { foldForSearch, searchWords, wordsFit } from '../../../shared/domain/matching';
import { navItems } from '../../app/navigation';
import { useOpenQuickAdd } from '../tasks';

/** A screen to go to or an action to start, offered in the search box. */
export interface JumpCommand {
  id: string;
  label: string;
  kind: 'screen' | 'action';
  run: () => void;
  /** The label and the navigation's name for it, folded: what typing is compared with. */
  folded: string;
}

/**
 * Every screen of the navigation, and "New client", "New task" and "Import clients", matched
 * against what is typed like client names are (any word order, no accents). All of them when
 * nothing is typed, so the box is also a way to move around with the keyboard alone.
 */
export function useJumpCommands(text: string): JumpCommand[] {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openQuickAdd = useOpenQuickAdd();

  const commands = useMemo(() => {
    const command = (id: string, label: string, kind: JumpCommand['kind'], run: () => void, alias = ''): JumpCommand => ({
      id,
      label,
      kind,
      run,
      folded: foldForSearch(`${label} ${alias}`),
    });
    const screens = navItems.map((item) =>
      command(item.key, t(`search.command.${item.key}`), 'screen', () => void navigate(item.to), t(`nav.${item.key}`)),
    );
    const actions = [
      command('newClient', t('search.command.newClient'), 'action', () => void navigate('/clients/new')),
      ...(openQuickAdd ? [command('newTask', t('search.command.newTask'), 'action', openQuickAdd)] : []),
      command('import', t('search.command.import'), 'screen', () => void navigate('/import')),
    ];
    return [...screens, ...actions];
  }, [t, navigate, openQuickAdd]);

  return useMemo(() => {
    const words = searchWords(text);
    if (words.length === 0) return commands;
    return commands.filter((command) => wordsFit(words, command.folded) > 0);
  }, [commands, text]);
}
