package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Connection;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Post;
import java.util.Locale;
import java.util.Objects;

/**
 * Derived fact, one per post: the post with what it links to (its {@code brief} and the author's
 * {@code profile}, null when not among the documents), its {@code language} (given or guessed), the
 * platform's {@code fold} (characters before "more", null when the caption shows whole; {@code cut} has
 * the display lines too), whether its
 * format is a {@code video} ({@code disclosure.video_formats}) and the
 * {@link ConnectionSignal} found in it (null when none). Its methods word messages; they decide nothing.
 */
public record Draft(Post post, Brief brief, Influencer profile, String language, Integer fold, boolean video,
                    ConnectionSignal signal, Fold cut) {

    /**
     * Why a caption label does not show before "more", in words: "starts at character 140; Instagram
     * shows only about the first 125 before "more"", or the same by display lines.
     */
    public String hiddenWords(Disclosure d) {
        String caption = post.caption();
        int chars = caption.codePointCount(0, Math.min(d.start(), caption.length()));
        if (cut.chars() != null && chars >= cut.chars()) {
            return "starts at character " + (chars + 1) + "; " + platformName() + " shows only about the first " + cut.chars() + " before \"more\"";
        }
        return "starts on line " + (cut.displayLine(caption, Math.min(d.start(), caption.length())) + 1) + " as " + platformName()
                + " shows the caption; it shows only the first " + cut.lines() + " lines before \"more\"";
    }

    /**
     * Where a caption label also hides, in a sentence to add to a finding about its words (vague or rejected
     * labels are placed like accepted ones): " It is also hidden behind "more" (...)." or " It is also tucked
     * among hashtags, ...", else "".
     */
    public String alsoHidden(Disclosure d, double runMin) {
        if (d.place() != Place.CAPTION || d.atStart()) return "";
        if (!d.aboveFold()) return " It is also hidden behind \"more\" (it " + hiddenWords(d) + ").";
        if (d.buried(runMin)) return " It is also tucked among hashtags, where followers skim past it.";
        return "";
    }

    /** A video whose draft gives what is said and shown ({@code video:}), so the video itself can be judged. */
    public boolean videoDescribed() {
        return video && post.video() != null;
    }

    /** The field that names the post's market(s), for findings about the market ("" when neither is given). */
    public String marketField() {
        if (post.market() != null && !post.market().isBlank()) return "market";
        return post.markets().isEmpty() ? "" : "markets";
    }

    /** True when the post ({@code brand:}) or its brief names the brand. */
    public boolean brandKnown() {
        return post.brand() != null && !post.brand().isBlank()
                || brief != null && brief.brand() != null && brief.brand().name() != null && !brief.brand().name().isBlank();
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
            default -> post.platform().code().substring(0, 1).toUpperCase(Locale.ROOT) + post.platform().code().substring(1);
        };
    }

    /** The connection in words: "you are paid by Brand", "you were given the product by Brand", ... */
    public String connectionWords() {
        Connection c = post.connection() == null ? Connection.UNKNOWN : post.connection();
        return switch (c) {
            case PAID -> "you are paid by " + brandName();
            case GIFTED -> "you were given the product by " + brandName();
            case AFFILIATE -> "you earn a commission from " + brandName();
            case EMPLOYEE -> "you work for " + brandName();
            case OWNER -> brandName() + " is your own brand";
            case FAMILY -> "you have a family tie with " + brandName();
            case LOAN -> brandName() + " lent you the product";
            default -> signal != null ? "the post carries " + signal.what() : "you have a connection with " + brandName();
        };
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Draft other && Objects.equals(post, other.post)
                && Objects.equals(brief, other.brief) && Objects.equals(profile, other.profile)
                && Objects.equals(language, other.language) && Objects.equals(fold, other.fold)
                && video == other.video && Objects.equals(signal, other.signal) && Objects.equals(cut, other.cut);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(post);
    }
}
