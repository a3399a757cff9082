package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

public record Audience(Source source, String description, String age, List<String> interests,
                       List<Platform> platforms, Boolean children) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Audience other && Objects.equals(source, other.source)
                && Objects.equals(description, other.description) && Objects.equals(age, other.age)
                && Objects.equals(interests, other.interests) && Objects.equals(platforms, other.platforms)
                && Objects.equals(children, other.children);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
