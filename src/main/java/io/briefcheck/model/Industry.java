package io.briefcheck.model;

/** Industries with their own benchmarks. */
public enum Industry implements Coded {
    BEAUTY, FASHION, FOOD_BEVERAGE, TECHNOLOGY, FITNESS, TRAVEL, GAMING, OTHER
}
