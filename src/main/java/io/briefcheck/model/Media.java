package io.briefcheck.model;

import java.util.List;

public record Media(Source source, List<String> filters, Boolean editedResults) implements Located {
}
