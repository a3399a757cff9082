package io.briefcheck.model;

import java.util.List;

/**
 * Settings of this run that rules may read, inserted once in every session. {@code markets} is the
 * {@code --market} override (empty: each document's own markets decide).
 */
public record RunSettings(List<String> markets) {
    public static final RunSettings DEFAULT = new RunSettings(List.of());
}
