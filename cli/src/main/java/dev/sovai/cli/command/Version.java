package dev.sovai.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code sovai --version}, from the build (a filtered resource). */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {"sovai " + p.getProperty("version", "(version unknown: not built by Maven)")};
  }
}
