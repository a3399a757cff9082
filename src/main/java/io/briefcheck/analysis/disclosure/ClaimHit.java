package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: an objective claim in a post ({@code path} [start, end)): a trigger phrase in the
 * caption or transcript, or an entry of the post's {@code claims}. {@code substantiated} when the
 * linked brief lists the claim with its evidence. {@code trigger} is the words that make it a claim
 * ({@code text} itself for an explicit claim), {@code text} the sentence around them.
 */
public record ClaimHit(Post post, String path, int start, int end, String text, String trigger,
                       boolean substantiated) {

    /** The claim for a message: "\"clinically proven\" (in \"...\")", or the explicit claim in quotes. */
    public String quoted() {
        return trigger.equals(text) ? "\"" + text + "\"" : "\"" + trigger + "\" (in \"" + text + "\")";
    }
}
