import { useTranslation } from 'react-i18next';
import type { Command } from '../commands/Command';

type Props = { command: Command | undefined; icon?: string; className?: string; pressed?: boolean };

/** A button that runs a command; its label and shortcut come from the command's declaration. */
export function CommandButton({ command, icon, className, pressed }: Props) {
  const { t } = useTranslation();
  if (!command) return null;
  const label = t(command.label);
  const shortcut = command.keys[0];
  return (
    <button
      type="button"
      className={className ?? (icon ? 'icon-button' : undefined)}
      onClick={command.run}
      disabled={command.enabled === false}
      aria-label={icon ? label : undefined}
      aria-keyshortcuts={command.keys.join(' ') || undefined}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      data-command={command.id}
    >
      {icon ? <span aria-hidden="true">{icon}</span> : label}
    </button>
  );
}
