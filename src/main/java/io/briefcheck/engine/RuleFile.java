package io.briefcheck.engine;

/** A file of a rule folder: the path users know it by (rules/brief/x.drl) and its text. */
public record RuleFile(String displayPath, String relativePath, String text) {
}
