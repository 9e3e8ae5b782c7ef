import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeEventSource } from '../test/fakeEventSource';
import { fakeServer, json, problem, sessionRoutes, type Handler } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';
import { leader, scheduledNettprat } from '../test/eventsFixtures';

function server(move: Handler) {
  fakeEventSource();
  return fakeServer({
    ...sessionRoutes(leader.me),
    'GET /api/v1/events/live/3': () => json(scheduledNettprat()),
    'GET /api/v1/events/live/3/questions/mine': () => json([]),
    'GET /api/v1/units': () => json([]),
    'PUT /api/v1/events/live/3/schedule': move,
  });
}

describe('moving a nettprat', () => {
  it('sends the new time and says it is moved, passing axe', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server(() => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    const { container } = renderApp('/nettprat/3');

    const form = await screen.findByRole('region', { name: 'Flytt nettpraten' });
    fireEvent.change(within(form).getByLabelText('Slutter kl.'), { target: { value: '23:30' } });
    await user.click(within(form).getByRole('button', { name: 'Flytt' }));

    expect(await within(form).findByText('Nettpraten er flyttet. Kunngjøringen i forumet har fått den nye tiden.')).toBeTruthy();
    const sent = JSON.parse(String(calls.find((c) => c.key === 'PUT /api/v1/events/live/3/schedule')?.init.body));
    expect(sent.startsAt).toBe('2099-01-10T11:00:00.000Z');
    expect(new Date(sent.endsAt).getMinutes()).toBe(30);
    expect(await violations(container)).toEqual([]);
  });

  it('says a failure above the button and no success', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server(() => problem(500, { type: 'urn:samtale:problem:internal', title: 'Internal error' }));
    const user = userEvent.setup();
    renderApp('/nettprat/3');

    const form = await screen.findByRole('region', { name: 'Flytt nettpraten' });
    await user.click(within(form).getByRole('button', { name: 'Flytt' }));

    expect(await within(form).findByText('Noe gikk galt hos oss. Feilen er logget.')).toBeTruthy();
    expect(within(form).getByRole('status').textContent).toBe('');
  });

  it('says that the nettprat has ended, though no field of the form is at fault', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server(() =>
      problem(409, {
        type: 'urn:samtale:problem:event-ended',
        title: 'Rule violated',
        field: 'eventId',
        detail: 'The nettprat has ended.',
        errors: [{ field: 'eventId', detail: 'The nettprat has ended.' }],
      }),
    );
    const user = userEvent.setup();
    renderApp('/nettprat/3');

    const form = await screen.findByRole('region', { name: 'Flytt nettpraten' });
    await user.click(within(form).getByRole('button', { name: 'Flytt' }));

    expect(await within(form).findByText('Nettpraten er over, så dette kan ikke gjøres lenger.')).toBeTruthy();
    expect(within(form).getByRole('status').textContent).toBe('');
  });
});
