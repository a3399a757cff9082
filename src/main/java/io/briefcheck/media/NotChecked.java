package io.briefcheck.media;

/**
 * Why a picture or video could not be read, in words for the person who checks it, and what to do: a tool
 * that is not installed, a file that is not a picture, a video ffmpeg could not open, a tool that took too long.
 */
public final class NotChecked extends Exception {

    private final String fix;

    public NotChecked(String message, String fix) {
        super(message, null, false, false);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}
