package io.briefcheck.model;

/** A fact that knows where in the input it was written. */
public interface Located {
    Source source();
}
