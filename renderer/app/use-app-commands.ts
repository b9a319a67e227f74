import { useEffect, useEffectEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { MENU_COMMAND_EVENT, restoreFileRoute, type MenuCommand } from '../../shared/bridge';
import { useApi } from '../api/api-context';
import { useBackUpNow } from '../features/backups/use-back-up-now';
import { isNavRoute, navItems } from './navigation';

/**
 * Commands that work on every screen: Alt+1…9 jump to a section, and the native menu's
 * navigate / new client / back up now / print (Find is the search box's own). `event.code` is
 * used because Alt+digit types other characters on some keyboard layouts (macOS).
 */
export function useAppCommands() {
  const api = useApi();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { backUpNow } = useBackUpNow();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const match = /^Digit([1-9])$/.exec(event.code);
      const item = match ? navItems[Number(match[1]) - 1] : undefined;
      if (!item) return;
      event.preventDefault();
      void navigate(item.to);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  const onMenuCommand = useEffectEvent((command: MenuCommand) => {
    switch (command.command) {
      case 'navigate':
        if (isNavRoute(command.to)) void navigate(command.to);
        break;
      case 'newClient':
        void navigate('/clients/new');
        break;
      case 'backupNow':
        void backUpNow();
        break;
      case 'print':
        // What has a printout: My day, as its one-page sheet; on that sheet, the sheet itself.
        if (pathname === '/tasks') void navigate('/tasks/print');
        else if (pathname === '/tasks/print') window.print();
        break;
      case 'restoreFile':
        void navigate(restoreFileRoute(command.file));
        break;
    }
  });

  useEffect(() => api.onEvent(MENU_COMMAND_EVENT, onMenuCommand), [api]);
}
