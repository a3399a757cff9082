package io.briefcheck.model;

import java.util.List;

/**
 * {@code media:} on a post — the filters or edits used, whether the product's results were retouched,
 * and {@code aiGenerated}: the images or video were made wholly or partly with AI (a face or body that
 * is not a photograph).
 */
public record Media(Source source, List<String> filters, Boolean editedResults, Boolean aiGenerated) implements Located {
}
