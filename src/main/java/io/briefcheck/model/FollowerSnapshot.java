package io.briefcheck.model;

import java.time.LocalDate;

/** A follower count on a date; {@code note} explains a jump since the previous one (a giveaway, a viral post). */
public record FollowerSnapshot(Source source, LocalDate date, Long followers, String note) implements Located {
}
