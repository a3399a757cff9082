package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.BriefClaim;
import io.briefcheck.model.Post;
import java.util.List;

/**
 * Derived fact: an objective claim in a post ({@code path} [start, end)): a trigger phrase in the
 * caption or transcript, or an entry of the post's {@code claims}. {@code backing}: the linked brief's
 * claims that say the same (whether their evidence counts is for the DRL: {@code Substantiated}). {@code trigger} is the words that make it a claim
 * ({@code text} itself for an explicit claim), {@code text} the sentence around them.
 */
public record ClaimHit(Post post, String path, int start, int end, String text, String trigger,
                       List<BriefClaim> backing) {

    /** The claim for a message: "\"clinically proven\" (in \"...\")", or the explicit claim in quotes. */
    public String quoted() {
        return trigger.equals(text) ? "\"" + text + "\"" : "\"" + trigger + "\" (in \"" + text + "\")";
    }
}
