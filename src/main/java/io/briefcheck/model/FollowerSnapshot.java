package io.briefcheck.model;

import java.time.LocalDate;
import java.util.Objects;

/** A follower count on a date; {@code note} explains a jump since the previous one (a giveaway, a viral post). */
public record FollowerSnapshot(Source source, LocalDate date, Long followers, String note) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FollowerSnapshot other && Objects.equals(source, other.source)
                && Objects.equals(date, other.date) && Objects.equals(followers, other.followers)
                && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
