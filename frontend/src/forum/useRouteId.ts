import { useParams } from 'react-router';

/** A numeric id from the route, or NaN (which the API answers with 404). */
export function useRouteId(name: 'spaceId' | 'discussionId'): number {
  const params = useParams();
  return Number(params[name]);
}
