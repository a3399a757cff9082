package io.briefcheck.model;

/** How the creator is paid. */
public enum CompensationModel implements Coded {
    PRODUCT_ONLY, FEE, PRODUCT_PLUS_FEE, AFFILIATE, COMMISSION
}
