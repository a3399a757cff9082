package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code media:} on a post — the filters or edits used, whether the product's results were retouched,
 * and {@code aiGenerated}: the images or video were made wholly or partly with AI (a face or body that
 * is not a photograph).
 */
public record Media(Source source, List<String> filters, Boolean editedResults, Boolean aiGenerated) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Media other && Objects.equals(source, other.source)
                && Objects.equals(filters, other.filters) && Objects.equals(editedResults, other.editedResults)
                && Objects.equals(aiGenerated, other.aiGenerated);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
