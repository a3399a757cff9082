package io.briefcheck.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * A YAML comment: its 1-based line and column and the text after {@code #}. Read with SnakeYAML's
 * scanner so that a '#' inside a caption (a block of text) is never mistaken for a comment.
 */
public record Comment(int line, int column, String text) {

    static List<Comment> read(int firstLine, List<String> lines, String mention) {
        if (lines.stream().noneMatch(l -> l.contains(mention))) return List.of();
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        options.setAllowDuplicateKeys(true);
        List<Comment> out = new ArrayList<>();
        try {
            for (Event e : new Yaml(options).parse(new StringReader(String.join("\n", lines) + "\n"))) {
                if (e instanceof CommentEvent c && c.getCommentType() != CommentType.BLANK_LINE
                        && c.getValue().contains(mention)) {
                    out.add(new Comment(firstLine + c.getStartMark().getLine(), c.getStartMark().getColumn() + 1,
                            c.getValue().strip()));
                }
            }
        } catch (YAMLException | StackOverflowError e) {
            // a document that does not parse keeps the comments found before the error
        }
        return out;
    }
}
