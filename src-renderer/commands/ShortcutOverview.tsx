import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import type { Command } from './Command';

/** Every command with its shortcut (opened with "?"). */
export function ShortcutOverview({ commands, onClose }: { commands: readonly Command[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} className="shortcuts">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {commands
            .filter((command) => command.keys.length > 0)
            .map((command) => (
              <tr key={command.id}>
                <td>{t(command.label)}</td>
                <td>
                  {command.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ` ${t('shortcuts.or')} `}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </Dialog>
  );
}
