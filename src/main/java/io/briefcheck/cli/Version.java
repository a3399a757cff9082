package io.briefcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven built this jar as (from briefcheck.properties, filtered at build time). */
public final class Version implements CommandLine.IVersionProvider {

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/briefcheck.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"briefcheck " + get()};
    }
}
