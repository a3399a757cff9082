package io.briefcheck.analysis.disclosure;

/** What shows a tie to a brand in a post's own text. */
public enum SignalKind {
    DISCOUNT_CODE, AFFILIATE_LINK, SHOP_LINK, GIVEAWAY
}
