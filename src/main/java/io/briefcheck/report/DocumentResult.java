package io.briefcheck.report;

/** Every input document, with what became of it: pass, fail, or error (could not be read). */
public record DocumentResult(String file, int index, String kind, String id, Status status) {

    public enum Status {
        PASS, FAIL, ERROR;

        public String code() {
            return name().toLowerCase();
        }
    }
}
