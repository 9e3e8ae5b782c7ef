/**
 * The spot for similar-question suggestions while the asker types a title. A later issue fills it
 * from `GET /api/v1/search/similar`; until then it shows nothing rather than invented suggestions.
 */
export function SimilarQuestions({ title }: { title: string }) {
  void title;
  return null;
}
