/** Problem types (RFC 9457 `type`) the pages react to by name. */
export const PROBLEM_BAD_CREDENTIALS = 'urn:samtale:problem:bad-credentials';
export const PROBLEM_ACCOUNT_LOCKED = 'urn:samtale:problem:account-locked';
export const PROBLEM_TOPIC_NOT_STAFFED = 'urn:samtale:problem:topic-not-staffed';
export const PROBLEM_CONVERSATION_CLOSED = 'urn:samtale:problem:conversation-closed';
export const PROBLEM_OWN_APPROVAL = 'urn:samtale:problem:own-approval';
export const PROBLEM_APPROVAL_DECIDED = 'urn:samtale:problem:approval-decided';
export const PROBLEM_CHAT_SESSION_EXPIRED = 'urn:samtale:problem:chat-session-expired';
export const PROBLEM_RATE_LIMITED = 'urn:samtale:problem:rate-limited';
export const PROBLEM_UNAVAILABLE = 'urn:samtale:problem:unavailable';
export const PROBLEM_TOO_LARGE = 'urn:samtale:problem:payload-too-large';
export const PROBLEM_PERSONAL_DATA = 'urn:samtale:problem:personal-data';
export const PROBLEM_NOT_TEAM_MEMBER = 'urn:samtale:problem:not-team-member';
export const PROBLEM_ALREADY_ON_DUTY = 'urn:samtale:problem:already-on-duty';
export const PROBLEM_OUTSIDE_OPENING_HOURS = 'urn:samtale:problem:outside-opening-hours';
export const PROBLEM_OTHERS_ON_CONVERSATION = 'urn:samtale:problem:others-on-conversation';
