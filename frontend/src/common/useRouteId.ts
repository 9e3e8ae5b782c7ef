import { useParams } from 'react-router';

/** A numeric id from the route parameter `name`, or NaN (which the API answers with 404). */
export function useRouteId(name: string): number {
  const params = useParams();
  return Number(params[name]);
}
