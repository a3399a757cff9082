package io.briefcheck.model;

import java.util.Objects;

public record Contact(Source source, String name, String email) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Contact other && Objects.equals(source, other.source)
                && Objects.equals(name, other.name) && Objects.equals(email, other.email);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
