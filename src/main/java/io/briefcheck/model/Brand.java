package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

public record Brand(Source source, @Required String name, String description, List<String> profiles,
                    Contact contact) implements Located {

    /** True when some profile is a web link or an @handle, not just a name. */
    public boolean hasProfileLink() {
        for (String p : profiles) {
            String s = p.strip();
            if (s.matches("(?i)https?://\\S+\\.\\S+") || s.matches("@[\\w.]{2,}")) return true;
        }
        return false;
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Brand other && Objects.equals(source, other.source)
                && Objects.equals(name, other.name) && Objects.equals(description, other.description)
                && Objects.equals(profiles, other.profiles) && Objects.equals(contact, other.contact);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
