import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeEventSource } from '../test/fakeEventSource';
import { fakeServer, json, problem, sessionRoutes, type Handler } from '../test/fakeServer';
import { renderApp } from '../test/renderApp';
import { violations } from '../test/axe';
import { leader, scheduledNettprat } from '../test/eventsFixtures';
import type { LiveEvent } from '../api/types';

const REASON = 'Direktøren er syk. Vi setter opp en ny nettprat.';

function server(cancel: Handler, after: () => LiveEvent = () => scheduledNettprat({ canCancel: true })) {
  let cancelled = false;
  const stream = fakeEventSource();
  const fake = fakeServer({
    ...sessionRoutes(leader.me),
    'GET /api/v1/events/live/3': () => json(cancelled ? after() : scheduledNettprat({ canCancel: true })),
    'GET /api/v1/events/live/3/questions/mine': () => json([]),
    'GET /api/v1/units': () => json([]),
    'POST /api/v1/events/live/3/cancellation': async (init) => {
      const answer = await cancel(init);
      cancelled = answer.status === 204;
      return answer;
    },
  });
  return { ...fake, stream };
}

const cancelledNettprat = () =>
  scheduledNettprat({ state: 'CANCELLED', cancelledAt: '2098-12-20T10:00:00Z', cancelReason: REASON, canManagePeople: false });

describe('cancelling a nettprat', () => {
  it('asks for the reason in a labelled field, sends it and shows the nettprat cancelled, passing axe', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server(() => new Response(null, { status: 204 }), cancelledNettprat);
    const user = userEvent.setup();
    const { container } = renderApp('/nettprat/3');

    await user.click(await screen.findByRole('button', { name: 'Avlys nettpraten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avlys nettpraten' });
    const field = within(dialog).getByLabelText('Hvorfor avlyses nettpraten?');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(await violations(document.body)).toEqual([]);
    await user.type(field, `  ${REASON} `);
    await user.click(within(dialog).getByRole('button', { name: 'Avlys' }));

    expect(await screen.findByText('Nettpraten er avlyst')).toBeTruthy();
    expect(screen.getByText(`Begrunnelse: ${REASON}`)).toBeTruthy();
    expect(screen.getByText('Avlyst')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Still et spørsmål' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Avlys nettpraten' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    const sent = JSON.parse(String(calls.find((c) => c.key === 'POST /api/v1/events/live/3/cancellation')?.init.body));
    expect(sent).toEqual({ reason: REASON });
    expect(await violations(container)).toEqual([]);
  });

  it('closes on Escape without sending, giving focus back to the button, and asks for a reason when none is given', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = server(() => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    renderApp('/nettprat/3');

    const opener = await screen.findByRole('button', { name: 'Avlys nettpraten' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Avlys nettpraten' });
    await user.click(within(dialog).getByRole('button', { name: 'Avlys' }));
    expect(await within(dialog).findByText('Skriv hvorfor nettpraten avlyses.')).toBeTruthy();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(calls.some((c) => c.key === 'POST /api/v1/events/live/3/cancellation')).toBe(false);
  });

  it('says the server’s refusal in Norwegian: at the field when about the reason, else above it', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let answer = 0;
    server(() =>
      answer++ === 0
        ? problem(400, {
            type: 'urn:samtale:problem:personal-data',
            title: 'Personal data',
            detail: 'The text looks like it holds an identity number.',
            errors: [{ field: 'reason', detail: 'The text looks like it holds an identity number.' }],
          })
        : problem(409, {
            type: 'urn:samtale:problem:event-started',
            title: 'Rule violated',
            field: 'eventId',
            detail: 'The nettprat has started.',
            errors: [{ field: 'eventId', detail: 'The nettprat has started.' }],
          }),
    );
    const user = userEvent.setup();
    renderApp('/nettprat/3');

    await user.click(await screen.findByRole('button', { name: 'Avlys nettpraten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avlys nettpraten' });
    const field = within(dialog).getByLabelText('Hvorfor avlyses nettpraten?');
    await user.type(field, 'Ring 15088510140');
    await user.click(within(dialog).getByRole('button', { name: 'Avlys' }));
    expect(
      await within(dialog).findByText('Teksten ser ut til å inneholde et fødselsnummer eller andre personopplysninger. Fjern dem.'),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Avlys' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Nettpraten har startet eller er over, så den kan ikke avlyses.',
    );
    expect(document.body.textContent).not.toContain('The nettprat has started');
  });

  it('shows a cancellation sent over the stream without a reload', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let cancelled = false;
    const stream = fakeEventSource();
    fakeServer({
      ...sessionRoutes(leader.me),
      'GET /api/v1/events/live/3': () => json(cancelled ? cancelledNettprat() : scheduledNettprat()),
      'GET /api/v1/events/live/3/questions/mine': () => json([]),
      'GET /api/v1/units': () => json([]),
    });
    renderApp('/nettprat/3');
    expect(await screen.findByRole('region', { name: 'Still et spørsmål' })).toBeTruthy();

    cancelled = true;
    await stream.emit('/api/v1/events/live/3/stream?after=0', 'change', {
      kind: 'CANCELLED',
      cancelledAt: '2098-12-20T10:00:00Z',
      reason: REASON,
    });

    expect(await screen.findByText(`Begrunnelse: ${REASON}`)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Still et spørsmål' })).toBeNull();
  });
});
