package io.briefcheck.report;

public record Summary(int files, int documents, int error, int warning, int info, int suppressed) {
}
