import { problemOf, type Problem } from '../errors';

/**
 * What went wrong, in words for an admin: the API decides who may use the admin operations, and
 * these pages say so when it refuses (UNAUTHENTICATED without a token, FORBIDDEN for a customer).
 */
export function adminProblemOf(error: unknown): Problem {
  const problem = problemOf(error);
  switch (problem.code) {
    case 'UNAUTHENTICATED':
      return { ...problem, message: 'Sign in as an admin to use these pages.' };
    case 'FORBIDDEN':
      return { ...problem, message: 'These pages are for the shop’s admins: the API refused this account. Sign in as an admin to use them.' };
    case 'SERVICE_UNAVAILABLE':
      return { ...problem, message: 'The API is busy or read-only right now. Try again in a moment.' };
    case 'INTERNAL_SERVER_ERROR':
      return { ...problem, message: 'Something went wrong on the API’s side. Try again.' };
    case 'NETWORK':
      return { ...problem, message: 'The API cannot be reached. Check your connection and try again.' };
    default:
      return problem;
  }
}
