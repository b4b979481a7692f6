// @vitest-environment happy-dom
/** A row of the library says what it cannot show (‘+N’ for concepts and tags alike) and when, to the minute, the example was saved. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { ExampleTable } from '../../../components/library/ExampleTable';
import { I18nProvider } from '../../../components/i18n';
import { pageTranslator } from '../../../utils/i18n/index';
import type { Example } from '../../../utils/model/example';
import { makeDraft } from '../helpers/examples';

// happy-dom lays nothing out: the table's scroll box is given a size, so the virtual list renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const example = (over: Partial<Example> = {}): Example => ({
  ...makeDraft({}),
  id: 'e1',
  createdAt: Date.UTC(2025, 2, 4, 13, 7),
  updatedAt: Date.UTC(2025, 2, 4, 13, 7),
  ...over,
});

function table(rows: Example[], locale: 'en' | 'ru' = 'en') {
  return render(
    <I18nProvider value={pageTranslator(locale)}>
      <div style="height: 600px">
        <ExampleTable
          rows={rows}
          selected={new Set()}
          activeId={null}
          onToggle={() => {}}
          onToggleAll={() => {}}
          onOpen={() => {}}
          onActivate={() => {}}
          conceptLabel={(id) => `Concept ${id}`}
          functionLabel={(id) => id}
          countryLabel={() => undefined}
        />
      </div>
    </I18nProvider>,
  );
}

test('six concepts and five tags: three of each, and “+3” and “+2” naming the others', () => {
  const { container } = table([
    example({ concepts: ['a', 'b', 'c', 'd', 'e', 'f'], tags: ['t1', 't2', 't3', 't4', 't5'] }),
  ]);
  const lines = container.querySelectorAll('.row__chipline');
  expect(lines).toHaveLength(2);
  expect([...lines[0]!.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['Concept a', 'Concept b', 'Concept c', '+3']);
  expect([...lines[1]!.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['#t1', '#t2', '#t3', '+2']);
  expect(within(lines[1] as HTMLElement).getByText('+2').getAttribute('title')).toBe('Also: #t4 and #t5');
  expect(within(lines[0] as HTMLElement).getByText('+3').getAttribute('aria-label')).toBe('Also: Concept d, Concept e, and Concept f');
  // Each chip names itself in full, where the column is too narrow and it ends in an ellipsis.
  expect(within(lines[0] as HTMLElement).getByText('Concept a').getAttribute('title')).toBe('Concept a');
});

test('no sign where everything fits', () => {
  const { container } = table([example({ concepts: ['a'], tags: ['t1', 't2'] })]);
  expect(container.querySelector('.chip--more')).toBeNull();
});

test('the Saved column gives the time as well as the date, in the interface language', () => {
  const { container } = table([example()], 'ru');
  const cell = container.querySelector('.col-date time')!;
  expect(cell.getAttribute('datetime')).toBe('2025-03-04T13:07:00.000Z');
  expect(cell.querySelector('.row__date')!.textContent).toMatch(/мар\. 2025/);
  expect(cell.querySelector('.row__time')!.textContent).toMatch(/^\d\d:\d\d$/);
  expect(screen.getByRole('columnheader', { name: 'Сохранено' })).toBeTruthy();
});
