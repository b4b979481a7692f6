/** Keeps the tab's title in the interface language. */
import { useEffect } from 'preact/hooks';
import { useI18n } from './i18n';
import type { PageKey } from '../utils/i18n/index';

export function DocumentTitle({ k }: { k: PageKey & ('options.title' | 'library.title' | 'app.name') }) {
  const { t } = useI18n();
  const title = t(k);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
