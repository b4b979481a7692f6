import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryApp } from '../../components/library/LibraryApp';
import { browserDownload, createLibraryServices } from '../../components/library/services';
import { createExampleRepository } from '../../utils/db/repository';
import { openDatabase } from '../../utils/db/schema';
import { requestPersistence } from '../../utils/persist';
import '../../components/theme.css';

void requestPersistence();
const services = createLibraryServices({
  browser,
  repo: createExampleRepository(openDatabase()),
  download: browserDownload(document),
});
render(<LibraryApp services={services} />, document.getElementById('app')!);
