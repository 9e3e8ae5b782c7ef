/** Problem types (RFC 9457 `type`) the pages react to by name. */
export const PROBLEM_BAD_CREDENTIALS = 'urn:samtale:problem:bad-credentials';
export const PROBLEM_ACCOUNT_LOCKED = 'urn:samtale:problem:account-locked';
export const PROBLEM_TOPIC_NOT_STAFFED = 'urn:samtale:problem:topic-not-staffed';
export const PROBLEM_CONVERSATION_CLOSED = 'urn:samtale:problem:conversation-closed';
export const PROBLEM_OWN_APPROVAL = 'urn:samtale:problem:own-approval';
export const PROBLEM_APPROVAL_DECIDED = 'urn:samtale:problem:approval-decided';
export const PROBLEM_CHAT_SESSION_EXPIRED = 'urn:samtale:problem:chat-session-expired';
