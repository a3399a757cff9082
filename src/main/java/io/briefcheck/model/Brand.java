package io.briefcheck.model;

import java.util.List;

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
}
