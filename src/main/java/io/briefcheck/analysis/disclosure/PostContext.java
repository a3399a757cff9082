package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Post;

/**
 * Derived fact: one post as one market's rules see it. {@code connection} is the declared material
 * connection's code ("" when not given); {@code sponsored} is true when it is one, or when a discount
 * code or affiliate link ({@code signal}, found at {@code signalPath} [signalStart, signalEnd)) shows
 * one anyway. {@code rewrite} is the caption with its disclosure terms removed and the market's label
 * put first; {@code lookalikeNote} explains labels spelled with lookalike letters ("" when none).
 */
public record PostContext(Post post, String market, Brief brief, Influencer profile, String connection,
                          boolean sponsored, String signal, String signalPath, int signalStart, int signalEnd,
                          String language, Integer fold, boolean video, boolean videoGiven, boolean story,
                          boolean live, boolean platformLabel, boolean beauty, boolean children,
                          boolean filterUsed, boolean filterExaggerates, boolean filterMentioned, String filters,
                          String exhortation, String exhortationPath, int exhortationStart, int exhortationEnd, String preferredLabel,
                          String rewrite, String lookalikeNote) {

    public boolean hasSignal() {
        return signal != null;
    }

    /** Declared as paid, gifted, employee, family or loan (affiliate has its own rule). */
    public boolean declaredNonAffiliate() {
        return switch (connection) {
            case "paid", "gifted", "employee", "family", "loan" -> true;
            default -> false;
        };
    }

    /** The brand as the post or its brief names it. */
    public String brandName() {
        if (post.brand() != null && !post.brand().isBlank()) return post.brand();
        if (brief != null && brief.brand() != null && brief.brand().name() != null) return brief.brand().name();
        return "the brand";
    }

    /** "Instagram", "TikTok", ... for messages. */
    public String platformName() {
        if (post.platform() == null) return "this platform";
        return switch (post.platform()) {
            case TIKTOK -> "TikTok";
            case YOUTUBE -> "YouTube";
            case LINKEDIN -> "LinkedIn";
            case TWITTER -> "X (Twitter)";
            default -> post.platform().code().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + post.platform().code().substring(1);
        };
    }

    /** The connection in words: "you are paid by", "you were given a gift by", ... */
    public String connectionWords() {
        return switch (connection) {
            case "paid" -> "you are paid by " + brandName();
            case "gifted" -> "you were given the product by " + brandName();
            case "affiliate" -> "you earn a commission from " + brandName();
            case "employee" -> "you work for " + brandName();
            case "family" -> "you have a family tie with " + brandName();
            case "loan" -> brandName() + " lent you the product";
            default -> signal != null ? "the post carries " + signal : "you have a connection with " + brandName();
        };
    }

    /** The suggested caption on one line, line breaks shown as "↵", for a fix message. */
    public String rewriteShown() {
        return "\"" + rewrite.replace("\r", "").replaceAll("\n+", " ↵ ") + "\"";
    }

    /** " " + the lookalike note, or "" when there is none: appended to messages. */
    public String lookalikeSuffix() {
        return lookalikeNote.isEmpty() ? "" : " " + lookalikeNote;
    }
}
