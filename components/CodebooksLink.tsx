/** A link to the codebook editor, for the library's and the settings page's headers. */
import { useI18n } from './i18n';

export function CodebooksLink({ href = '/codebook.html' }: { href?: string }) {
  const { t } = useI18n();
  return (
    <a class="button button--link" href={href}>
      {t('cb.link')}
    </a>
  );
}
