package io.briefcheck.model;

/** A moment in a video, written "m:ss", "h:mm:ss" or as seconds. */
public record Timestamp(double seconds, String text) {
    @Override
    public String toString() {
        return text;
    }
}
