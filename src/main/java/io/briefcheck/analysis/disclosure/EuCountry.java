package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.List;

/**
 * Derived fact: the post is aimed at {@code country}, an EU/EEA country the eu/ baseline judges ("EU"
 * when the market is given as EU), whose audience reads {@code languages} ({@code disclosure.eu_languages},
 * plus the post's own {@code language}); {@code label} is the label to suggest, in the first of them
 * ({@code disclosure.preferred_label.EU}).
 */
public record EuCountry(Post post, String country, List<String> languages, String label) {

    /** True when a label in {@code language} is in one of the country's languages. */
    public boolean speaks(String language) {
        return languages.contains(language);
    }

    /** The country in words ("Italy"), or "the EU" when the market is given as EU. */
    public String countryName() {
        if (country.equals("EU")) return "the EU";
        String n = new java.util.Locale("", country).getDisplayCountry(java.util.Locale.ENGLISH);
        return n.isEmpty() || n.equals(country) ? country : n;
    }

    /** The languages in words, for messages: "Italian", "Dutch, French or German". */
    public String languageWords() {
        if (languages.isEmpty()) return "the audience's language";
        List<String> names = languages.stream().map(Languages::name).toList();
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
