package io.briefcheck.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field (or list of them) that holds market codes: two-letter country codes, UK or EU
 * (docs/formats.md, "Markets"). A code that names no country is an input error, so a misspelt market
 * never quietly switches off the disclosure rules.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface MarketCode {
}
