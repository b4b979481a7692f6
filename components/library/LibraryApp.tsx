/** The library page (connected): every saved example. */
import { useEffect, useState } from 'preact/hooks';
import type { ExampleRepository } from '../../utils/db/repository';
import type { Example } from '../../utils/db/types';

export function LibraryApp({ repo }: { repo: ExampleRepository }) {
  const [rows, setRows] = useState<Example[] | null>(null);
  useEffect(() => {
    void repo.list().then(setRows);
  }, [repo]);
  return (
    <main class="library">
      <h1 class="brand">DiploLens library</h1>
      {rows === null && <p class="muted">Loading…</p>}
      {rows && rows.length === 0 && <p class="muted">No examples yet. Select text on a page and save it from the toolbar popup.</p>}
      {rows && rows.length > 0 && (
        <table class="examples">
          <thead>
            <tr>
              <th scope="col">Quote</th>
              <th scope="col">Page</th>
              <th scope="col">Saved</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.quote}</td>
                <td>
                  <a href={r.url} target="_blank" rel="noreferrer noopener">
                    {r.title || r.url}
                  </a>
                </td>
                <td>{new Date(r.createdAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
