import { forumApi } from '../api/forum';

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
