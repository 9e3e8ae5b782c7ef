package no.samtale.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of an evaluation set's questions and answers, mixed by fixed formulas into synthetic discussions
 * (as bench/forum-scale.sh mixes them in SQL): a large index with the vocabulary and term statistics of real
 * questions, for measuring cost (RankingCost) and for distractors (RankingExperiments' haystack).
 */
record MixedSentences(List<String> sentences) {

	static MixedSentences of(EvaluationSet set) {
		List<String> sentences = new ArrayList<>();
		for (EvaluationSet.Discussion d : set.discussions()) {
			for (String s : (d.question() + " " + d.answer()).split("(?<=[.?!])\\s+")) {
				if (s.length() > 15) {
					sentences.add(s);
				}
			}
		}
		return new MixedSentences(List.copyOf(sentences));
	}

	/** The {@code n}th sentence, counting round. */
	String sentence(int n) {
		return sentences.get(n % sentences.size());
	}

	/** The answers of synthetic discussion {@code i}: nine "messages" of two sentences each. */
	String answers(int i) {
		StringBuilder body = new StringBuilder();
		for (int k = 1; k < 10; k++) {
			body.append(sentence(i * 31 + k * 7)).append(' ').append(sentence(i * 17 + k * 101)).append('\n');
		}
		return body.toString();
	}

}
