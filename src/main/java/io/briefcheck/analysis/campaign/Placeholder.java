package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Located;

/**
 * A field that still holds an example value instead of the user's own: a value of the
 * {@code briefcheck init} templates ({@code text.template_values}), or a web or e-mail address on a
 * domain reserved for examples ({@code text.example_domains}).
 *
 * @param owner  the fact the field belongs to; {@code path} is relative to it
 * @param domain the reserved domain the address is on, or null when the value is a template's
 */
public record Placeholder(Located owner, String path, String text, String domain) {

    /** Where the field is, as the user wrote it: "brand.contact.email", "key_messages[0]". */
    public String field() {
        return owner.source().resolve(path);
    }
}
