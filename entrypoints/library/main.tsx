import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryApp } from '../../components/library/LibraryApp';
import { browserDownload, createLibraryServices } from '../../components/library/services';
import { createExampleRepository } from '../../utils/db/repository';
import { openDatabase } from '../../utils/db/schema';
import { createChangeChannel } from '../../utils/db/changes';
import { requestPersistence } from '../../utils/persist';
import '../../components/theme.css';

void requestPersistence();
// One channel for this tab's writes and for hearing everyone else's (never its own echo).
const changes = createChangeChannel();
const services = createLibraryServices({
  browser,
  repo: createExampleRepository(openDatabase(), { announce: changes.announce }),
  download: browserDownload(document),
  listenForChanges: changes.listen,
});
render(<LibraryApp services={services} />, document.getElementById('app')!);
