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
import { CorrectionsSection } from '../../components/options/CorrectionsSection';
import { createCorrectionClient } from '../../components/corrections-client';
import '../../components/theme.css';

const services = createOptionsServices({
  browser,
  repo: createExampleRepository(openDatabase()),
  download: browserDownload(document),
  corrections: async () => {
    const r = await createCorrectionClient(browser.runtime).list();
    if (!r.ok) throw new Error(r.error);
    return r.value;
  },
});
render(
  <LanguageRoot source={browserLanguageSource({ load: loadSettings, watch: watchSettings })}>
    <DocumentTitle k="options.title" />
    <OptionsApp
      services={services}
      categories={CATEGORIES.map((c) => c.id)}
      preferred={navigator.languages}
      // The user's corrections of source judgements, through the background (which applies them to open tabs).
      corrections={<CorrectionsSection client={createCorrectionClient(browser.runtime)} />}
    />
  </LanguageRoot>,
  document.getElementById('app')!,
);
