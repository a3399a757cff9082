package io.briefcheck.report;

import io.briefcheck.core.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: one {@code ::error file=…,line=…,col=…,title=RULE::message} line
 * per finding that counts (warning and notice for the lower severities), which GitHub shows on the
 * pull request's changed lines. The job summary is the Markdown report, written by the CLI.
 * <p>
 * A command is one line, so user text can never start another: each piece is first made
 * {@link Printable} (a newline in a value shows as {@code \n}, an escape character as {@code U+001B}),
 * then escaped as GitHub's runner reads commands ({@code %0A} is a line break the annotation shows).
 */
public final class GithubRenderer {

    public void render(Report report, PrintWriter out) {
        ReportSink.replayPrinting(report, sink(out));
    }

    /** The commands written as the run goes, one line per finding that counts; the notes at the end. */
    public ReportSink sink(PrintWriter out) {
        return new ReportSink() {
            @Override
            public void file(String file, List<DocumentResult> documents, List<Finding> findings) {
                for (Finding f : findings) {
                    if (!f.active()) continue;
                    String command = switch (f.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        default -> "notice";
                    };
                    out.println("::" + command + " file=" + property(WorkspacePath.of(f.file())) + ",line=" + f.line() + ",col=" + f.column()
                            + ",title=" + property(f.rule()) + "::" + data(message(f.message()) + also(f)
                            + (f.fix() != null ? "\nFix: " + message(f.fix()) : "")));
                }
            }

            @Override
            public void end(Tail tail) {
                for (String notice : tail.notices()) out.println("::warning title=briefcheck::" + data(message(notice)));
                out.flush();
            }
        };
    }

    /** The other rules that found the same cause, one line each. */
    private static String also(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (Finding.Related r : f.related()) {
            sb.append("\nAlso ").append(Printable.line(r.rule())).append(": ").append(message(r.message()));
        }
        return sb.toString();
    }

    /** One piece of user text: on one line, cut when huge (the annotation is for reading, JSON has it whole). */
    private static String message(String s) {
        return Printable.line(s, TextRenderer.MESSAGE_SHOWN);
    }

    /** The escaping GitHub's runner applies to a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping for a command's properties, where ':' and ',' are separators. */
    static String property(String s) {
        return data(Printable.line(s)).replace(":", "%3A").replace(",", "%2C");
    }
}
