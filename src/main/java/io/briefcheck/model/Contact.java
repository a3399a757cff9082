package io.briefcheck.model;

public record Contact(Source source, String name, String email) implements Located {
}
