package io.briefcheck.policy;

/** The configuration (or a baseline file) cannot be used: says which file and line, for exit code 2. */
public final class ConfigException extends Exception {

    public ConfigException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, null, false, false);
    }
}
