package no.samtale.guide.internal;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.guide.GuideChannel;
import no.samtale.guide.GuideUsage;
import no.samtale.platform.InvalidInputException;

/**
 * How the guide was used, per month and channel, for the channel mix page (/analyse/kanaler) to show beside the
 * contacts: how often each channel was the best route given (routed) and how often a citizen followed it (chosen).
 * Anonymous counts only. Read by those who read the channel mix.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'LEADER')")
class GuideUsageController {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final int MAX_MONTHS = 36;

	/** One month and channel. */
	record GuideUsageRow(String month,
			@Schema(allowableValues = { "SELF_SERVICE", "CHAT", "SOCIAL", "PHONE", "OFFICE" }) String channel,
			long routed, long chosen) {
	}

	/** Every month of the period is listed, oldest first; each month has a row per channel (zero when unused). */
	record GuideUsageView(String from, String to, List<String> months, List<GuideUsageRow> rows, long routed,
			long chosen) {
	}

	private final GuideUsage usage;

	GuideUsageController(GuideUsage usage) {
		this.usage = usage;
	}

	/** {@code from} and {@code to} are months ({@code yyyy-MM}); the last twelve up to this one by default. */
	@GetMapping("/api/v1/guide/usage")
	GuideUsageView usage(@RequestParam @Nullable String from, @RequestParam @Nullable String to) {
		YearMonth last = to == null ? YearMonth.now(OSLO) : month(to, "to");
		YearMonth first = from == null ? last.minusMonths(11) : month(from, "from");
		if (first.isAfter(last)) {
			throw new InvalidInputException("from", "The first month comes after the last");
		}
		if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
			throw new InvalidInputException("to", "At most " + MAX_MONTHS + " months");
		}
		Map<String, Map<GuideChannel, long[]>> counts = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			Map<GuideChannel, long[]> channels = new EnumMap<>(GuideChannel.class);
			for (GuideChannel channel : GuideChannel.values()) {
				channels.put(channel, new long[2]);
			}
			counts.put(m.toString(), channels);
		}
		long routed = 0;
		long chosen = 0;
		for (GuideUsage.Count count : usage.between(first.atDay(1), last.atEndOfMonth())) {
			long[] sums = counts.get(YearMonth.from(count.day()).toString()).get(count.channel());
			sums[0] += count.routed();
			sums[1] += count.chosen();
			routed += count.routed();
			chosen += count.chosen();
		}
		List<GuideUsageRow> rows = new ArrayList<>();
		counts.forEach((month, channels) -> channels.forEach((channel, sums) -> rows
			.add(new GuideUsageRow(month, channel.name(), sums[0], sums[1]))));
		return new GuideUsageView(first.toString(), last.toString(), List.copyOf(counts.keySet()), rows, routed, chosen);
	}

	private static YearMonth month(String value, String field) {
		try {
			return YearMonth.parse(value);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(field, "A month as yyyy-MM");
		}
	}

}
