import { forumApi } from '../api/forum';
import { inboxApi } from '../api/inbox';

/** A forum answer put into the reply being written; `key` tells one insertion from the next of the same text. */
export interface Suggestion {
  key: number;
  title: string;
  text: string;
}

/**
 * The answer a similar forum discussion gives, as plain text: its verified answer, else its latest reply. Null when
 * no one has answered it yet.
 */
export async function suggestedAnswer(discussionId: number): Promise<string | null> {
  const discussion = await forumApi.discussion(discussionId);
  const answers = discussion.messages.slice(1);
  const verified = answers.find((m) => m.id === discussion.verifiedMessageId);
  const answer = verified ?? answers.at(-1);
  return answer ? answer.body.trim() : null;
}

/** What the team answered in an earlier conversation: its latest sent reply, or null when none was sent. */
export async function sentAnswer(conversationId: number): Promise<string | null> {
  const conversation = await inboxApi.conversation(conversationId);
  const sent = conversation.replies.filter((r) => r.status === 'SENT' && r.body);
  return sent.length > 0 ? (sent[sent.length - 1].body ?? '').trim() : null;
}
