package io.briefcheck.engine;

import io.briefcheck.load.Suggest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What each bundled data file may hold, read from {@code data-schema.yaml} next to this class (its
 * header explains the notation, for rule authors), and the check of a rule set's merged data against it.
 */
final class DataSchema {

    /** Checks nothing: for tools that read data files that are not rule data. */
    static final DataSchema NONE = new DataSchema(Map.of());

    private final Map<String, DataShape> files;

    private DataSchema(Map<String, DataShape> files) {
        this.files = files;
    }

    /** The schema of the bundled data files, read once. */
    static DataSchema bundled() {
        return Bundled.SCHEMA;
    }

    private static final class Bundled {
        static final DataSchema SCHEMA = read();

        private static DataSchema read() {
            try (InputStream in = DataSchema.class.getResourceAsStream("data-schema.yaml")) {
                if (in == null) throw new IllegalStateException("data-schema.yaml is missing from the jar");
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static DataSchema parse(String yaml) {
        Map<?, ?> spec = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, DataShape> files = new LinkedHashMap<>();
        spec.forEach((file, shape) -> files.put(String.valueOf(file), DataShape.parse(shape, String.valueOf(file))));
        return new DataSchema(Map.copyOf(files));
    }

    /**
     * The problems of the merged data, each "file:line:col message". {@code folders} are the rule
     * folders the data came from: a data file no schema describes is left alone when some rule reads
     * it, and is taken for a misspelt bundled file when no rule does and its name is close to one.
     */
    List<String> check(Map<String, DataNode> namespaces, List<RuleFolder> folders) {
        DataCheck check = new DataCheck(namespaces);
        namespaces.forEach((namespace, data) -> {
            DataShape shape = files.get(namespace);
            if (shape != null) {
                shape.check(data, "", check);
                return;
            }
            String guess = Suggest.closest(namespace, files.keySet());
            if (guess != null && !readByARule(namespace, folders)) {
                check.add(data.spot().atKey("no rule reads " + DataCheck.fileName(data)
                        + ", so it changes nothing; did you mean " + guess + ".yaml?"));
            }
        });
        return check.problems();
    }

    private static boolean readByARule(String namespace, List<RuleFolder> folders) {
        String path = "\"" + namespace + ".";
        return folders.stream().flatMap(f -> f.drlFiles().stream()).anyMatch(f -> f.text().contains(path));
    }
}
