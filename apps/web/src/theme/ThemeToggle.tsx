import { Moon, Sun } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../ui/IconButton';
import { useThemeContext } from './ThemeContext';

export function ThemeToggle() {
  const { t } = useTranslation();
  const { theme, toggle } = useThemeContext();
  return (
    <IconButton label={theme === 'dark' ? t('theme.toLight') : t('theme.toDark')} onClick={toggle}>
      {theme === 'dark' ? <Sun /> : <Moon />}
    </IconButton>
  );
}
