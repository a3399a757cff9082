package io.briefcheck.analysis.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Finds the first sign in a post's own text that the creator has a tie to a brand: a discount code, an
 * affiliate link or shop-link wording in any text (caption, Story frames, on-screen text, what is
 * said, links), else a brand's giveaway (a giveaway word with an @mention or the brand's name in the
 * same text). Whether that makes the post an ad is for each pack's rules to say.
 */
final class SignalFinder {

    private final DisclosureConfig cfg;

    SignalFinder(DisclosureConfig cfg) {
        this.cfg = cfg;
    }

    ConnectionSignal find(io.briefcheck.model.Post post, List<PostText> texts, List<String> brands) {
        for (PostText f : texts) {
            NormalizedText t = f.text();
            for (Token k : f.tokens()) {
                if (k.kind() == Token.Kind.DISCOUNT_CODE) return signal(post, SignalKind.DISCOUNT_CODE, "the discount code %s", f, t, k.start(), k.end());
                if (k.kind() == Token.Kind.URL && affiliate(k.text())) return signal(post, SignalKind.AFFILIATE_LINK, "the affiliate link %s", f, t, k.start(), k.end());
            }
            if (f.place() == Place.LINK && affiliate(t.text())) {
                return new ConnectionSignal(post, SignalKind.AFFILIATE_LINK, "the affiliate link " + t.original().strip(), f.path(), -1, -1);
            }
            Matcher shop = cfg.shopLinkWords.matcher(t.text());
            if (shop.find()) return signal(post, SignalKind.SHOP_LINK, "a shop link (\"%s\")", f, t, shop.start(), shop.end());
        }
        for (PostText f : texts) {
            NormalizedText t = f.text();
            Matcher give = cfg.giveawayWords.matcher(t.text());
            if (give.find() && cfg.brands.names(t.text(), f.tokens(), brands)) {
                return signal(post, SignalKind.GIVEAWAY, "a brand's giveaway (\"%s\")", f, t, give.start(), give.end());
            }
        }
        return null;
    }

    /** True when the post sends people to a link: {@code links}, a web address, "link in bio" or "swipe up" ({@link LinksOut}). */
    boolean linksOut(List<PostText> texts) {
        for (PostText f : texts) {
            if (f.place() == Place.LINK) return true;
            if (cfg.swipeWords.matcher(f.text().text()).find()) return true;
            for (Token k : f.tokens()) {
                if (k.kind() == Token.Kind.URL || k.kind() == Token.Kind.LINK_IN_BIO) return true;
            }
        }
        return false;
    }

    private static ConnectionSignal signal(io.briefcheck.model.Post post, SignalKind kind, String words, PostText f,
                                           NormalizedText t, int start, int end) {
        return new ConnectionSignal(post, kind, String.format(words, t.originalSlice(start, end)), f.path(), t.originalOffset(start), t.originalOffset(end));
    }

    private boolean affiliate(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return cfg.affiliateMarkers.stream().anyMatch(u::contains);
    }

}
