package io.briefcheck.load;

/**
 * The {@code input/} rules: problems found while reading files, before any DRL rule runs. They are
 * Java because they decide whether there is a fact at all; their metadata lives here with them.
 */
public enum InputRule {
    YAML_SYNTAX("input/yaml-syntax", "error", "The file is not valid YAML",
            "briefcheck can only check what it can read. A YAML syntax error usually means a missing "
                    + "space after a colon, a tab used for indenting, or a quote that is never closed.",
            "caption: \"#ad My routine", "caption: \"#ad My routine\""),
    UNKNOWN_KIND("input/unknown-kind", "error", "The document does not say what it is",
            "Every document starts with kind: brief, post, influencer or results, so briefcheck knows "
                    + "which checks apply.",
            "kind: breif", "kind: brief"),
    INVALID_VALUE("input/invalid-value", "error", "A value has the wrong type or is not allowed",
            "A value briefcheck cannot understand (a word where a number belongs, a date that does not "
                    + "exist, a platform it does not know) would make the other checks guess.",
            "followers: lots", "followers: 48000"),
    MISSING_FIELD("input/missing-field", "error", "A required field is missing",
            "Some fields are needed for any check to make sense, such as a post's platform and caption.",
            "kind: post\ncaption: \"#ad ...\"", "kind: post\nplatform: instagram\nformat: reel\ncaption: \"#ad ...\""),
    UNKNOWN_FIELD("input/unknown-field", "warning", "A field briefcheck does not know",
            "A misspelt field name is silently ignored by everyone who reads the file; briefcheck "
                    + "points it out and suggests the name it probably should be.",
            "key_mesages: [\"100% vegan\"]", "key_messages: [\"100% vegan\"]"),
    LIMIT_EXCEEDED("input/limit-exceeded", "error", "The file is too large or too deeply nested",
            "Limits on size, nesting and aliases protect the checker (and any server running it) from "
                    + "files built to exhaust memory, such as the 'billion laughs' YAML bomb.",
            "a: &a [x, x]\nb: &b [*a, *a]\n# ... repeated many levels deep", "a plain brief without anchors"),
    DUPLICATE_ID("input/duplicate-id", "error", "Two documents share an id",
            "Posts and results point at briefs and posts by id; two documents with one id make those "
                    + "links ambiguous.",
            "two briefs both with id: spring-glow", "id: spring-glow-2027 and id: summer-glow-2027"),
    UNRESOLVED_REFERENCE("input/unresolved-reference", "warning", "A reference points at nothing",
            "A post or results document that names a brief or post not in the run cannot be checked "
                    + "against it (claims, disclosure, KPI targets).",
            "brief: sprng-glow-2027", "brief: spring-glow-2027"),
    MISSING_FILE("input/missing-file", "error", "A file the document names cannot be found",
            "A story frame's image, a video or its subtitles are read from the file the document names, "
                    + "relative to the document's own folder; a name that leads nowhere would leave the "
                    + "frame or video unchecked.",
            "frames:\n  - image: frame-1.jpg   # the file is frame1.png", "frames:\n  - image: frame1.png"),
    BAD_SUPPRESSION("input/bad-suppression", "error", "A suppression comment has no reason or names no known rule",
            "A '# briefcheck-disable' comment hides a finding from everyone who reviews the file later; the "
                    + "reason after '--' tells them why that was acceptable, so a comment without one suppresses "
                    + "nothing, and a misspelt rule id would hide nothing either.",
            "# briefcheck-disable-next-line brief/missing-audience\naudience: {}",
            "# briefcheck-disable-next-line brief/missing-audience -- audience is set per market in the media plan\naudience: {}");

    private final String id;
    private final String severity;
    private final String title;
    private final String why;
    private final String bad;
    private final String good;

    InputRule(String id, String severity, String title, String why, String bad, String good) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.why = why;
        this.bad = bad;
        this.good = good;
    }

    public String id() { return id; }
    public String severity() { return severity; }
    public String title() { return title; }
    public String why() { return why; }
    public String bad() { return bad; }
    public String good() { return good; }

    public static final String SOURCE = "briefcheck input formats: the commented templates of briefcheck init";
}
