package io.briefcheck.cli;

/** briefcheck cannot do what was asked (bad arguments, broken rules): exit 2 with this message. */
final class CannotRunException extends RuntimeException {
    CannotRunException(String message) {
        super(message, null, false, false);
    }
}
