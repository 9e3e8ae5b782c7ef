import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { LanguageProvider } from '../i18n/i18n';
import { fakeServer, json, problem } from '../test/fakeServer';
import { SurveyResultsPage } from './SurveyResultsPage';
import { SurveysPage } from './SurveysPage';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <LanguageProvider>
        <Routes>
          <Route path="/analyse/undersokelser" element={<SurveysPage />} />
          <Route path="/analyse/undersokelser/:id" element={<SurveyResultsPage />} />
        </Routes>
      </LanguageProvider>
    </MemoryRouter>,
  );
}

const lists = {
  'GET /api/v1/surveys': () => json([]),
  'GET /api/v1/surveys/templates': () => json([]),
  'GET /api/v1/units': () => json([]),
};

describe('survey editor (walk report F12, F13)', () => {
  it('names every missing field at once before sending, and clears one when it is edited', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer(lists);
    renderAt('/analyse/undersokelser');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Lag undersøkelsen' }));

    expect(screen.getByText('Skriv en tittel.')).toBeTruthy();
    expect(screen.getByText('Skriv spørsmålet.')).toBeTruthy();
    expect(calls.filter((c) => c.key.startsWith('POST'))).toHaveLength(0);
    await user.type(screen.getByLabelText('Tittel'), 'Nyttig?');
    expect(screen.queryByText('Skriv en tittel.')).toBeNull();
    expect(screen.getByText('Skriv spørsmålet.')).toBeTruthy();
  });

  it('says the server’s refusal of an identity number at the question', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer({
      ...lists,
      'POST /api/v1/surveys': () =>
        problem(422, {
          type: 'urn:samtale:problem:personal-data',
          field: 'questions[0].text',
          detail: 'The text holds an identity number',
          errors: [{ field: 'questions[0].text', detail: 'The text holds an identity number' }],
        }),
    });
    renderAt('/analyse/undersokelser');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Tittel'), 'Nyttig?');
    await user.type(screen.getByLabelText('Spørsmålet'), 'Fnr 15038510190?');
    await user.click(screen.getByRole('button', { name: 'Lag undersøkelsen' }));

    expect(await screen.findByText(/ser ut til å inneholde et fødselsnummer/)).toBeTruthy();
  });

  it('says yes/no answers as Ja and Nei, and no most common answer before anyone answered', async () => {
    const survey = { id: 7, title: 'Nyttig?', audience: 'PUBLIC', state: 'DRAFT', url: null, token: null, questions: [], responses: 0 };
    const question = (id: number, text: string, yes: number, no: number) => ({
      id, kind: 'YES_NO', text, answered: yes + no, average: null, npsScore: null, texts: [],
      counts: [{ option: 'yes', count: yes }, { option: 'no', count: no }],
    });
    fakeServer({
      'GET /api/v1/surveys/7': () => json(survey),
      'GET /api/v1/surveys/7/results': () => json({ responses: 3, questions: [question(1, 'Fikk du svar?', 2, 1), question(2, 'Ringte du?', 0, 0)] }),
    });
    renderAt('/analyse/undersokelser/7');

    expect(await screen.findByText('3 svarte. Vanligste svar: Ja (67 %).')).toBeTruthy();
    expect(screen.getByText('Ingen har svart ennå.')).toBeTruthy();
    expect(screen.queryByText(/yes/)).toBeNull();
  });
});
