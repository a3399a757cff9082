package io.briefcheck.report;

import io.briefcheck.core.Finding;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one {@code ::error file=…,line=…,col=…,title=RULE::message} line
 * per finding that counts (warning and notice for the lower severities), which GitHub shows on the
 * pull request's changed lines. The job summary is the Markdown report, written by the CLI.
 */
public final class GithubRenderer {

    public void render(Report report, PrintWriter out) {
        for (Finding f : report.findings()) {
            if (!f.active()) continue;
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                default -> "notice";
            };
            out.println("::" + command + " file=" + property(WorkspacePath.of(f.file())) + ",line=" + f.line() + ",col=" + f.column()
                    + ",title=" + property(f.rule()) + "::" + data(f.message() + also(f) + (f.fix() != null ? "\nFix: " + f.fix() : "")));
        }
        for (String notice : report.notices()) out.println("::warning title=briefcheck::" + data(notice));
        out.flush();
    }

    /** The other rules that found the same cause, one line each. */
    private static String also(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (Finding.Related r : f.related()) sb.append("\nAlso ").append(r.rule()).append(": ").append(r.message());
        return sb.toString();
    }

    /** The escaping GitHub's runner applies to a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping for a command's properties, where ':' and ',' are separators. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
