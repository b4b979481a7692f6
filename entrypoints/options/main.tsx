import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createOptionsServices } from '../../components/options/services';
import { browserDownload } from '../../components/library/services';
import { LanguageRoot, browserLanguageSource } from '../../components/i18n';
import { DocumentTitle } from '../../components/DocumentTitle';
import { createExampleRepository } from '../../utils/db/repository';
import { openDatabase } from '../../utils/db/schema';
import { loadSettings, watchSettings } from '../../utils/settings';
import { CATEGORIES } from '../../seeds/lexicon';
import '../../components/theme.css';

const services = createOptionsServices({
  browser,
  repo: createExampleRepository(openDatabase()),
  download: browserDownload(document),
});
render(
  <LanguageRoot source={browserLanguageSource({ load: loadSettings, watch: watchSettings })}>
    <DocumentTitle k="options.title" />
    {/* issue 13: pass the corrections list here, e.g. corrections={<CorrectionsList … />}. */}
    <OptionsApp services={services} categories={CATEGORIES.map((c) => c.id)} preferred={navigator.languages} />
  </LanguageRoot>,
  document.getElementById('app')!,
);
