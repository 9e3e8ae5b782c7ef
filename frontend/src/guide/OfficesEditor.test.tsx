import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employee, fakeServer, json, sessionRoutes } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';
import type { GuideDoc } from './guideForm';

const editor = { ...employee, roles: ['EMPLOYEE', 'EDITOR'] as typeof employee.roles };
const texts = (nb: string) => ({ nb, nn: null, en: null });
const phone = { channel: 'PHONE' as const, title: texts('Ring oss'), description: null, url: null, account: null, phone: '55 55 33 33', hours: null };
const office = { channel: 'OFFICE' as const, title: texts('NAV-kontoret'), description: null, url: null, account: null, phone: null, hours: null };
const guide: GuideDoc = {
  topics: [{ key: 'pensjon', name: texts('Pensjon'), routes: [phone, office] }],
  needs: [],
  offices: [
    {
      name: 'NAV Hamar',
      address: 'Vangsvegen 73, Hamar',
      url: null,
      hours: { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opens: '09:00', closes: '15:00' },
      municipalities: [{ number: '3403', name: 'Hamar', postcodes: ['2301-2329'] }],
    },
  ],
  fallback: [phone, office],
};

function server() {
  return fakeServer({
    ...sessionRoutes(editor),
    'GET /api/v1/guide/versions': () => json([{ version: 3, live: true, note: null, publishedAt: null, savedAt: '2026-12-01T09:00:00Z', savedBy: 1 }]),
    'GET /api/v1/guide/versions/3': () => json({ version: 3, document: guide }),
    'POST /api/v1/guide/versions': () => json({ version: 4 }, 201),
  });
}

describe('the guide’s offices and opening hours as a form', () => {
  it('edits an office’s hours and municipalities by keyboard and saves them, passing axe', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server();
    const user = userEvent.setup();
    const { container } = renderApp('/publisering/veiviser');

    const offices = await screen.findByRole('region', { name: 'NAV-kontorer' });
    expect(await within(offices).findByDisplayValue('Vangsvegen 73, Hamar')).toBeTruthy();
    expect(await violations(container)).toEqual([]);

    const days = within(offices).getByRole('group', { name: 'Dager' });
    await user.click(within(days).getByRole('checkbox', { name: 'Lørdag' }));
    // jsdom checks a time field's value on every keystroke; the field is set whole, as a browser's picker does.
    fireEvent.change(within(offices).getByLabelText('Stenger'), { target: { value: '14:00' } });
    within(offices).getByRole('button', { name: 'Legg til kommune' }).focus();
    await user.keyboard('{Enter}');
    const second = within(offices).getByRole('group', { name: 'Kommune 2' });
    await user.type(within(second).getByLabelText('Nummer', { exact: false }), '3411');
    await user.type(within(second).getByLabelText('Navn'), 'Ringsaker');
    await user.type(within(second).getByLabelText('Postnumre', { exact: false }), '2380, 2390-2391');
    await user.click(screen.getByRole('button', { name: 'Lagre som ny versjon' }));

    await screen.findByText('Lagret som versjon 4.');
    const saved = JSON.parse(String(calls.find((c) => c.key === 'POST /api/v1/guide/versions')?.init.body)) as { document: GuideDoc };
    expect(saved.document.offices![0].hours).toEqual({ days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'], opens: '09:00', closes: '14:00' });
    expect(saved.document.offices![0].municipalities![1]).toEqual({ number: '3411', name: 'Ringsaker', postcodes: ['2380', '2390-2391'] });
    // The whole guide form is on the page: axe over it and the typing take longer than a small page's test.
  }, 40_000);

  it('says each fault at its field before sending, and removes a row', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server();
    const user = userEvent.setup();
    renderApp('/publisering/veiviser');

    const offices = await screen.findByRole('region', { name: 'NAV-kontorer' });
    await user.click(await within(offices).findByRole('button', { name: 'Legg til kommune' }));
    const second = within(offices).getByRole('group', { name: 'Kommune 2' });
    await user.type(within(second).getByLabelText('Nummer', { exact: false }), '34');
    await user.type(within(second).getByLabelText('Postnumre', { exact: false }), '23');
    await user.clear(within(offices).getByLabelText('Adresse'));
    await user.click(screen.getByRole('button', { name: 'Lagre som ny versjon' }));

    expect(await within(second).findByText('Et kommunenummer har fire sifre.')).toBeTruthy();
    expect(within(second).getByText('Et postnummer har fire sifre; et område skrives 2301-2329.')).toBeTruthy();
    expect(within(offices).getByText('Adresse må fylles ut.')).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/v1/guide/versions')).toBe(false);

    await user.click(within(offices).getByRole('button', { name: 'Fjern kommunen: Kommune 2' }));
    expect(within(offices).queryByRole('group', { name: 'Kommune 2' })).toBeNull();
    expect(within(offices).getByDisplayValue('2301-2329')).toBeTruthy();
  });
});
