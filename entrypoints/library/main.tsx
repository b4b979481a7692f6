import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import { createExampleRepository } from '../../utils/db/repository';
import { openDatabase } from '../../utils/db/schema';
import '../../components/theme.css';

render(<LibraryApp repo={createExampleRepository(openDatabase())} />, document.getElementById('app')!);
