package io.briefcheck.model;

import java.util.Locale;

/** An enum whose YAML spelling is its lower-case name (instagram, blog_article, ...). */
public interface Coded {
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
